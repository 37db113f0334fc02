#pragma once

#include "model/core/result.h"
#include "model/dkim/keygenerator.h"
#include "model/dkim/keytable.h"
#include "model/dkim/publicationcheck.h"
#include "model/dkim/rotation.h"

#include <QFuture>
#include <QObject>
#include <QPointer>

#include <optional>

namespace Sceau {
namespace Dns {
class AuthoritativeCheck;
} // namespace Dns
namespace Secrets {
class SecretStore;
} // namespace Secrets
namespace Storage {
class Workspace;
} // namespace Storage
} // namespace Sceau

namespace Sceau {
namespace Dkim {

// What KeyVault::advance did with a key.
struct StepOutcome
{
    // The key after the step; or why it did not move: NotFound (no such key), NotAllowed (the
    // lifecycle forbids the step), NotYetPublished (a nameserver answered without serving the
    // record), a DNS error (a nameserver could not be asked: could not check), a keychain
    // error (destroy).
    Result<StoredKey> key = Error{ErrorCode::Internal, {}};
    // The DNS-checked steps (publish, revoke): what each authoritative nameserver serves,
    // whether the key moved or not; empty for the other steps and when the key or step was
    // refused before DNS was asked.
    std::optional<PublicationReport> publication;
};

// DKIM keys at rest (DESIGN.md §5): the private key goes into the workspace as PKCS#8
// encrypted with AES-256 under a random passphrase; the passphrase goes only into the keychain.
// Also runs the rotation lifecycle's steps (advance), checking DNS where a step needs it.
// Futures finish on this object's thread.
class KeyVault final : public QObject
{
    Q_OBJECT
public:
    KeyVault(Storage::Workspace *workspace,
             Secrets::SecretStore *secrets,
             QObject *parent = nullptr);

    // Fails (and stores nothing) when the keychain is locked or absent; AlreadyExists when the
    // domain has a key with that selector.
    QFuture<Result<StoredKey>> store(const QString &domain,
                                     const QString &selector,
                                     const KeyPair &pair,
                                     const RotationPolicy &policy = {});
    QFuture<Result<PrivateKey>> privateKey(qint64 id);

    // The workspace's keys: one by id, or by domain and selector (NotFound when there is
    // none); every key of domain (all domains when empty).
    Result<StoredKey> key(qint64 id) const;
    Result<StoredKey> key(const QString &domain, const QString &selector) const;
    Result<QList<StoredKey>> keys(const QString &domain = {}) const;

    // Moves key id by step, the one entry point of the lifecycle (CLI `dkim state`, rotation
    // wizard). The transition rule is isAllowed() (rotation.h). Publish and Revoke first ask
    // check (every authoritative nameserver of the key's zone, directly) and move the key only
    // when publicationVerdict() says every one serves the key (or its empty p=; RFC 6376
    // §3.6.1, §3.6.2). Destroy removes the passphrase from the keychain, then the encrypted
    // key from the workspace. Activate and Retire finish at once (a ready future).
    QFuture<StepOutcome> advance(qint64 id, KeyStep step, Dns::AuthoritativeCheck *check);

    // Moves key id by a DNS-checked step (Publish, Revoke) that could not be verified, on the
    // user's word: report is what the last check said, and canConfirmByHand(report) must hold
    // (otherwise NotAllowed, nothing changes). The step is recorded in confirmedByHand.
    Result<StoredKey> confirmByHand(qint64 id, KeyStep step, const PublicationReport &report);

private:
    Result<StoredKey> move(const StoredKey &key, KeyState to);
    QFuture<StepOutcome> publish(const StoredKey &key, KeyState to, Dns::AuthoritativeCheck *check);
    QFuture<StepOutcome> destroy(const StoredKey &key);

    KeyTable m_keys;
    QPointer<Secrets::SecretStore> m_secrets;
};

} // namespace Dkim
} // namespace Sceau
