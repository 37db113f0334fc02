#pragma once

#include "model/core/finding.h"
#include "model/dmarc/dmarcdiscovery.h"

#include <QFuture>

namespace Sceau {
namespace Dmarc {

// One report URI's host and what its DNS says (RFC 9990): whether it can receive mail (MX)
// and, when it lies outside the policy domain's organisation, whether it agreed to receive
// the reports (TXT <policy domain>._report._dmarc.<host>).
struct ReportDestination
{
    QString tag; // "rua" or "ruf"
    QString uri;
    QString host;
    Dns::LookupResult mx;
    bool external = false;
    QString authorisationName;       // when external
    Dns::LookupResult authorisation; // when external
};

// The DMARC posture of a domain: the walk, the apex TXT (a DMARC record published there by
// mistake), the report destinations, and the findings of all of them.
struct DmarcCheck
{
    Discovery discovery;
    Dns::LookupResult apex; // TXT <domain>
    QList<ReportDestination> destinations;
    QList<Finding> findings;

    int queries() const;       // DNS questions asked whose answers the check used
    int failedQueries() const; // of which failed
    bool incomplete() const;   // some lookup failed: could not determine everything
};

// A report host is outside the policy domain's organisation (RFC 9990, "Verifying External
// Destinations"): it is neither orgDomain nor below it (policyDomain when orgDomain is empty).
bool isExternalHost(const QString &host, const QString &policyDomain, const QString &orgDomain);

// The name of the authorisation record: <policy domain>._report._dmarc.<host> (RFC 9990).
QString authorisationName(const QString &policyDomain, const QString &host);

// Whether a TXT answer holds a DMARC record (a value beginning with v=DMARC1, isDmarcRecord):
// at the authorisation name, the host accepts the reports (RFC 9990); at the apex, a record
// published in the wrong place.
bool hasDmarcRecord(const Dns::LookupResult &txt);

// Findings of a record on its own (its syntax, tags and policy strength), for `dmarc parse`
// and the wizard's what-if check: the parser's findings, then p=none, t=y, sp/np weaker, no rua.
QList<Finding> recordFindings(const Record &record, const QString &policyDomain);

// The findings of a check (pure): every lookup failure as dns.lookup-failed ("could not
// determine", never "missing"), then missing / several / invalid / present / inherited, the
// record's findings, the apex record, the report destinations, and the bulk-sender policy.
QList<Finding> checkFindings(const DmarcCheck &check);

// Discovers the policy of domain (discover()), looks up the apex TXT and every report
// destination, and judges them. The future always finishes with a DmarcCheck.
QFuture<DmarcCheck> checkDmarc(Dns::Resolver *resolver, const QString &domain);

} // namespace Dmarc
} // namespace Sceau
