#pragma once

#include "model/core/result.h"
#include "model/storage/workspace.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Sceau {
namespace Dkim {

// The life of a DKIM key, after M3AAWG's DKIM Key Rotation Best Common Practices:
// generated → published (seen on DNS) → active (signing; the user confirms) → retiring (no
// longer signing, still published so mail in flight verifies) → revoked (p= empty published)
// → destroyed (private key erased).
enum class KeyState { Generated, Published, Active, Retiring, Revoked, Destroyed };

QString keyStateToken(KeyState state); // "generated", "published"… (workspace, JSON)
std::optional<KeyState> keyStateFromToken(QStringView token);

struct RotationPolicy
{
    int rotationMonths = 6; // an active key is replaced after this long
    int retireDays = 7;     // a retired key stays published this long before revocation
};

// Moves entry to state, stamping the date. Only the transitions above (and abandoning a
// generated key) are allowed; others fail with InvalidInput.
Result<void> transition(Storage::DkimKeyEntry &entry, KeyState to, const QDateTime &now);

// Sets the initial state and due date of a new key.
void startLifecycle(Storage::DkimKeyEntry &entry,
                    const QDateTime &now,
                    const RotationPolicy &policy = {});

// What to do next with one key.
struct DueAction
{
    qint64 keyId = 0;
    QString domain;
    QString selector;
    QString action; // "publish", "activate", "rotate", "revoke", "destroy"
    QDateTime due;
    bool overdue = false; // due is in the past
};

QList<DueAction> dueActions(const QList<Storage::DkimKeyEntry> &keys, const QDateTime &now);

} // namespace Dkim
} // namespace Sceau
