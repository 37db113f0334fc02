#pragma once

#include "model/core/result.h"

#include <QByteArray>
#include <QFuture>
#include <QObject>
#include <QString>

#include <optional>

namespace Sceau {
namespace Secrets {

// The one place secrets live (DESIGN.md §5): QtKeychain (Secret Service, Keychain, Credential
// Manager) with the insecure fallback off. Every call is asynchronous and bounded by a
// timeout: a missing or hung keychain finishes the future with KeychainUnavailable, a locked
// one or a refusal with KeychainLocked — never a hang, never a plaintext fallback.
class SecretStore final : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultTimeoutMs = 15000;

    // service: the keychain's service name, given by the Session (Session::Options), the one
    // place it is written.
    explicit SecretStore(const QString &service, QObject *parent = nullptr);

    void setTimeout(int ms) { m_timeoutMs = ms; }

    QFuture<Result<void>> write(const QString &key, const QByteArray &secret);
    // std::nullopt when nothing is stored under key.
    QFuture<Result<std::optional<QByteArray>>> read(const QString &key);
    QFuture<Result<void>> remove(const QString &key); // removing an absent entry succeeds

private:
    QString m_service;
    int m_timeoutMs = DefaultTimeoutMs;
};

} // namespace Secrets
} // namespace Sceau
