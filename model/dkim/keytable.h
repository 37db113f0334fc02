#pragma once

#include "model/core/result.h"
#include "model/dkim/storedkey.h"

#include <QList>
#include <QString>

#include <optional>

namespace Sceau {
namespace Storage {
class Workspace;
} // namespace Storage
} // namespace Sceau

namespace Sceau {
namespace Dkim {

// The workspace's DKIM key rows (table dkim_keys of Storage::Workspace's schema). State and
// spec are typed here and written as their tokens (KeyStates, KeySpec::token()) only in the
// SQL. Synchronous and quick, like the workspace. A row whose state or spec token Sceau does
// not know is reported as FileUnreadable (a damaged workspace), never guessed.
class KeyTable final
{
public:
    explicit KeyTable(Storage::Workspace *workspace); // not owned; must outlive this table

    // Inserts key (its id is ignored) under its domain; returns the new id. AlreadyExists when
    // the domain has a key with that selector.
    Result<qint64> add(const StoredKey &key);
    // Writes every field of the key with key.id; NotFound when there is none.
    Result<void> update(const StoredKey &key);
    // The key with id, or with selector under domain; nullopt when there is none.
    Result<std::optional<StoredKey>> find(qint64 id) const;
    Result<std::optional<StoredKey>> find(const QString &domain, const QString &selector) const;
    // Every key of domain (of every domain when empty), by domain then creation.
    Result<QList<StoredKey>> list(const QString &domain = {}) const;

private:
    Result<QList<StoredKey>> select(const QString &where, const QVariantList &values) const;

    Storage::Workspace *m_workspace;
};

} // namespace Dkim
} // namespace Sceau
