#pragma once

#include "model/secrets/credential.h"

#include <QJsonObject>

namespace Sceau {
namespace Cli {

// A credential in the JSON of `sceau-cli credentials` (docs/cli.md): name, kind, host, port,
// username, security, created — never the secret, never its keychain key.
QJsonObject credentialJson(const Secrets::Credential &credential);

} // namespace Cli
} // namespace Sceau
