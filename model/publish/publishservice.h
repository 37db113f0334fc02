#pragma once

#include "model/core/result.h"
#include "model/dns/resolver.h"
#include "model/publish/journal.h"
#include "model/secrets/credential.h"

#include <QFuture>
#include <QObject>
#include <QPointer>
#include <QPromise>
#include <QSslCertificate>

namespace Sceau {
namespace Secrets {
class CredentialVault;
} // namespace Secrets
} // namespace Sceau

namespace Sceau {
namespace Publish {

// How publishers reach their backends.
struct PublishSettings
{
    quint16 dnsPort = 53;            // the primary's port, when the credential names none
    int timeoutMs = 10000;           // each wait for a server or an API, in milliseconds
    QList<QSslCertificate> extraCas; // trusted besides the system's store (API backends)
};

// A change as it went: its journal entry (outcome recorded) and the backend's answer.
struct Applied
{
    JournalEntry entry;
    PublishResult result;
};

// Publishing with credentials and a journal (issue #11): picks the credential that serves a
// zone, builds its backend's Publisher (secret from the keychain, wiped after), writes every
// change to the journal before it is sent and its outcome after, and rolls entries back with
// the same guards. Errors (Result) are what stopped it before anything was sent: no
// credential, keychain locked, no primary; what the backend said is in Applied::result.
// Lives on the Session's thread; futures finish there.
class PublishService final : public QObject
{
    Q_OBJECT
public:
    PublishService(Storage::Workspace *workspace,
                   Secrets::CredentialVault *vault,
                   Dns::Resolver *resolver,
                   PublishSettings settings,
                   QObject *parent = nullptr);

    Journal &journal() { return m_journal; }
    void setResolver(Dns::Resolver *resolver) { m_resolver = resolver; }

    // The credential that publishes to zone: the one named (NotFound when absent, InvalidInput
    // when it does not serve zone), or else the only publishing credential whose zone is zone
    // (NotFound when none, InvalidInput when several: name one).
    Result<Secrets::Credential> credentialFor(const QString &zone, const QString &name = {}) const;

    // The publishing credentials whose zone holds owner (owner is the zone or below it), the
    // closest zone first (RFC 1034 §4.2: the deepest zone is the one that serves the name),
    // then by name.
    Result<QList<Secrets::Credential>> credentialsServing(const QString &owner) const;

    // The RRset as the credential's backend serves it now.
    QFuture<Result<CurrentRrset>> read(const QString &credential, const RrsetRef &ref);
    // Journals change, sends it, records the outcome.
    QFuture<Result<Applied>> apply(const Change &change);
    // apply(rollbackOf(entry id)).
    QFuture<Result<Applied>> rollback(qint64 id);
    // Whether the backend accepts the credential for its zone, changing nothing.
    QFuture<Result<PublishResult>> verify(const QString &credential);

private:
    // The credential's backend, built once its secret is read (and, for TSIG, its primary
    // found); parented to this, deleted by the caller (deleteLater) once used.
    QFuture<Result<Publisher *>> publisherFor(const Secrets::Credential &credential);
    // change sent through publisher, given the RRset read just before (now): nothing is sent
    // when the zone already serves exactly the values (Done, code "unchanged"), or when an add
    // finds records (Changed); a change the backend says it made is read back, and is Failed
    // ("not-applied") when the RRset is not the new one.
    QFuture<PublishResult>
    send(Publisher *publisher, const Change &change, const CurrentRrset &now);
    void tsigPublisher(const Secrets::Credential &credential,
                       QByteArray secret,
                       const std::shared_ptr<QPromise<Result<Publisher *>>> &promise);

    Journal m_journal;
    Secrets::CredentialVault *m_vault;
    QPointer<Dns::Resolver> m_resolver;
    PublishSettings m_settings;
};

} // namespace Publish
} // namespace Sceau
