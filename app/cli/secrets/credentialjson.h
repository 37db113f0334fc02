#pragma once

#include "model/secrets/credential.h"

#include <QJsonObject>

namespace Sceau {
namespace Cli {

// A credential in the JSON of `sceau-cli credentials` (docs/cli.md): name, kind, host, port,
// username, created, rotated, age_days (at now); smtp: security; tsig, cloudflare, ovh: zone;
// tsig: algorithm — never the secret, never its keychain key.
QJsonObject credentialJson(const Secrets::Credential &credential,
                           const QDateTime &now = QDateTime::currentDateTimeUtc());

} // namespace Cli
} // namespace Sceau
