#pragma once

#include "model/audit/auditreport.h"

#include <QJsonObject>

namespace Sceau {
namespace Audit {

// The CLI's JSON form of a report (docs/cli.md, "check"). Field names are snake_case; each
// finding carries its id and, for people, the catalogue's text in the current language.
QJsonObject toJson(const AuditReport &report);
QJsonObject toJson(const Finding &finding);

} // namespace Audit
} // namespace Sceau
