#pragma once

#include "model/bimi/bimicheck.h"

#include <QJsonObject>

namespace Sceau {
namespace Bimi {

// The JSON of docs/cli.md for `bimi check` and `bimi vmc` (findings are added by the caller,
// from the one catalogue; the SVG findings with their line by svgFindingsJson's caller).
QJsonObject toJson(const BimiCheck &check);
QJsonObject toJson(const MarkCertificate &certificate);
QJsonObject toJson(const BimiRecord &record);

} // namespace Bimi
} // namespace Sceau
