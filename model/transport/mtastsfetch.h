#pragma once

#include "model/core/tokentable.h"
#include "model/dns/lookupresult.h"
#include "model/transport/certificatereport.h"
#include "model/transport/transportsettings.h"

#include <QFuture>
#include <QHostAddress>

#include <optional>

namespace Sceau {
namespace Dns {
class Resolver;
} // namespace Dns
} // namespace Sceau

namespace Sceau {
namespace Transport {

// What became of fetching https://mta-sts.<domain>/.well-known/mta-sts.txt (RFC 8461 §3.3).
struct MtaStsFetch
{
    enum class Outcome {
        Fetched,            // 200, text/plain, within the size limit: body holds the policy
        NoAddress,          // the policy host has no A or AAAA record (an answer: no policy host)
        LookupFailed,       // its address lookup failed: could not check
        ConnectFailed,      // refused, unreachable, timed out: could not check
        TlsFailed,          // the TLS handshake failed
        CertificateInvalid, // the certificate is not trusted, or not for the policy host
        Redirected,         // a 3xx: RFC 8461 §3.3 forbids following redirects
        HttpError,          // another status than 200
        WrongContentType,   // not text/plain (RFC 8461 §3.2)
        TooLarge,           // the body passed MaxMtaStsPolicySize; the read was stopped
        Malformed,          // not an HTTP/1.x response
    };

    Outcome outcome = Outcome::ConnectFailed;
    QString host;                     // mta-sts.<domain>: the Host, SNI and certificate name
    QString url;                      // https://mta-sts.<domain>/.well-known/mta-sts.txt
    QList<Dns::LookupResult> lookups; // A and AAAA of host
    QHostAddress address;             // where it connected (the last address tried)
    quint16 port = 443;               // the port connected to (PortMap applied)
    std::optional<CertificateReport> certificate;
    int httpStatus = 0;
    QString contentType;
    QString location; // Location of a redirect
    QByteArray body;  // when Fetched
    QString detail;   // technical reason of a failure (socket or TLS error), never translated

    // Nothing was learned about the policy: a failed lookup or connection (DESIGN.md §2).
    bool couldNotFetch() const
    {
        return outcome == Outcome::LookupFailed || outcome == Outcome::ConnectFailed;
    }
};

// The outcome tokens of JSON ("fetched", "no-address", "lookup-failed", "connect-failed",
// "tls-failed", "certificate-invalid", "redirected", "http-error", "wrong-content-type",
// "too-large", "malformed"), both ways.
inline constexpr TokenTable<MtaStsFetch::Outcome, 11> MtaStsFetchOutcomes{{{
    {MtaStsFetch::Outcome::Fetched, "fetched"},
    {MtaStsFetch::Outcome::NoAddress, "no-address"},
    {MtaStsFetch::Outcome::LookupFailed, "lookup-failed"},
    {MtaStsFetch::Outcome::ConnectFailed, "connect-failed"},
    {MtaStsFetch::Outcome::TlsFailed, "tls-failed"},
    {MtaStsFetch::Outcome::CertificateInvalid, "certificate-invalid"},
    {MtaStsFetch::Outcome::Redirected, "redirected"},
    {MtaStsFetch::Outcome::HttpError, "http-error"},
    {MtaStsFetch::Outcome::WrongContentType, "wrong-content-type"},
    {MtaStsFetch::Outcome::TooLarge, "too-large"},
    {MtaStsFetch::Outcome::Malformed, "malformed"},
}}};

// At most this many addresses of the policy host are tried, one after the other.
inline constexpr int MaxMtaStsAddresses = 4;

// The policy host of a Policy Domain: "mta-sts." + domain.
QString mtaStsPolicyHost(const QString &domain);

// Resolves mta-sts.<domain> (A and AAAA through resolver) and fetches its policy from each
// address in turn until one connects, on the event loop: port 443 mapped through
// settings.ports, TLS 1.2 or later with SNI and Host mta-sts.<domain>, the certificate judged
// by inspectCertificate() against settings.anchors and that name, one GET, no redirect
// followed, the body read at most to MaxMtaStsPolicySize, each step bounded by
// settings.timeoutMs. The future always finishes with an MtaStsFetch.
QFuture<MtaStsFetch> fetchMtaStsPolicy(Dns::Resolver *resolver,
                                       const QString &domain,
                                       const TransportSettings &settings);

} // namespace Transport
} // namespace Sceau
