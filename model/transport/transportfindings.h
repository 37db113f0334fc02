#pragma once

#include "model/core/finding.h"
#include "model/core/findingtext.h"
#include "model/transport/addressprobe.h"

#include <optional>

namespace Sceau {
namespace Transport {

// The stable ids of transport findings (DESIGN.md §3). Args are listed next to each id; every
// one starts with the server ("mx.example.com [192.0.2.1]:25").
namespace FindingId {
inline const QString NoStartTls = QStringLiteral("tls.no-starttls");           // server
inline const QString StartTlsRefused = QStringLiteral("tls.starttls-refused"); // server, reply
inline const QString HandshakeFailed = QStringLiteral("tls.handshake-failed"); // server, detail
inline const QString LegacyVersion = QStringLiteral("tls.legacy-version");     // server, versions
inline const QString CertUntrusted = QStringLiteral("tls.cert-untrusted");     // server, reason
inline const QString CertNameMismatch = QStringLiteral("tls.cert-name-mismatch"); // server, names
inline const QString CertExpired = QStringLiteral("tls.cert-expired");            // server, date
inline const QString CertExpiring = QStringLiteral("tls.cert-expiring");          // server, days
inline const QString Encrypted = QStringLiteral("tls.encrypted");                 // server, version
inline const QString InconsistentMx = QStringLiteral("tls.inconsistent-mx");      // host or domain
inline const QString NullMx = QStringLiteral("tls.null-mx");                      // domain
inline const QString ImplicitMx = QStringLiteral("tls.implicit-mx");              // domain
inline const QString TooManyMx = QStringLiteral("tls.too-many-mx"); // domain, count, tested
inline const QString StsPlaintextMx = QStringLiteral("tls.sts-plaintext-mx"); // host, sts mode
inline const QString NoAddress = QStringLiteral("tls.no-address");            // host
// Could not check (DESIGN.md §3): the server could not be tested; args server, detail.
inline const QString CouldNotTest = QStringLiteral("tls.could-not-test");
} // namespace FindingId

// A certificate closer than this to its end is flagged (tls.cert-expiring).
inline constexpr int ExpiringDays = 14;

// How one kind of server reports its certificate: the finding ids, and how grave an untrusted
// or misnamed certificate is (a warning for MX delivery, where senders mostly do not verify;
// an error where the client must, as for submission, RFC 8314 §5.1).
struct CertificateFindingStyle
{
    QString expired;                            // args server, notAfter (ISO 8601)
    QString untrusted;                          // args server, the verifier's words
    QString expiring;                           // args server, days left
    QString nameMismatch;                       // args server, the certificate's names
    Severity trustSeverity = Severity::Warning; // of untrusted and nameMismatch
    QString nameRfc;                            // the rule the name is checked by
};

// The one rule for a presented certificate: none could be read (why: certificateError) is
// untrusted; else expired (RFC 5280 §4.1.2.5), else untrusted (§6), else expiring within
// ExpiringDays; and, besides, a name mismatch.
QList<Finding> certificateFindings(const QString &server,
                                   const std::optional<CertificateReport> &certificate,
                                   const QString &certificateError,
                                   const CertificateFindingStyle &style);

// "mail.example.com [192.0.2.1]:25" — how findings and output name a probed server.
QString serverLabel(const SmtpEndpoint &endpoint);

// The findings of one probed address. A server that could not be tested gives only
// tls.could-not-test, a warning that is not a posture finding (isCouldNotCheck).
QList<Finding> addressFindings(const AddressProbe &probe);

// The catalogue's texts for the tls.* ids; nothing for another id.
std::optional<FindingText> findingText(const Finding &finding);

} // namespace Transport
} // namespace Sceau
