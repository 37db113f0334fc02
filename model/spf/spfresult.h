#pragma once

#include "model/core/tokentable.h"

#include <QHostAddress>
#include <QString>

namespace Sceau {
namespace Spf {

// RFC 7208 §2.6: the results of check_host().
enum class Verdict { None, Neutral, Pass, Fail, SoftFail, TempError, PermError };

// The RFC 7208 §2.6 result names, as in Received-SPF and JSON ("pass", "permerror"…, never
// translated), both ways.
inline constexpr TokenTable<Verdict, 7> Verdicts{{{
    {Verdict::None, "none"},
    {Verdict::Neutral, "neutral"},
    {Verdict::Pass, "pass"},
    {Verdict::Fail, "fail"},
    {Verdict::SoftFail, "softfail"},
    {Verdict::TempError, "temperror"},
    {Verdict::PermError, "permerror"},
}}};
QString verdictToken(Verdict verdict); // Verdicts.token(verdict)

// What a check is asked about (RFC 7208 §4.1).
struct CheckRequest
{
    QHostAddress ip;
    QString sender; // MAIL FROM; empty for a bounce, then postmaster@helo is checked (§2.4)
    QString helo;
};

// The outcome of check_host(), a value type.
struct Evaluation
{
    Verdict verdict = Verdict::None;
    QString explanation;   // §6.2, only for fail, empty when the domain gives none
    QString matchedTerm;   // the term that decided ("-all", "include:…"); empty when none did
    QString matchedDomain; // the domain whose record holds matchedTerm
    QString domain;        // the domain checked
    QString detail;        // technical reason of none/permerror/temperror (never translated)
    int lookups = 0;       // DNS-querying terms evaluated (§4.6.4, limit 10)
    int voidLookups = 0;   // of which returned no answer (§4.6.4, limit 2)
};

} // namespace Spf
} // namespace Sceau
