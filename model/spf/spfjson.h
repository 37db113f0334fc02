#pragma once

#include "model/spf/spfrecord.h"
#include "model/spf/spfresult.h"
#include "model/spf/spftree.h"

#include <QJsonObject>

namespace Sceau {
namespace Spf {

// JSON forms of SPF values (docs/cli.md, "spf"): snake_case fields, protocol tokens untranslated.
QJsonObject toJson(const Evaluation &evaluation);
QJsonObject toJson(const SpfTreeNode &node);
QJsonObject toJson(const Term &term);
QJsonObject toJson(const SyntaxError &error);

} // namespace Spf
} // namespace Sceau
