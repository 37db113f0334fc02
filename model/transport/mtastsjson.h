#pragma once

#include "model/transport/mtastscheck.h"
#include "model/transport/tlsrptcheck.h"
#include "model/transport/tlsrptreport.h"

#include <QJsonObject>

namespace Sceau {
namespace Transport {

// The JSON of docs/cli.md for `mta-sts check`, `tls-rpt check` and `tls-rpt report` (findings
// are added by the caller, from the one catalogue).
QJsonObject toJson(const MtaStsCheck &check);
QJsonObject toJson(const TlsRptCheck &check);
QJsonObject toJson(const TlsRptReport &report);

} // namespace Transport
} // namespace Sceau
