#pragma once

#include "model/audit/areaassessment.h"
#include "model/core/finding.h"

#include <QIcon>

namespace Sceau {
namespace Widgets {

// The icon of a severity, rendered from the SVGs in resources/icons.
QIcon severityIcon(Severity severity);
QString severityName(Severity severity); // translated, for people and screen readers

// The icons of the dashboard's states: good, to improve and failing are the severities' (ok,
// warning, error); "could not check" is a grey question mark of its own, never the error's red;
// not applicable and not checked a grey dash.
QIcon areaStateIcon(Audit::AreaState state);
QIcon overallStateIcon(Audit::OverallState state);
QIcon couldNotCheckIcon();

// A finding's icon and state name: its severity's, except for "could not check"
// (isCouldNotCheck()), which has a grey state of its own: it is no posture finding.
QIcon findingIcon(const Finding &finding);
QString findingStateName(const Finding &finding);

} // namespace Widgets
} // namespace Sceau
