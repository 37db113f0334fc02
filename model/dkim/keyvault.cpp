#include "model/dkim/keyvault.h"

#include "model/core/chain.h"
#include "model/core/domainname.h"
#include "model/dkim/keyrecord.h"
#include "model/dkim/tr.h"
#include "model/dns/authoritativecheck.h"
#include "model/secrets/secretstore.h"

#include <QUuid>

#include <openssl/rand.h>

using namespace Qt::StringLiterals;

namespace Sceau::Dkim {

using EntryResult = Result<StoredKey>;

KeyVault::KeyVault(Storage::Workspace *workspace, Secrets::SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_keys(workspace)
    , m_secrets(secrets)
{
}

// 32 random bytes from OpenSSL's CSPRNG, base64: the PKCS#8 passphrase.
static QByteArray randomPassphrase()
{
    QByteArray bytes(32, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char *>(bytes.data()), int(bytes.size())) != 1)
        return {};
    QByteArray passphrase = bytes.toBase64();
    bytes.fill('\0');
    return passphrase;
}

template<typename T> static QFuture<T> ready(T value)
{
    return QtFuture::makeReadyFuture(std::move(value));
}

QFuture<EntryResult> KeyVault::store(const QString &domain,
                                     const QString &selector,
                                     const KeyPair &pair,
                                     const RotationPolicy &policy)
{
    auto name = DomainName::fromUserInput(domain);
    if (!name)
        return ready<EntryResult>(name.error());
    auto validSelector = validateSelector(selector, *name);
    if (!validSelector)
        return ready<EntryResult>(validSelector.error());
    auto existing = m_keys.find(*name, *validSelector);
    if (!existing)
        return ready<EntryResult>(existing.error());
    if (*existing)
        return ready<EntryResult>(
            Error{ErrorCode::AlreadyExists,
                  Tr::tr("the workspace already has a key for selector %1 of %2")
                      .arg(*validSelector, *name)});
    if (!m_secrets)
        return ready<EntryResult>(Error{ErrorCode::KeychainUnavailable, {}});
    QByteArray passphrase = randomPassphrase();
    if (passphrase.isEmpty())
        return ready<EntryResult>(Error{ErrorCode::Internal, u"RAND_bytes"_s});
    auto encrypted = pair.privateKey.toEncryptedPem(passphrase);
    if (!encrypted) {
        passphrase.fill('\0');
        return ready<EntryResult>(encrypted.error());
    }
    StoredKey entry;
    entry.domain = *name;
    entry.selector = *validSelector;
    entry.spec = pair.spec;
    entry.publicKey = pair.publicKeyData;
    entry.encryptedPrivateKey = *encrypted;
    entry.secretKey = u"dkim/%1/%2/%3"_s.arg(
        entry.domain, entry.selector, QUuid::createUuid().toString(QUuid::WithoutBraces));
    startLifecycle(entry, QDateTime::currentDateTimeUtc(), policy);
    auto written = m_secrets->write(entry.secretKey, passphrase);
    passphrase.fill('\0');
    QPointer<Secrets::SecretStore> secrets = m_secrets;
    return chain(
        written, this, [this, entry, secrets](const Result<void> &result) mutable -> EntryResult {
            if (!result)
                return result.error(); // nothing stored: no key without its passphrase
            auto id = m_keys.add(entry);
            if (!id) {
                if (secrets)
                    secrets->remove(entry.secretKey); // best effort; the entry is useless alone
                return id.error();
            }
            entry.id = *id;
            return entry;
        });
}

Result<StoredKey> KeyVault::key(qint64 id) const
{
    auto found = m_keys.find(id);
    if (!found)
        return found.error();
    if (!*found)
        //: %1 a number
        return Error{ErrorCode::NotFound, Tr::tr("no DKIM key with id %1").arg(id)};
    return **found;
}

Result<StoredKey> KeyVault::key(const QString &domain, const QString &selector) const
{
    auto found = m_keys.find(domain, selector);
    if (!found)
        return found.error();
    if (!*found)
        //: %1 a DKIM selector, %2 a domain
        return Error{
            ErrorCode::NotFound,
            Tr::tr("the workspace has no key for selector %1 of %2").arg(selector, domain)};
    return **found;
}

Result<QList<StoredKey>> KeyVault::keys(const QString &domain) const
{
    return m_keys.list(domain);
}

QFuture<Result<PrivateKey>> KeyVault::privateKey(qint64 id)
{
    auto stored = key(id);
    if (!stored)
        return ready<Result<PrivateKey>>(stored.error());
    if (stored->encryptedPrivateKey.isEmpty())
        return ready<Result<PrivateKey>>(
            Error{ErrorCode::NotFound,
                  Tr::tr("the private key of selector %1 was destroyed").arg(stored->selector)});
    if (!m_secrets)
        return ready<Result<PrivateKey>>(Error{ErrorCode::KeychainUnavailable, {}});
    const QByteArray encrypted = stored->encryptedPrivateKey;
    return chain(
        m_secrets->read(stored->secretKey),
        this,
        [encrypted](const Result<std::optional<QByteArray>> &secret) -> Result<PrivateKey> {
            if (!secret)
                return secret.error();
            if (!*secret)
                return Error{ErrorCode::KeychainLocked,
                             Tr::tr("the key's passphrase is missing from the keychain")};
            QByteArray passphrase = **secret;
            auto loaded = PrivateKey::load(encrypted, passphrase);
            passphrase.fill('\0');
            return loaded;
        });
}

Result<StoredKey> KeyVault::move(const StoredKey &key, KeyState to)
{
    StoredKey moved = key;
    if (auto allowed = transition(moved, to, QDateTime::currentDateTimeUtc()); !allowed)
        return allowed.error();
    if (auto saved = m_keys.update(moved); !saved)
        return saved.error();
    return moved;
}

QFuture<StepOutcome> KeyVault::advance(qint64 id, KeyStep step, Dns::AuthoritativeCheck *check)
{
    auto stored = key(id);
    if (!stored)
        return ready(StepOutcome{stored.error(), {}});
    const KeyState to = targetOf(step);
    StoredKey probe = *stored; // the lifecycle's rule first: no DNS question for a refused step
    if (auto allowed = transition(probe, to, QDateTime::currentDateTimeUtc()); !allowed)
        return ready(StepOutcome{allowed.error(), {}});
    if (isDnsChecked(step))
        return publish(*stored, to, check);
    if (step == KeyStep::Destroy)
        return destroy(*stored);
    return ready(StepOutcome{move(*stored, to), {}});
}

Result<StoredKey> KeyVault::confirmByHand(qint64 id, KeyStep step, const PublicationReport &report)
{
    auto stored = key(id);
    if (!stored)
        return stored.error();
    if (!isDnsChecked(step) || !canConfirmByHand(report)
        || report.name != recordName(stored->selector, stored->domain)
        || report.target != targetOf(step))
        return Error{ErrorCode::NotAllowed,
                     Tr::tr("only a step the nameservers could not verify can be confirmed by "
                            "hand")};
    StoredKey confirmed = *stored;
    confirmed.confirmedByHand << KeySteps.token(step);
    return move(confirmed, targetOf(step));
}

QFuture<StepOutcome>
KeyVault::publish(const StoredKey &key, KeyState to, Dns::AuthoritativeCheck *check)
{
    if (!check)
        return ready(StepOutcome{Error{ErrorCode::Internal, u"no authoritative check"_s}, {}});
    return chain(check->check(recordName(key.selector, key.domain), Dns::RrType::TXT),
                 this,
                 [this, key, to](const Dns::AuthoritativeReport &answers) {
                     StepOutcome outcome{key, evaluatePublication(answers, key, to)};
                     if (auto verdict = publicationVerdict(*outcome.publication); !verdict)
                         outcome.key = verdict.error();
                     else
                         outcome.key = move(key, to);
                     return outcome;
                 });
}

QFuture<StepOutcome> KeyVault::destroy(const StoredKey &key)
{
    if (!m_secrets)
        return ready(StepOutcome{Error{ErrorCode::KeychainUnavailable, {}}, {}});
    return chain(m_secrets->remove(key.secretKey), this, [this, key](const Result<void> &removed) {
        if (!removed)
            return StepOutcome{removed.error(), {}};
        return StepOutcome{move(key, KeyState::Destroyed), {}};
    });
}

} // namespace Sceau::Dkim
