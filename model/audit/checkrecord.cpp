#include "model/audit/checkrecord.h"

#include "model/audit/auditreportjson.h"

namespace Sceau::Audit {

Result<Storage::CheckEntry> saveCheck(Storage::CheckHistory &history,
                                      const AuditReport &report,
                                      const Dns::ResolverSettings &resolver,
                                      const QDateTime &at)
{
    Storage::CheckEntry entry;
    entry.domain = report.domain;
    entry.at = at.toUTC();
    entry.resolver = Dns::resolverDescription(resolver);
    entry.complete = report.complete();
    entry.score = report.assessment.score;
    entry.state = OverallStates.token(report.assessment.state);
    return history.save(entry, toJson(report));
}

} // namespace Sceau::Audit
