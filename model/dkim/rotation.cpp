#include "model/dkim/rotation.h"

#include "model/dkim/tr.h"

using namespace Qt::StringLiterals;

namespace Sceau::Dkim {

namespace {
struct StateName
{
    KeyState state;
    QString token;
};
const QList<StateName> &stateNames()
{
    static const QList<StateName> names = {
        {KeyState::Generated, u"generated"_s},
        {KeyState::Published, u"published"_s},
        {KeyState::Active, u"active"_s},
        {KeyState::Retiring, u"retiring"_s},
        {KeyState::Revoked, u"revoked"_s},
        {KeyState::Destroyed, u"destroyed"_s},
    };
    return names;
}
} // namespace

QString keyStateToken(KeyState state)
{
    for (const StateName &name : stateNames()) {
        if (name.state == state)
            return name.token;
    }
    return {};
}

std::optional<KeyState> keyStateFromToken(QStringView token)
{
    for (const StateName &name : stateNames()) {
        if (name.token == token)
            return name.state;
    }
    return std::nullopt;
}

void startLifecycle(Storage::DkimKeyEntry &entry,
                    const QDateTime &now,
                    const RotationPolicy &policy)
{
    entry.state = keyStateToken(KeyState::Generated);
    entry.created = now;
    entry.rotationDue = now.addMonths(policy.rotationMonths);
    entry.retireDays = policy.retireDays;
}

Result<void> transition(Storage::DkimKeyEntry &entry, KeyState to, const QDateTime &now)
{
    const auto from = keyStateFromToken(entry.state);
    const bool allowed = from
                         && ((int(to) == int(*from) + 1)
                             || (*from == KeyState::Generated && to == KeyState::Destroyed));
    if (!allowed)
        //: %1 and %2 are key states (generated, published, active, retiring, revoked, destroyed)
        return Error{
            ErrorCode::InvalidInput,
            Tr::tr("a key cannot go from “%1” to “%2”").arg(entry.state, keyStateToken(to))};
    switch (to) {
    case KeyState::Generated:
        break;
    case KeyState::Published:
        entry.published = now;
        break;
    case KeyState::Active:
        entry.activated = now;
        break;
    case KeyState::Retiring:
        entry.retiring = now;
        break;
    case KeyState::Revoked:
        entry.revoked = now;
        break;
    case KeyState::Destroyed:
        entry.destroyed = now;
        entry.encryptedPrivateKey.clear();
        break;
    }
    entry.state = keyStateToken(to);
    return {};
}

QList<DueAction> dueActions(const QList<Storage::DkimKeyEntry> &keys, const QDateTime &now)
{
    QList<DueAction> actions;
    for (const Storage::DkimKeyEntry &key : keys) {
        const auto state = keyStateFromToken(key.state);
        if (!state)
            continue;
        DueAction action{key.id, key.domain, key.selector, {}, {}, false};
        switch (*state) {
        case KeyState::Generated:
            action.action = u"publish"_s;
            action.due = key.created;
            break;
        case KeyState::Published:
            action.action = u"activate"_s;
            action.due = key.published;
            break;
        case KeyState::Active:
            action.action = u"rotate"_s;
            action.due = key.rotationDue;
            break;
        case KeyState::Retiring:
            action.action = u"revoke"_s;
            action.due = key.retiring.addDays(key.retireDays);
            break;
        case KeyState::Revoked:
            action.action = u"destroy"_s;
            action.due = key.revoked;
            break;
        case KeyState::Destroyed:
            continue;
        }
        action.overdue = action.due <= now;
        actions << action;
    }
    std::sort(actions.begin(), actions.end(), [](const DueAction &a, const DueAction &b) {
        return a.due < b.due;
    });
    return actions;
}

} // namespace Sceau::Dkim
