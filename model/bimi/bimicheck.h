#pragma once

#include "model/bimi/bimilookup.h"
#include "model/bimi/dmarcprerequisite.h"
#include "model/bimi/markcertificate.h"
#include "model/bimi/svgcheck.h"
#include "model/transport/httpsfetch.h"

#include <QFuture>

#include <optional>

namespace Sceau {
namespace Bimi {

// What to check: a domain and selector, and what DMARC discovery (RFC 9989) learned. The
// organisational domain and both DMARC states are inputs: the caller runs DMARC discovery.
struct BimiCheckRequest
{
    QString domain; // the author domain
    QString selector = QString::fromLatin1(DefaultSelector);
    QString orgDomain;       // its organisational domain; empty: the domain itself
    DmarcState authorDmarc;  // DMARC at domain (CouldNotCheck when not known)
    DmarcState orgDmarc;     // DMARC at orgDomain
    QList<QByteArray> roots; // mark certificate roots, PEM (mvaRoots() by default)
};

// A domain's BIMI, every part with its verdict.
struct BimiCheck
{
    BimiCheckRequest request;
    BimiLookup lookup;
    DmarcPrerequisite prerequisite;
    std::optional<Transport::HttpsFetch> logoFetch;        // when the record has l=
    std::optional<SvgValidation> logo;                     // when the logo was fetched
    std::optional<Transport::HttpsFetch> certificateFetch; // when the record has a=
    std::optional<MarkCertificate> certificate;            // when it was fetched
    QList<Finding> findings; // record, prerequisite, fetch, logo and certificate findings

    // Some lookup or fetch could not be done: the verdict is incomplete.
    bool incomplete() const;
};

// Runs the whole check on the event loop: record discovery (lookupBimiRecord), the DMARC
// prerequisite (evaluateDmarcPrerequisite), then over HTTPS (fetchHttps: settings' anchors and
// port map, no redirects) the l= logo (checked as SVG Tiny PS) and the a= certificate
// (inspectMarkCertificate against the logo and the domain where the record was found). A failed
// lookup or connection is "could not check", never an absent record or a bad logo. The future
// always finishes.
QFuture<BimiCheck> checkBimi(Dns::Resolver *resolver,
                             const BimiCheckRequest &request,
                             const Transport::TransportSettings &settings);

// The request for an https URL (l= or a=), reading at most maxBody bytes; nullopt when the
// URL is not https with a host.
std::optional<Transport::HttpsRequest> httpsRequestFor(const QString &url, qsizetype maxBody);

} // namespace Bimi
} // namespace Sceau
