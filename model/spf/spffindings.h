#pragma once

#include "model/core/finding.h"
#include "model/core/findingtext.h"

#include <optional>

namespace Sceau {
namespace Spf {

// The stable ids of SPF findings (DESIGN.md §3). Args are listed next to each id.
namespace FindingId {
inline const QString Missing = QStringLiteral("spf.missing");                  // domain
inline const QString MultipleRecords = QStringLiteral("spf.multiple-records"); // domain, count
inline const QString SyntaxError = QStringLiteral("spf.syntax-error"); // domain, term, offset
inline const QString LookupLimit = QStringLiteral("spf.lookup-limit"); // count, terms
inline const QString VoidLimit = QStringLiteral("spf.void-limit");     // count, terms
inline const QString AllPass = QStringLiteral("spf.all-pass");         // domain
inline const QString AllNeutral = QStringLiteral("spf.all-neutral");   // domain
inline const QString NoAll = QStringLiteral("spf.no-all");             // domain
inline const QString PtrUsed = QStringLiteral("spf.ptr-used");         // domain, term
inline const QString DeprecatedRrType = QStringLiteral("spf.deprecated-rr-type"); // domain
inline const QString Spf2Record = QStringLiteral("spf.spf2-record");              // domain, record
inline const QString StringTooLong = QStringLiteral("spf.string-too-long");       // domain, length
inline const QString AnswerOver512 = QStringLiteral("spf.answer-over-512");       // domain, bytes
inline const QString IncludeWithoutSpf = QStringLiteral("spf.include-without-spf"); // domain, term
inline const QString IncludeLoop = QStringLiteral("spf.include-loop");              // chain
} // namespace FindingId

// The catalogue: translated title, explanation and remediation of an SPF finding, with its
// args substituted; nothing for an id that is not an SPF one.
std::optional<FindingText> findingText(const Finding &finding);

} // namespace Spf
} // namespace Sceau
