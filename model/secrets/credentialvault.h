#pragma once

#include "model/core/result.h"
#include "model/secrets/credentialtable.h"

#include <QByteArray>
#include <QFuture>
#include <QObject>

namespace Sceau {
namespace Storage {
class Workspace;
} // namespace Storage
} // namespace Sceau

namespace Sceau {
namespace Secrets {

class SecretStore;

// Credentials at rest (DESIGN.md §5): the metadata in the workspace (CredentialTable), the
// secret only in the keychain, under a key of its own. Futures finish on this object's thread;
// a locked or absent keychain fails them with KeychainLocked or KeychainUnavailable, and
// nothing is stored or removed half way.
class CredentialVault final : public QObject
{
    Q_OBJECT
public:
    CredentialVault(Storage::Workspace *workspace, SecretStore *secrets, QObject *parent = nullptr);

    // Stores secret in the keychain, then credential's row (its id, created and secretKey are
    // set here); secret is wiped once the keychain has it. AlreadyExists when the name is taken
    // (nothing written); a keychain error stores nothing.
    QFuture<Result<Credential>> add(Credential credential, QByteArray secret);
    // Replaces the credential's secret in the keychain (same entry), then records when
    // (Credential::rotated); secret is wiped. NotFound when no credential has that name; a
    // keychain error changes nothing.
    QFuture<Result<Credential>> rotate(const QString &name, QByteArray secret);
    // Removes the keychain entry, then the row. NotFound when no credential has that name.
    QFuture<Result<void>> remove(const QString &name);
    // The secret of credential; NotFound when the keychain has none for it. The caller wipes it
    // (Secrets::wipe) once used.
    QFuture<Result<QByteArray>> secret(const Credential &credential);

    Result<std::optional<Credential>> find(const QString &name) const { return m_table.find(name); }
    Result<QList<Credential>> list(std::optional<CredentialKind> kind = std::nullopt) const
    {
        return m_table.list(kind);
    }

private:
    CredentialTable m_table;
    SecretStore *m_secrets;
};

} // namespace Secrets
} // namespace Sceau
