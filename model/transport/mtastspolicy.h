#pragma once

#include "model/core/result.h"
#include "model/core/tokentable.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Sceau {
namespace Transport {

// What a Policy Domain asks of senders (RFC 8461 §5).
enum class MtaStsMode { Enforce, Testing, None };

// The mode tokens of the policy file and JSON ("enforce", "testing", "none"), both ways.
inline constexpr TokenTable<MtaStsMode, 3> MtaStsModes{{{
    {MtaStsMode::Enforce, "enforce"},
    {MtaStsMode::Testing, "testing"},
    {MtaStsMode::None, "none"},
}}};

// An MTA-STS policy file (RFC 8461 §3.2), a value type.
struct MtaStsPolicy
{
    MtaStsMode mode = MtaStsMode::Testing;
    QStringList mx;    // MX patterns as published, lowercase ("mail.example.com", "*.example.net")
    qint64 maxAge = 0; // seconds
    QStringList ignoredFields; // unknown or repeated field names, ignored as §3.2 says

    bool operator==(const MtaStsPolicy &other) const = default;
};

// Bounds on untrusted policy text: the fetch stops reading past MaxMtaStsPolicySize (RFC 8461
// §3.3 lets senders limit it; 64 KiB is what common senders allow).
inline constexpr qsizetype MaxMtaStsPolicySize = 64 * 1024;
inline constexpr int MaxMtaStsPolicyLines = 1000;
inline constexpr int MaxMtaStsPatterns = 100;
inline constexpr qint64 MaxMtaStsMaxAge = 31557600; // RFC 8461 §3.2: at most a year

// Reads a policy body by RFC 8461 §3.2: lines end in CRLF or LF; each is "key: value" (spaces
// after the colon and at line end ignored); "version: STSv1", "mode" and "max_age" (1–10 digits,
// ≤ MaxMtaStsMaxAge) are required; "mx" one or more times (required unless mode is none), each
// a domain or "*." and a domain; unknown fields ignored; a repeated version, mode or max_age
// keeps the first. InvalidInput with a translated reason (naming the line) otherwise.
Result<MtaStsPolicy> parseMtaStsPolicy(const QByteArray &body);

// RFC 8461 §3.2: whether value (lowercase, no trailing dot) is an mx pattern: a domain, or "*."
// and a domain.
bool isMxPattern(const QString &value);

// RFC 8461 §4.1: whether an MX host name matches a policy pattern. Names compare without case
// and trailing dot; "*.example.com" matches exactly one more label on the left
// ("mail.example.com", not "example.com" nor "a.b.example.com").
bool mxMatchesPattern(const QString &mxHost, const QString &pattern);
// The first pattern of patterns that host matches, or an empty string.
QString matchingPattern(const QString &mxHost, const QStringList &patterns);

// The policy file's text (CRLF lines, RFC 8461 §3.2): version, mode, every mx, max_age.
QByteArray mtaStsPolicyText(const MtaStsPolicy &policy);

} // namespace Transport
} // namespace Sceau
