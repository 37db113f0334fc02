#pragma once

#include "model/core/tokentable.h"
#include "model/dkim/keyspec.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Sceau {
namespace Dkim {

// The life of a DKIM key, after M3AAWG's DKIM Key Rotation Best Common Practices:
// generated → published (seen on DNS) → active (signing; the user confirms) → retiring (no
// longer signing, still published so mail in flight verifies) → revoked (p= empty published)
// → destroyed (private key erased).
enum class KeyState { Generated, Published, Active, Retiring, Revoked, Destroyed };

// The state tokens of the workspace column and of JSON ("generated", "published"…).
inline constexpr TokenTable<KeyState, 6> KeyStates{{{
    {KeyState::Generated, "generated"},
    {KeyState::Published, "published"},
    {KeyState::Active, "active"},
    {KeyState::Retiring, "retiring"},
    {KeyState::Revoked, "revoked"},
    {KeyState::Destroyed, "destroyed"},
}}};

// One DKIM key as the workspace keeps it (model/dkim/keytable.h reads and writes the rows).
// The private key is only ever here as encrypted PKCS#8 (DESIGN.md §5); its passphrase lives
// in the keychain under secretKey.
struct StoredKey
{
    qint64 id = 0;
    QString domain;
    QString selector;
    KeySpec spec;
    KeyState state = KeyState::Generated;
    QDateTime created;
    QDateTime published;            // seen on DNS
    QDateTime activated;            // signing with it
    QDateTime retiring;             // replaced, still published
    QDateTime revoked;              // p= empty published
    QDateTime destroyed;            // private key erased
    QDateTime rotationDue;          // when it should be replaced
    int retireDays = 7;             // how long a retiring key stays published
    QByteArray publicKey;           // the p= value, decoded
    QByteArray encryptedPrivateKey; // PKCS#8 PEM, AES-256; empty once destroyed
    QString secretKey;              // keychain entry holding the passphrase
    // The DNS-checked steps ("publish", "revoke") the user confirmed by hand because the
    // authoritative nameservers could not be asked (KeyVault::confirmByHand): not verified.
    QStringList confirmedByHand;
};

} // namespace Dkim
} // namespace Sceau
