#pragma once

#include "model/core/result.h"
#include "model/secrets/credentialrules.h"

#include <QByteArray>

namespace Sceau {
namespace Cli {

// A secret (a password) from standard input, never from the command line: on a terminal,
// after a prompt on stderr, with echo off; otherwise the first line of what is piped in (at
// most MaxSecretBytes). The line end is not part of it. InvalidInput when it is empty or too
// long. Every intermediate buffer is wiped; the caller wipes the result (Secrets::wipe).
inline constexpr qsizetype MaxSecretBytes = Secrets::MaxSecretBytes;
Result<QByteArray> readSecret(const QString &prompt);

} // namespace Cli
} // namespace Sceau
