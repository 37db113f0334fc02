#pragma once

#include "model/core/result.h"
#include "model/secrets/credential.h"

#include <QList>

#include <optional>

namespace Sceau {
namespace Storage {
class Workspace;
} // namespace Storage
} // namespace Sceau

namespace Sceau {
namespace Secrets {

// The workspace's credential rows (table credentials of Storage::Workspace's schema): typed
// here, written as their tokens (CredentialKinds, SubmissionSecurities) only in the SQL.
// Synchronous and quick, like the workspace. A row with a token Sceau does not know is a
// damaged workspace (FileUnreadable), never guessed. Never holds a secret.
class CredentialTable final
{
public:
    explicit CredentialTable(Storage::Workspace *workspace); // not owned; must outlive this

    // Inserts credential (its id is ignored); returns the new id. AlreadyExists when a
    // credential has that name.
    Result<qint64> add(const Credential &credential);
    // nullopt when no credential has that name.
    Result<std::optional<Credential>> find(const QString &name) const;
    // Every credential (of kind, when given), by name.
    Result<QList<Credential>> list(std::optional<CredentialKind> kind = std::nullopt) const;
    // Records that the credential's secret was set again at when. NotFound when no credential
    // has that name.
    Result<void> setRotated(const QString &name, const QDateTime &when);
    // NotFound when no credential has that name.
    Result<void> remove(const QString &name);

private:
    Storage::Workspace *m_workspace;
};

} // namespace Secrets
} // namespace Sceau
