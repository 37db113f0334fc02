#pragma once

#include "model/core/result.h"

#include <QByteArray>
#include <QString>

namespace Sceau {
namespace Secrets {

// What a credential's fields and secret must be, the one rule the CLI (credentials add,
// rotate) and the GUI (the Credentials dialog) both apply. Each failure is InvalidInput whose
// detail is a whole translated sentence fragment for the user; none ever quotes a secret.

// A secret is 1 to MaxSecretBytes bytes (bounded: it is read from a terminal or a form).
inline constexpr qsizetype MaxSecretBytes = 4096;
Result<void> validateSecret(const QByteArray &secret);

// A credential's name: 1–64 ASCII letters, digits, '.', '_', '-' (it is typed on command
// lines). Returns the name.
Result<QString> validateCredentialName(const QString &name);

// A TSIG secret (RFC 8945 §4.2 key material): the key's base64 text, as tsig-keygen and keymgr
// print it, decoding to at least one byte. The decoded copy is wiped.
Result<void> validateTsigSecret(const QByteArray &secret);

// An API's base URL (cloudflare, ovh): https with a host. Returns it without a trailing slash.
Result<QString> validateApiUrl(const QString &url);

// An OVHcloud credential's keychain secret, "<application secret>\n<consumer key>"
// (CredentialKind::Ovh), from its two parts, each checked by validateSecret and free of line
// ends. Both parts are wiped, whatever the outcome.
Result<QByteArray> ovhSecret(QByteArray &applicationSecret, QByteArray &consumerKey);

} // namespace Secrets
} // namespace Sceau
