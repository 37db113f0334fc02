#pragma once

#include "model/core/finding.h"

#include <QIcon>

namespace Sceau {
namespace Widgets {

// The icon of a severity, rendered from the SVGs in resources/icons.
QIcon severityIcon(Severity severity);
QString severityName(Severity severity); // translated, for people and screen readers

} // namespace Widgets
} // namespace Sceau
