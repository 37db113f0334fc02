#pragma once

#include "model/core/result.h"
#include "model/core/tokentable.h"
#include "model/dkim/storedkey.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Sceau {
namespace Dkim {

// A step of the lifecycle (storedkey.h), as the user asks for it.
enum class KeyStep { Publish, Activate, Retire, Revoke, Destroy };

// The step words of `sceau-cli dkim state`.
inline constexpr TokenTable<KeyStep, 5> KeySteps{{{
    {KeyStep::Publish, "publish"},
    {KeyStep::Activate, "activate"},
    {KeyStep::Retire, "retire"},
    {KeyStep::Revoke, "revoke"},
    {KeyStep::Destroy, "destroy"},
}}};

// The state a step leads to (Publish → Published…).
KeyState targetOf(KeyStep step);

// Whether a step needs DNS to confirm it: Publish (the key served) and Revoke (an empty p=
// served), checked on every authoritative nameserver (KeyVault::advance).
constexpr bool isDnsChecked(KeyStep step)
{
    return step == KeyStep::Publish || step == KeyStep::Revoke;
}

struct RotationPolicy
{
    int rotationMonths = 6; // an active key is replaced after this long
    int retireDays = 7;     // a retired key stays published this long before revocation
};

// The one lifecycle rule: from a state, the next state along the lifecycle, and abandoning a
// generated key (generated → destroyed). Everything else is not allowed.
bool isAllowed(KeyState from, KeyState to);

// Moves key to state, stamping the date (and erasing the encrypted private key on destroyed).
// NotAllowed when isAllowed() says no; the key is then unchanged.
Result<void> transition(StoredKey &key, KeyState to, const QDateTime &now);

// Sets the initial state and due date of a new key.
void startLifecycle(StoredKey &key, const QDateTime &now, const RotationPolicy &policy = {});

// When the key's next step is due: generated → publish now (created); published → activate
// now (published); active → rotate (rotationDue); retiring → revoke after the retire period
// (retiring + retireDays); revoked → destroy now (revoked). Invalid once destroyed.
QDateTime dueDate(const StoredKey &key);

// What to do next with one key.
struct DueAction
{
    qint64 keyId = 0;
    QString domain;
    QString selector;
    QString action;       // "publish", "activate", "rotate", "revoke", "destroy"
    QDateTime due;        // dueDate(key)
    bool overdue = false; // due is in the past
};

// The next step of every key that has one, soonest first.
QList<DueAction> dueActions(const QList<StoredKey> &keys, const QDateTime &now);

} // namespace Dkim
} // namespace Sceau
