#include "model/audit/checkstate.h"

#include <algorithm>

namespace Sceau::Audit {

CheckState checkState(const AuditReport &report)
{
    if (hasPostureError(report.findings))
        return CheckState::Failing;
    if (!report.complete())
        return CheckState::CouldNotCheck;
    const bool warning
        = std::any_of(report.findings.cbegin(), report.findings.cend(), [](const Finding &f) {
              return f.severity == Severity::Warning && !isCouldNotCheck(f);
          });
    return warning ? CheckState::ToImprove : CheckState::Good;
}

} // namespace Sceau::Audit
