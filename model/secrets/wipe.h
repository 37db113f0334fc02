#pragma once

#include <QByteArray>

namespace Sceau {
namespace Secrets {

// Overwrites secret's bytes with zeros in place (OPENSSL_cleanse, which the compiler cannot
// optimise away), then empties it. The buffer is wiped even when shared: every QByteArray that
// shares it (a keychain reply, a copy) reads zeros afterwards — which is the point for a
// secret. A literal (no heap buffer) is only emptied.
void wipe(QByteArray &secret);

} // namespace Secrets
} // namespace Sceau
