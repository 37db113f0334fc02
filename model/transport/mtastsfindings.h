#pragma once

#include "model/core/finding.h"
#include "model/core/findingtext.h"

#include <optional>

namespace Sceau {
namespace Transport {

// The stable ids of MTA-STS findings (RFC 8461); args listed beside each id.
namespace MtaStsId {
inline const QString NoRecord = QStringLiteral("mta-sts.no-record");               // domain
inline const QString MultipleRecords = QStringLiteral("mta-sts.multiple-records"); // domain, texts
inline const QString InvalidRecord = QStringLiteral("mta-sts.invalid-record");     // text, reason
inline const QString NoPolicyHost = QStringLiteral("mta-sts.no-policy-host");      // host
inline const QString PolicyTls = QStringLiteral("mta-sts.policy-tls-failed");      // url, detail
inline const QString PolicyCertificate = QStringLiteral("mta-sts.policy-cert-invalid"); // host, why
inline const QString PolicyRedirect = QStringLiteral("mta-sts.policy-redirect"); // url, location
inline const QString PolicyHttpStatus = QStringLiteral("mta-sts.policy-http-status"); // url, status
inline const QString PolicyContentType = QStringLiteral("mta-sts.policy-content-type"); // url, type
inline const QString PolicyTooLarge = QStringLiteral("mta-sts.policy-too-large");  // url, limit
inline const QString PolicyMalformed = QStringLiteral("mta-sts.policy-malformed"); // url, detail
inline const QString PolicyInvalid = QStringLiteral("mta-sts.policy-invalid");     // url, reason
inline const QString PolicyValid = QStringLiteral("mta-sts.policy-valid");         // mode, id
inline const QString ModeTesting = QStringLiteral("mta-sts.mode-testing");         // —
inline const QString ModeNone = QStringLiteral("mta-sts.mode-none");               // —
inline const QString MaxAgeShort = QStringLiteral("mta-sts.max-age-short");        // seconds
inline const QString MxCovered = QStringLiteral("mta-sts.mx-covered");             // mx, pattern
inline const QString MxNotCovered = QStringLiteral("mta-sts.mx-not-covered");      // mx, patterns
inline const QString MxCertValid = QStringLiteral("mta-sts.mx-cert-valid");        // mx
inline const QString MxCertInvalid
    = QStringLiteral("mta-sts.mx-cert-invalid"); // mx, reason, detail
// Could not check (DESIGN.md §3): the policy host's address could not be looked up, or it
// could not be reached; args url, detail. Never "no policy".
inline const QString PolicyUnreachable = QStringLiteral("mta-sts.policy-unreachable");
} // namespace MtaStsId

// Why mta-sts.mx-cert-invalid refuses an MX certificate (its second arg; a third carries the
// verifier's own words for Untrusted).
namespace MxCertReason {
inline const QString NoCertificate = QStringLiteral("no-certificate"); // no handshake completed
inline const QString Expired = QStringLiteral("expired");
inline const QString Untrusted = QStringLiteral("untrusted");        // no chain to a trusted root
inline const QString NameMismatch = QStringLiteral("name-mismatch"); // not for the MX host name
} // namespace MxCertReason

// A max_age shorter than this is flagged (RFC 8461 §3.2 recommends weeks or more).
inline constexpr qint64 ShortMaxAge = 86400;

// The catalogue's texts for the mta-sts.* ids; nothing for another id.
std::optional<FindingText> mtaStsFindingText(const Finding &finding);

} // namespace Transport
} // namespace Sceau
