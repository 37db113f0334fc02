#pragma once

#include "model/transport/danecheck.h"
#include "model/transport/tlsagenerator.h"

#include <QJsonObject>

namespace Sceau {
namespace Transport {

// The JSON of `dane check` (docs/cli.md): domain, dnssec, mx[] (host, preference, dnssec,
// tlsa, addresses[]). The caller adds findings.
QJsonObject toJson(const DaneReport &report);

// The JSON of `dane generate`: host, port, records[] (usage, selector, matching_type, data,
// depth, subject, zone_line).
QJsonObject toJson(const QString &host, quint16 port, const QList<GeneratedTlsa> &records);

} // namespace Transport
} // namespace Sceau
