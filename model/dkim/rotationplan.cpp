#include "model/dkim/rotationplan.h"

namespace Sceau::Dkim {

std::optional<RotationPlan> planRotation(const QList<StoredKey> &keys, qint64 keyId, bool rotate)
{
    const auto found = std::find_if(
        keys.cbegin(), keys.cend(), [keyId](const StoredKey &k) { return k.id == keyId; });
    if (found == keys.cend())
        return std::nullopt;
    const StoredKey &key = *found;
    if (key.state == KeyState::Destroyed || (rotate && key.state != KeyState::Active))
        return std::nullopt;
    RotationPlan plan;
    plan.domain = key.domain;
    switch (key.state) {
    case KeyState::Active: // a new key replaces it
        plan.start = RotationPlan::Start::NewKey;
        plan.oldKey = key;
        break;
    case KeyState::Generated:
    case KeyState::Published:
        plan.start = key.state == KeyState::Generated ? RotationPlan::Start::Publish
                                                      : RotationPlan::Start::Activate;
        plan.newKey = key;
        for (const StoredKey &other : keys) {
            if (other.id != key.id && other.domain == key.domain
                && other.spec.algorithm == key.spec.algorithm && other.state == KeyState::Active)
                plan.oldKey = other;
        }
        break;
    case KeyState::Retiring:
    case KeyState::Revoked:
        plan.start = key.state == KeyState::Retiring ? RotationPlan::Start::Revoke
                                                     : RotationPlan::Start::Destroy;
        plan.oldKey = key;
        break;
    case KeyState::Destroyed:
        return std::nullopt;
    }
    return plan;
}

} // namespace Sceau::Dkim
