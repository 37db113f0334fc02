#pragma once

#include "model/dkim/storedkey.h"

#include <QList>

#include <optional>

namespace Sceau {
namespace Dkim {

// Where a rotation of the workspace's keys starts, and which keys it moves (M3AAWG DKIM Key
// Rotation BCP): a new key is made, published, activated while the key it replaces retires,
// then the old key is revoked and its private half destroyed.
struct RotationPlan
{
    enum class Start {
        NewKey,   // make a new key for domain, replacing oldKey (active)
        Publish,  // newKey is generated: publish it
        Activate, // newKey is published: sign with it (oldKey, if any, retires)
        Revoke,   // oldKey is retiring: publish its empty p=
        Destroy,  // oldKey is revoked: erase its private key
    };
    Start start = Start::NewKey;
    QString domain;                  // the signing domain of both keys
    std::optional<StoredKey> newKey; // Publish, Activate
    std::optional<StoredKey> oldKey; // the key replaced; empty for a first key
};

// The plan for the key keyId of keys (the workspace's keys). rotate asks to replace that key,
// which must then be active; otherwise the plan starts at the key's own next step, and a
// generated or published key replaces its domain's active key of the same family (RSA and
// Ed25519 keys may sign side by side: several signatures, RFC 6376 §4). nullopt when keys
// has no such key, when it is destroyed, or when rotate names a key that is not active.
std::optional<RotationPlan> planRotation(const QList<StoredKey> &keys, qint64 keyId, bool rotate);

} // namespace Dkim
} // namespace Sceau
