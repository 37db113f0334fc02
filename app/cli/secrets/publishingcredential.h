#pragma once

#include "model/core/result.h"
#include "model/secrets/credential.h"

#include <QByteArray>
#include <QCommandLineOption>
#include <QCommandLineParser>

namespace Sceau {
namespace Cli {

// The options of `credentials add tsig|cloudflare|ovh` (docs/cli.md): --zone for all;
// tsig: --key-name, --algorithm, --server HOST[:PORT]; cloudflare, ovh: --api URL;
// ovh: --application-key.
QList<QCommandLineOption> publishingCredentialOptions();

// The metadata of a credential of kind (tsig, cloudflare, ovh) named name, from parser.
// InvalidInput, naming the option, when one is missing or wrong.
Result<Secrets::Credential> publishingCredential(Secrets::CredentialKind kind,
                                                 const QString &name,
                                                 const QCommandLineParser &parser);

// The secret of a credential of kind, from standard input (readSecret): tsig, the key's base64
// (checked); cloudflare, the token; ovh, the application secret then the consumer key, one per
// line, stored as "<secret>\n<consumer key>" (Secrets::CredentialKind). Wiped on failure.
Result<QByteArray> readCredentialSecret(Secrets::CredentialKind kind, const QString &name);

} // namespace Cli
} // namespace Sceau
