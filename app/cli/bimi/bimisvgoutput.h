#pragma once

#include "model/bimi/svgcheck.h"

#include <QJsonArray>
#include <QTextStream>

namespace Sceau {
namespace Cli {

// The SVG findings of `bimi svg` and `bimi check`: the catalogue's JSON objects with "line"
// added, and for people "line N:" before each finding that has one.
QJsonArray svgFindingsJson(const Bimi::SvgValidation &validation);
void printSvgFindings(QTextStream &out, const Bimi::SvgValidation &validation);

} // namespace Cli
} // namespace Sceau
