#pragma once

#include "model/core/result.h"
#include "model/dkim/keygenerator.h"
#include "model/dkim/publicationcheck.h"
#include "model/dkim/rotation.h"
#include "model/storage/workspace.h"

#include <QFuture>
#include <QObject>
#include <QPointer>

namespace Sceau {
namespace Dns {
class AuthoritativeCheck;
class Resolver;
} // namespace Dns
} // namespace Sceau
namespace Sceau {
namespace Secrets {
class SecretStore;
} // namespace Secrets
} // namespace Sceau

namespace Sceau {
namespace Dkim {

// A DNS-checked step asked of every authoritative nameserver: what each serves, and the key
// when it moved (only when all of them serve it).
struct PublicationOutcome
{
    PublicationReport report;
    std::optional<Storage::DkimKeyEntry> moved;
};

// DKIM keys at rest (DESIGN.md §5): the private key goes into the workspace as PKCS#8
// encrypted with AES-256 under a random passphrase; the passphrase goes only into the keychain.
// Also runs the rotation lifecycle's transitions, checking DNS where a state needs it.
// Futures finish on this object's thread.
class KeyVault final : public QObject
{
    Q_OBJECT
public:
    KeyVault(Storage::Workspace *workspace,
             Secrets::SecretStore *secrets,
             QObject *parent = nullptr);

    // Fails (and stores nothing) when the keychain is locked or absent.
    QFuture<Result<Storage::DkimKeyEntry>> store(const QString &domain,
                                                 const QString &selector,
                                                 const KeyPair &pair,
                                                 const RotationPolicy &policy = {});
    QFuture<Result<PrivateKey>> privateKey(qint64 id);

    // generated → published, once DNS serves the key's public half (RFC 6376 §3.6.2).
    QFuture<Result<Storage::DkimKeyEntry>> confirmPublished(Dns::Resolver *resolver, qint64 id);
    Result<Storage::DkimKeyEntry> activate(qint64 id); // the user confirms signing started
    Result<Storage::DkimKeyEntry> retire(qint64 id);
    // retiring → revoked, once DNS serves an empty p= for the selector.
    QFuture<Result<Storage::DkimKeyEntry>> confirmRevoked(Dns::Resolver *resolver, qint64 id);
    // generated → published, or retiring → revoked, once every authoritative nameserver of the
    // key's zone serves the key (or its empty p=), asked directly (AuthoritativeCheck). Fails
    // only when the key cannot take such a step; a server that could not be asked keeps the
    // key where it is and is reported as such.
    QFuture<Result<PublicationOutcome>> verifyOnAuthoritative(Dns::AuthoritativeCheck *check,
                                                              qint64 id);
    // → destroyed: the passphrase leaves the keychain, the encrypted key leaves the workspace.
    QFuture<Result<Storage::DkimKeyEntry>> destroy(qint64 id);

private:
    Result<Storage::DkimKeyEntry> entry(qint64 id) const;
    Result<Storage::DkimKeyEntry> move(qint64 id, KeyState to);
    QFuture<Result<Storage::DkimKeyEntry>>
    confirmOnDns(Dns::Resolver *resolver, qint64 id, KeyState to);

    Storage::Workspace *m_workspace;
    QPointer<Secrets::SecretStore> m_secrets;
};

} // namespace Dkim
} // namespace Sceau
