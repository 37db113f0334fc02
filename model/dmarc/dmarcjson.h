#pragma once

#include "model/dmarc/alignment.h"
#include "model/dmarc/dmarccheck.h"

#include <QJsonObject>

namespace Sceau {
namespace Dmarc {

// The JSON of docs/cli.md (`dmarc parse`, `dmarc check`, `dmarc align`, and the `dmarc` object
// of `check`), without findings: the commands add them. Tokens are never translated.
QString verdictToken(Verdict verdict); // "pass", "fail", "no-policy", "undetermined"
QJsonObject toJson(const EffectivePolicy &policy);
QJsonObject toJson(const Record &record); // record, is_dmarc, valid, tags, effective, rua, ruf, fo
QJsonObject toJson(const DmarcCheck &check);
QJsonObject toJson(const AlignmentResult &result);

} // namespace Dmarc
} // namespace Sceau
