#pragma once

#include "model/mail/messageanalysis.h"

#include <QJsonObject>

namespace Sceau {
namespace Mail {

// The JSON of `message analyze` (docs/cli.md, "message analyze"): snake_case fields, tokens
// never translated; the SPF evaluation and the DMARC alignment in their own commands' forms.
QJsonObject toJson(const MessageAnalysis &analysis);

} // namespace Mail
} // namespace Sceau
