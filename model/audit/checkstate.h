#pragma once

#include "model/audit/auditreport.h"
#include "model/core/tokentable.h"

namespace Sceau {
namespace Audit {

// A check's overall state, as the domains list shows it (issue 12 §1).
enum class CheckState {
    Good,          // complete, no error or warning about the posture
    ToImprove,     // complete, a warning and no error
    Failing,       // an error-level posture finding (whatever else could not be checked)
    CouldNotCheck, // no posture error, but some lookup or probe failed
};

// JSON and workspace tokens, never translated.
inline constexpr TokenTable<CheckState, 4> CheckStates{{{
    {CheckState::Good, "good"},
    {CheckState::ToImprove, "to-improve"},
    {CheckState::Failing, "failing"},
    {CheckState::CouldNotCheck, "could-not-check"},
}}};

// The state of a report: a posture error first (as postureExitCode), then incompleteness,
// then a posture warning. "Could not check" findings are never posture findings.
CheckState checkState(const AuditReport &report);

} // namespace Audit
} // namespace Sceau
