#pragma once

#include "model/core/finding.h"
#include "model/spf/spftree.h"

#include <QTextStream>

namespace Sceau {
namespace Cli {

// Text output shared by the spf commands.
namespace SpfTextOutput {

void printTree(QTextStream &out, const Spf::SpfTreeNode &node, int depth = 0);

} // namespace SpfTextOutput
} // namespace Cli
} // namespace Sceau
