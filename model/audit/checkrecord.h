#pragma once

#include "model/audit/auditreport.h"
#include "model/core/result.h"
#include "model/dns/resolverfactory.h"
#include "model/storage/checkhistory.h"

#include <QDateTime>

namespace Sceau {
namespace Audit {

// The one way a finished audit enters the workspace's history (issue 12 §3), for the CLI's
// `check --save` and every check of the GUI: the entry says when (at, UTC), through which
// resolver (Dns::resolverDescription), whether it is complete, the overall score and state of
// its assessment (docs/scoring.md; OverallStates token), with the report as `check` writes it.
Result<Storage::CheckEntry> saveCheck(Storage::CheckHistory &history,
                                      const AuditReport &report,
                                      const Dns::ResolverSettings &resolver,
                                      const QDateTime &at = QDateTime::currentDateTimeUtc());

} // namespace Audit
} // namespace Sceau
