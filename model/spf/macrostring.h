#pragma once

#include "model/core/result.h"
#include "model/spf/syntaxproblem.h"

#include <QHostAddress>
#include <QString>
#include <optional>

namespace Sceau {
namespace Spf {

// The values macros expand to (RFC 7208 §7.2).
struct MacroContext
{
    QString sender;        // s: <sender>, local-part@domain
    QString localPart;     // l
    QString senderDomain;  // o
    QString domain;        // d: the <domain> of the current check_host()
    QHostAddress ip;       // i, c, v
    QString validatedName; // p: filled by the evaluator before expansion ("unknown" if none)
    QString helo;          // h
    QString receiver = QStringLiteral("unknown"); // r
    qint64 timestamp = 0;                         // t
};

// RFC 7208 §7: macro-strings as found in domain-specs, modifiers and explanation strings.
namespace MacroString {

enum class Use {
    DomainSpec,  // a domain-spec (§7.1): must end in a macro or a toplabel
    Modifier,    // an unknown modifier's value: any macro-string
    Explanation, // explain-string (§6.2): spaces allowed, c r t allowed
};

// The syntax problem of s, or nothing when valid.
std::optional<SyntaxProblem> syntaxProblem(QStringView s, Use use);

// True when s uses the p macro (its expansion needs DNS lookups, §7.3).
bool usesValidatedName(QStringView s);

// §7.3 expansion. Domain-specs are truncated from the left to 253 characters (§7.3 end);
// c, r, t outside an explanation are a permerror (§7.2).
Result<QString> expand(QStringView s, const MacroContext &context, Use use);

// §7.3: i for IPv6 is 32 dot-separated nibbles (uppercase, as in §7.4); IPv4 the dotted quad.
QString dottedAddress(const QHostAddress &ip);

} // namespace MacroString
} // namespace Spf
} // namespace Sceau
