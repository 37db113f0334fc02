#pragma once

#include "model/core/finding.h"

#include <QJsonArray>
#include <QTextStream>

namespace Sceau {
namespace Cli {

// How every command shows findings: for people, a translated line per finding with its id,
// then (unless it passed) the explanation and the remediation; for scripts, the JSON objects
// of docs/cli.md. Texts come from the one catalogue.
void printFindings(QTextStream &out, const QList<Finding> &findings, int indent = 2);
QJsonArray findingsJson(const QList<Finding> &findings);

} // namespace Cli
} // namespace Sceau
