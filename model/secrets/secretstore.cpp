#include "model/secrets/secretstore.h"

#include "model/secrets/keychainerror.h"
#include "model/secrets/tr.h"

#include <QPromise>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>

namespace Sceau::Secrets {

SecretStore::SecretStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{
}

namespace {

Error keychainError(const QKeychain::Job *job)
{
    return Secrets::keychainError(job->error(), job->errorString());
}

// Runs one QtKeychain job: the promise is fulfilled once, by the job or by the timeout.
// Jobs have no parent and delete themselves when they finish: deleting a job whose D-Bus call
// is still pending would let the late reply reach a dead object. A job that never finishes
// (a hung keychain) is abandoned.
template<typename T, typename Job, typename OnDone>
QFuture<T> run(Job *job, int timeoutMs, OnDone onDone)
{
    auto promise = std::make_shared<QPromise<T>>();
    promise->start();
    auto done = std::make_shared<bool>(false);
    job->setAutoDelete(false);
    job->setInsecureFallback(false); // DESIGN.md §5: never a plaintext fallback
    auto *timer = new QTimer(job);
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, job, [promise, done, timeoutMs] {
        if (*done)
            return;
        *done = true;
        promise->addResult(
            T(Error{ErrorCode::KeychainUnavailable,
                    Tr::tr("the keychain did not answer within %1 ms").arg(timeoutMs)}));
        promise->finish();
    });
    QObject::connect(job, &QKeychain::Job::finished, job, [promise, done, job, onDone] {
        job->deleteLater();
        if (*done)
            return;
        *done = true;
        promise->addResult(onDone(job));
        promise->finish();
    });
    timer->start(timeoutMs);
    job->start();
    return promise->future();
}

} // namespace

QFuture<Result<void>> SecretStore::write(const QString &key, const QByteArray &secret)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setBinaryData(secret);
    return run<Result<void>>(job, m_timeoutMs, [](QKeychain::WritePasswordJob *j) -> Result<void> {
        if (j->error() != QKeychain::NoError)
            return keychainError(j);
        return {};
    });
}

QFuture<Result<std::optional<QByteArray>>> SecretStore::read(const QString &key)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    using R = Result<std::optional<QByteArray>>;
    return run<R>(job, m_timeoutMs, [](QKeychain::ReadPasswordJob *j) -> R {
        if (j->error() == QKeychain::EntryNotFound)
            return std::optional<QByteArray>();
        if (j->error() != QKeychain::NoError)
            return keychainError(j);
        return std::optional<QByteArray>(j->binaryData());
    });
}

QFuture<Result<void>> SecretStore::remove(const QString &key)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    return run<Result<void>>(job, m_timeoutMs, [](QKeychain::DeletePasswordJob *j) -> Result<void> {
        if (j->error() != QKeychain::NoError && j->error() != QKeychain::EntryNotFound)
            return keychainError(j);
        return {};
    });
}

} // namespace Sceau::Secrets
