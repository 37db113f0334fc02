#pragma once

#include "model/core/finding.h"
#include "model/core/findingtext.h"

#include <optional>

namespace Sceau {
namespace Dmarc {

// The stable ids of DMARC findings (DESIGN.md §3); args beside each id. "offset" is the byte
// offset in the record of what the finding is about.
namespace FindingId {
// The record (RFC 9989 §4.7, §4.8)
inline const QString NotARecord = QStringLiteral("dmarc.not-a-record");        // text
inline const QString TooLong = QStringLiteral("dmarc.record-too-long");        // length, limit
inline const QString TooManyTags = QStringLiteral("dmarc.too-many-tags");      // limit, offset
inline const QString Syntax = QStringLiteral("dmarc.syntax-error");            // text, offset
inline const QString DuplicateTag = QStringLiteral("dmarc.duplicate-tag");     // tag, offset
inline const QString InvalidValue = QStringLiteral("dmarc.invalid-value");     // tag, value, offset
inline const QString UnknownTag = QStringLiteral("dmarc.unknown-tag");         // tag, offset
inline const QString LegacyTag = QStringLiteral("dmarc.legacy-tag");           // tag, value, offset
inline const QString NoPolicy = QStringLiteral("dmarc.no-policy-tag");         // (none)
inline const QString NoPolicyNoRua = QStringLiteral("dmarc.no-policy-no-rua"); // (none)
inline const QString InvalidUri = QStringLiteral("dmarc.invalid-uri");         // tag, uri, offset
inline const QString SizeSuffix = QStringLiteral("dmarc.uri-size-suffix");     // tag, uri, offset
inline const QString UnsupportedUri = QStringLiteral("dmarc.unsupported-uri"); // tag, uri, offset
inline const QString TooManyUris = QStringLiteral("dmarc.too-many-uris");      // tag, limit, offset
inline const QString FoWithoutRuf = QStringLiteral("dmarc.fo-without-ruf");    // fo
// The published policy (RFC 9989 §4.7, §4.10, §5, §11.6; RFC 9990 §4)
inline const QString Present = QStringLiteral("dmarc.present");             // name, record
inline const QString Inherited = QStringLiteral("dmarc.inherited");         // domain, policy domain
inline const QString Missing = QStringLiteral("dmarc.missing");             // name
inline const QString Multiple = QStringLiteral("dmarc.multiple-records");   // name, count
inline const QString Invalid = QStringLiteral("dmarc.invalid-record");      // name, record
inline const QString ApexRecord = QStringLiteral("dmarc.apex-record");      // domain, record
inline const QString PolicyNone = QStringLiteral("dmarc.policy-none");      // policy domain
inline const QString TestMode = QStringLiteral("dmarc.test-mode");          // policy domain
inline const QString SubdomainWeaker = QStringLiteral("dmarc.sp-weaker");   // sp, p
inline const QString NonExistentWeaker = QStringLiteral("dmarc.np-weaker"); // np, p
inline const QString NoRua = QStringLiteral("dmarc.no-rua");                // policy domain
inline const QString ReportHostNoMx = QStringLiteral("dmarc.report-host-no-mx"); // tag, host
inline const QString ReportNotAuthorised
    = QStringLiteral("dmarc.report-not-authorised"); // tag, host, record name
inline const QString ReportAuthorised
    = QStringLiteral("dmarc.report-authorised"); // tag, host, record name
inline const QString BulkSender = QStringLiteral("dmarc.bulk-sender-policy"); // domain, p
} // namespace FindingId

// The catalogue's texts for the dmarc.* ids; nothing for another id.
std::optional<FindingText> findingText(const Finding &finding);

} // namespace Dmarc
} // namespace Sceau
