#pragma once

#include "model/core/finding.h"

#include <QIcon>

namespace Sceau {
namespace Widgets {

// The icon of a severity, rendered from the SVGs in resources/icons.
QIcon severityIcon(Severity severity);
QString severityName(Severity severity); // translated, for people and screen readers

// A finding's icon and state name: its severity's, except for "could not check"
// (isCouldNotCheck()), which has a grey state of its own: it is no posture finding.
QIcon findingIcon(const Finding &finding);
QString findingStateName(const Finding &finding);

} // namespace Widgets
} // namespace Sceau
