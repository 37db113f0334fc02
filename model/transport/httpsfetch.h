#pragma once

#include "model/core/tokentable.h"
#include "model/dns/lookupresult.h"
#include "model/transport/certificatereport.h"
#include "model/transport/transportsettings.h"

#include <QByteArrayList>
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

// What to fetch over HTTPS: one GET of path at host, port (443 unless the URL said otherwise;
// mapped through TransportSettings::ports), the body at most maxBody bytes. accept lists the
// media types taken (compared without parameters, case-insensitive); empty takes any.
struct HttpsRequest
{
    QString host;
    QString path = QStringLiteral("/");
    quint16 port = 443;
    QByteArrayList accept;
    qsizetype maxBody = 64 * 1024;
};

// What became of one HTTPS fetch (MTA-STS policies, RFC 8461 §3.3; BIMI logos and mark
// certificates): the one bounded fetch path of the project.
struct HttpsFetch
{
    enum class Outcome {
        Fetched,            // 200, an accepted media type, within the size limit: body is set
        NoAddress,          // the host has no A or AAAA record (an answer: no such host)
        LookupFailed,       // its address lookup failed: could not check
        ConnectFailed,      // refused, unreachable, timed out: could not check
        TlsFailed,          // the TLS handshake failed
        CertificateInvalid, // the certificate is not trusted, or not for the host
        Redirected,         // a 3xx: never followed
        HttpError,          // another status than 200
        WrongContentType,   // not one of the accepted media types
        TooLarge,           // the body passed the size limit; the read was stopped
        Malformed,          // not an HTTP/1.x response
    };

    Outcome outcome = Outcome::ConnectFailed;
    QString host;                     // the Host, SNI and certificate name
    QString url;                      // https://host/path
    QList<Dns::LookupResult> lookups; // A and AAAA of host
    QHostAddress address;             // where it connected (the last address tried)
    quint16 port = 443;               // the port connected to (PortMap applied)
    std::optional<CertificateReport> certificate;
    int httpStatus = 0;
    QString contentType;
    QString location; // Location of a redirect
    QByteArray body;  // when Fetched
    QString detail;   // technical reason of a failure (socket or TLS error), never translated

    // Nothing was learned about the resource: a failed lookup or connection (DESIGN.md §2).
    bool couldNotFetch() const
    {
        return outcome == Outcome::LookupFailed || outcome == Outcome::ConnectFailed;
    }
};

// The outcome tokens of JSON ("fetched", "no-address", "lookup-failed", "connect-failed",
// "tls-failed", "certificate-invalid", "redirected", "http-error", "wrong-content-type",
// "too-large", "malformed"), both ways.
inline constexpr TokenTable<HttpsFetch::Outcome, 11> HttpsFetchOutcomes{{{
    {HttpsFetch::Outcome::Fetched, "fetched"},
    {HttpsFetch::Outcome::NoAddress, "no-address"},
    {HttpsFetch::Outcome::LookupFailed, "lookup-failed"},
    {HttpsFetch::Outcome::ConnectFailed, "connect-failed"},
    {HttpsFetch::Outcome::TlsFailed, "tls-failed"},
    {HttpsFetch::Outcome::CertificateInvalid, "certificate-invalid"},
    {HttpsFetch::Outcome::Redirected, "redirected"},
    {HttpsFetch::Outcome::HttpError, "http-error"},
    {HttpsFetch::Outcome::WrongContentType, "wrong-content-type"},
    {HttpsFetch::Outcome::TooLarge, "too-large"},
    {HttpsFetch::Outcome::Malformed, "malformed"},
}}};

// At most this many addresses of the host are tried, one after the other.
inline constexpr int MaxHttpsAddresses = 4;

// Resolves request.host (A and AAAA through resolver) and fetches the resource from each
// address in turn until one connects, on the event loop: request.port mapped through
// settings.ports, TLS 1.2 or later with SNI and Host request.host, the certificate judged by
// inspectCertificate() against settings.anchors and that name (WebPKI), one GET, no redirect
// followed, the body read at most to request.maxBody, each step bounded by settings.timeoutMs.
// The future always finishes with an HttpsFetch.
QFuture<HttpsFetch>
fetchHttps(Dns::Resolver *resolver, const HttpsRequest &request, const TransportSettings &settings);

} // namespace Transport
} // namespace Sceau
