#include "model/dkim/rotation.h"

#include "model/dkim/tr.h"

using namespace Qt::StringLiterals;

namespace Sceau::Dkim {

namespace {
// The action word of each state's next step (dkim keys' "due" list).
constexpr TokenTable<KeyState, 5> NextActions{{{
    {KeyState::Generated, "publish"},
    {KeyState::Published, "activate"},
    {KeyState::Active, "rotate"},
    {KeyState::Retiring, "revoke"},
    {KeyState::Revoked, "destroy"},
}}};
} // namespace

KeyState targetOf(KeyStep step)
{
    switch (step) {
    case KeyStep::Publish:
        return KeyState::Published;
    case KeyStep::Activate:
        return KeyState::Active;
    case KeyStep::Retire:
        return KeyState::Retiring;
    case KeyStep::Revoke:
        return KeyState::Revoked;
    case KeyStep::Destroy:
        break;
    }
    return KeyState::Destroyed;
}

// M3AAWG DKIM Key Rotation BCP: each state moves only to the next one; a key never published
// may be abandoned.
bool isAllowed(KeyState from, KeyState to)
{
    return int(to) == int(from) + 1 || (from == KeyState::Generated && to == KeyState::Destroyed);
}

void startLifecycle(StoredKey &key, const QDateTime &now, const RotationPolicy &policy)
{
    key.state = KeyState::Generated;
    key.created = now;
    key.rotationDue = now.addMonths(policy.rotationMonths);
    key.retireDays = policy.retireDays;
}

Result<void> transition(StoredKey &key, KeyState to, const QDateTime &now)
{
    if (!isAllowed(key.state, to))
        //: %1 and %2 are key states (generated, published, active, retiring, revoked, destroyed)
        return Error{ErrorCode::NotAllowed,
                     Tr::tr("a key cannot go from “%1” to “%2”")
                         .arg(KeyStates.token(key.state), KeyStates.token(to))};
    switch (to) {
    case KeyState::Generated:
        break;
    case KeyState::Published:
        key.published = now;
        break;
    case KeyState::Active:
        key.activated = now;
        break;
    case KeyState::Retiring:
        key.retiring = now;
        break;
    case KeyState::Revoked:
        key.revoked = now;
        break;
    case KeyState::Destroyed:
        key.destroyed = now;
        key.encryptedPrivateKey.clear();
        break;
    }
    key.state = to;
    return {};
}

QDateTime dueDate(const StoredKey &key)
{
    switch (key.state) {
    case KeyState::Generated:
        return key.created;
    case KeyState::Published:
        return key.published;
    case KeyState::Active:
        return key.rotationDue;
    case KeyState::Retiring:
        return key.retiring.addDays(key.retireDays);
    case KeyState::Revoked:
        return key.revoked;
    case KeyState::Destroyed:
        break;
    }
    return {};
}

QList<DueAction> dueActions(const QList<StoredKey> &keys, const QDateTime &now)
{
    QList<DueAction> actions;
    for (const StoredKey &key : keys) {
        if (key.state == KeyState::Destroyed)
            continue;
        const QDateTime due = dueDate(key);
        actions << DueAction{
            key.id, key.domain, key.selector, NextActions.token(key.state), due, due <= now};
    }
    std::sort(actions.begin(), actions.end(), [](const DueAction &a, const DueAction &b) {
        return a.due < b.due;
    });
    return actions;
}

} // namespace Sceau::Dkim
