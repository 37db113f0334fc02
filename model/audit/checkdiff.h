#pragma once

#include "model/audit/auditreport.h"
#include "model/audit/reportfacts.h"
#include "model/core/tokentable.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Sceau {
namespace Audit {

// What a change does to the posture.
enum class ChangeKind { Regression, Improvement, Neutral };

// JSON tokens (docs/cli.md, `diff`), never translated.
inline constexpr TokenTable<ChangeKind, 3> ChangeKinds{{{
    {ChangeKind::Regression, "regression"},
    {ChangeKind::Improvement, "improvement"},
    {ChangeKind::Neutral, "neutral"},
}}};

// One thing that changed between two checks of a domain (issue 12 §3). The id is stable,
// dotted English ("dmarc.policy-changed"); people read changeText(). Ids and their args:
//   dmarc.policy-changed old new · dmarc.policy-published new · dmarc.policy-removed old
//   spf.record-changed old new · spf.record-published new · spf.record-removed old
//   mx.added host · mx.added-without-starttls host · mx.removed host
//   mx.starttls-lost host · mx.starttls-gained host
//   dkim.key-revoked selector · dkim.key-published selector · dkim.key-removed selector
//   dkim.key-changed selector
//   finding.appeared id args… · finding.disappeared id args…
//   score.changed old new · check.incomplete
struct Change
{
    QString area; // "dmarc", "spf", "mx", "dkim", "findings", "score", "check"
    QString id;
    QStringList args;
    ChangeKind kind = ChangeKind::Neutral;
    friend bool operator==(const Change &, const Change &) = default;
};

// What changed from one check to a later one; empty when the facts are the same. A fact that one of
// the two checks could not look up (a failed lookup) is not compared: check.incomplete says so.
// Records are compared as facts (ReportFacts); findings by id and args, except "ok" ones
// (what passed shows in the records) and "could not check" ones (check.incomplete).
QList<Change> diffChecks(const ReportFacts &from, const ReportFacts &to);
QList<Change> diffChecks(const AuditReport &from, const AuditReport &to);

// The change in words, in the current language ("DMARC moved from none to quarantine").
QString changeText(const Change &change);

} // namespace Audit
} // namespace Sceau
