#pragma once

#include "model/audit/auditreport.h"

#include <QJsonObject>

namespace Sceau {
namespace Audit {

// The CLI's JSON form of a report (docs/cli.md, "check"). Field names are snake_case; each
// finding carries its id and, for people, the catalogue's text in the current language.
QJsonObject toJson(const AuditReport &report);
QJsonObject toJson(const Finding &finding);
// {"areas": [{area, state, score|null, provisional, facts, findings: indices}], "overall":
// {score|null, provisional, state}}, tokens from Areas, AreaStates and OverallStates.
QJsonObject toJson(const DomainAssessment &assessment);

} // namespace Audit
} // namespace Sceau
