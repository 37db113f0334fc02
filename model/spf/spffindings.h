#pragma once

#include "model/core/finding.h"
#include "model/core/findingtext.h"
#include "model/spf/spftree.h"

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
// A pass term matching every IPv4 or IPv6 address (Term::authorisesEveryAddress), +all aside.
inline const QString WholeAddressSpace = QStringLiteral("spf.whole-address-space"); // domain, term
// Could not check (DESIGN.md §3): the audit catalogue's id; args name, type, status, detail.
inline const QString LookupFailed = QStringLiteral("dns.lookup-failed");
} // namespace FindingId

// dns.lookup-failed for a lookup of the SPF check: a warning, not a posture error; it makes
// the result incomplete (RFC 7208 §4.4: a DNS error is temperror, never "none").
Finding lookupFailed(const LookupFailure &failure);

// The catalogue: translated title, explanation and remediation of an SPF finding, with its
// args substituted; nothing for an id that is not an SPF one.
std::optional<FindingText> findingText(const Finding &finding);

} // namespace Spf
} // namespace Sceau
