#include "model/secrets/credentialvault.h"

#include "model/core/async.h"
#include "model/secrets/secretstore.h"
#include "model/secrets/tr.h"
#include "model/secrets/wipe.h"

#include <QPromise>
#include <QUuid>

#include <memory>

namespace Sceau::Secrets {

namespace {
template<typename T> QFuture<T> ready(T value)
{
    return QtFuture::makeReadyFuture(std::move(value));
}
} // namespace

CredentialVault::CredentialVault(Storage::Workspace *workspace,
                                 SecretStore *secrets,
                                 QObject *parent)
    : QObject(parent)
    , m_table(workspace)
    , m_secrets(secrets)
{
}

QFuture<Result<Credential>> CredentialVault::add(Credential credential, QByteArray secret)
{
    using R = Result<Credential>;
    const auto existing = m_table.find(credential.name);
    if (!existing || *existing) {
        wipe(secret);
        if (!existing)
            return ready(R(existing.error()));
        //: %1 a credential's name
        return ready(R(Error{ErrorCode::AlreadyExists,
                             Tr::tr("a credential named %1 already exists").arg(credential.name)}));
    }
    credential.created = QDateTime::currentDateTimeUtc();
    credential.rotated = credential.created;
    credential.secretKey
        = QStringLiteral("credential/") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto promise = std::make_shared<QPromise<R>>();
    promise->start();
    auto held = std::make_shared<QByteArray>(std::move(secret));
    onResult(m_secrets->write(credential.secretKey, *held),
             this,
             [this, promise, held, credential](const Result<void> &written) mutable {
                 wipe(*held);
                 if (!written) {
                     promise->addResult(R(written.error()));
                     promise->finish();
                     return;
                 }
                 const auto id = m_table.add(credential);
                 if (!id) {
                     m_secrets->remove(credential.secretKey); // no orphan secret
                     promise->addResult(R(id.error()));
                     promise->finish();
                     return;
                 }
                 credential.id = *id;
                 promise->addResult(R(credential));
                 promise->finish();
             });
    return promise->future();
}

QFuture<Result<void>> CredentialVault::remove(const QString &name)
{
    using R = Result<void>;
    const auto found = m_table.find(name);
    if (!found)
        return ready(R(found.error()));
    if (!*found)
        return ready(R(Error{ErrorCode::NotFound, Tr::tr("no credential named %1").arg(name)}));
    auto promise = std::make_shared<QPromise<R>>();
    promise->start();
    onResult(m_secrets->remove((*found)->secretKey),
             this,
             [this, promise, name](const Result<void> &removed) {
                 promise->addResult(removed ? m_table.remove(name) : R(removed.error()));
                 promise->finish();
             });
    return promise->future();
}

QFuture<Result<QByteArray>> CredentialVault::secret(const Credential &credential)
{
    using R = Result<QByteArray>;
    auto promise = std::make_shared<QPromise<R>>();
    promise->start();
    const QString name = credential.name;
    onResult(m_secrets->read(credential.secretKey),
             this,
             [promise, name](const Result<std::optional<QByteArray>> &read) {
                 if (!read)
                     promise->addResult(R(read.error()));
                 else if (!*read)
                     //: %1 a credential's name
                     promise->addResult(R(Error{ErrorCode::NotFound,
                                                Tr::tr("the keychain has no secret for the "
                                                       "credential %1; add it again")
                                                    .arg(name)}));
                 else
                     promise->addResult(R(**read));
                 promise->finish();
             });
    return promise->future();
}

QFuture<Result<Credential>> CredentialVault::rotate(const QString &name, QByteArray secret)
{
    using R = Result<Credential>;
    const auto found = m_table.find(name);
    if (!found || !*found) {
        wipe(secret);
        if (!found)
            return ready(R(found.error()));
        return ready(R(Error{ErrorCode::NotFound, Tr::tr("no credential named %1").arg(name)}));
    }
    auto promise = std::make_shared<QPromise<R>>();
    promise->start();
    auto held = std::make_shared<QByteArray>(std::move(secret));
    Credential credential = **found;
    onResult(m_secrets->write(credential.secretKey, *held),
             this,
             [this, promise, held, credential](const Result<void> &written) mutable {
                 wipe(*held);
                 if (written) {
                     credential.rotated = QDateTime::currentDateTimeUtc();
                     const auto noted = m_table.setRotated(credential.name, credential.rotated);
                     promise->addResult(noted ? R(credential) : R(noted.error()));
                 } else {
                     promise->addResult(R(written.error()));
                 }
                 promise->finish();
             });
    return promise->future();
}

} // namespace Sceau::Secrets
