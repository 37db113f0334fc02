#include "model/audit/auditreport.h"

namespace Sceau::Audit {

int AuditReport::scoreOf(const QList<Finding> &findings)
{
    int value = 100;
    for (const Finding &finding : findings) {
        if (isCouldNotCheck(finding))
            continue; // not a posture finding: it makes the score provisional instead
        if (finding.severity == Severity::Error)
            value -= 25;
        else if (finding.severity == Severity::Warning)
            value -= 10;
    }
    return qMax(0, value);
}

} // namespace Sceau::Audit
