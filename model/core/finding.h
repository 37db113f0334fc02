#pragma once

#include "model/core/tokentable.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Sceau {

// How much a finding matters. Ok findings record a check that passed.
enum class Severity { Ok, Info, Warning, Error };

// The severity tokens of JSON and icon names: "ok", "info", "warning", "error" (never
// translated), both ways.
inline constexpr TokenTable<Severity, 4> Severities{{{
    {Severity::Ok, "ok"},
    {Severity::Info, "info"},
    {Severity::Warning, "warning"},
    {Severity::Error, "error"},
}}};
QString severityToken(Severity severity); // Severities.token(severity)

// The outcome of one check (DESIGN.md §3). The id is stable, dotted English
// ("spf.multiple-records"); people read the text the catalogue gives for it.
struct Finding
{
    QString id;
    Severity severity = Severity::Info;
    QStringList args; // values for the catalogue's %1, %2… (names, records, counts)
    QString rfc;      // where the rule comes from, e.g. "RFC 7208 §4.5"

    friend bool operator==(const Finding &, const Finding &) = default;
};

bool hasSeverity(const QList<Finding> &findings, Severity severity);

// "Could not check" (DESIGN.md §2): the finding says that a lookup failed (dns.lookup-failed)
// or a server could not be tested (tls.could-not-test, submission.could-not-test).
// It is never a posture finding, whatever its severity: it makes a report incomplete and its
// score provisional, and says nothing about whether a record exists or is right.
bool isCouldNotCheck(const Finding &finding);

// An error-level finding about the posture itself, i.e. not a "could not check" one. The
// posture commands exit 1 on it (app/cli/exitcode.h, postureExitCode()).
bool hasPostureError(const QList<Finding> &findings);

} // namespace Sceau
