#include "model/dkim/keyvault.h"

#include "model/core/chain.h"
#include "model/core/domainname.h"
#include "model/dkim/keycheck.h"
#include "model/dkim/keyrecord.h"
#include "model/dkim/tr.h"
#include "model/dns/authoritativecheck.h"
#include "model/secrets/secretstore.h"

#include <QUuid>

#include <openssl/rand.h>

using namespace Qt::StringLiterals;

namespace Sceau::Dkim {

using Storage::DkimKeyEntry;
using EntryResult = Result<DkimKeyEntry>;

KeyVault::KeyVault(Storage::Workspace *workspace, Secrets::SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
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
    auto existing = m_workspace->dkimKey(*name, *validSelector);
    if (!existing)
        return ready<EntryResult>(existing.error());
    if (*existing)
        return ready<EntryResult>(
            Error{ErrorCode::InvalidInput,
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
    DkimKeyEntry entry;
    entry.domain = *name;
    entry.selector = *validSelector;
    entry.algorithm = pair.spec.token();
    entry.bits = pair.spec.bits;
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
            auto id = m_workspace->addDkimKey(entry);
            if (!id) {
                if (secrets)
                    secrets->remove(entry.secretKey); // best effort; the entry is useless alone
                return id.error();
            }
            entry.id = *id;
            return entry;
        });
}

Result<DkimKeyEntry> KeyVault::entry(qint64 id) const
{
    auto found = m_workspace->dkimKey(id);
    if (!found)
        return found.error();
    if (!*found)
        return Error{ErrorCode::InvalidInput, Tr::tr("no DKIM key with id %1").arg(id)};
    return **found;
}

QFuture<Result<PrivateKey>> KeyVault::privateKey(qint64 id)
{
    auto key = entry(id);
    if (!key)
        return ready<Result<PrivateKey>>(key.error());
    if (key->encryptedPrivateKey.isEmpty())
        return ready<Result<PrivateKey>>(
            Error{ErrorCode::InvalidInput,
                  Tr::tr("the private key of selector %1 was destroyed").arg(key->selector)});
    if (!m_secrets)
        return ready<Result<PrivateKey>>(Error{ErrorCode::KeychainUnavailable, {}});
    const QByteArray encrypted = key->encryptedPrivateKey;
    return chain(
        m_secrets->read(key->secretKey),
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

Result<DkimKeyEntry> KeyVault::move(qint64 id, KeyState to)
{
    auto key = entry(id);
    if (!key)
        return key;
    if (auto moved = transition(*key, to, QDateTime::currentDateTimeUtc()); !moved)
        return moved.error();
    if (auto saved = m_workspace->updateDkimKey(*key); !saved)
        return saved.error();
    return key;
}

Result<DkimKeyEntry> KeyVault::activate(qint64 id)
{
    return move(id, KeyState::Active);
}

Result<DkimKeyEntry> KeyVault::retire(qint64 id)
{
    return move(id, KeyState::Retiring);
}

QFuture<EntryResult> KeyVault::confirmOnDns(Dns::Resolver *resolver, qint64 id, KeyState to)
{
    auto key = entry(id);
    if (!key)
        return ready<EntryResult>(key.error());
    const QByteArray publicKey = key->publicKey;
    return chain(checkPublishedKey(resolver, this, key->domain, key->selector, publicKey),
                 this,
                 [this, id, to](const KeyCheckReport &report) -> EntryResult {
                     // Could not check: say so, never "not published".
                     if (Dns::isFailure(report.lookupStatus))
                         return report.lookupError;
                     const bool seen = to == KeyState::Published
                                           ? report.matchesLocalKey.value_or(false)
                                           : report.record && report.record->isRevoked();
                     if (!seen)
                         return Error{
                             ErrorCode::InvalidInput,
                             to == KeyState::Published
                                 ? Tr::tr("%1 does not serve this key yet").arg(report.name)
                                 : Tr::tr("%1 does not serve an empty p= yet").arg(report.name)};
                     return move(id, to);
                 });
}

QFuture<EntryResult> KeyVault::confirmPublished(Dns::Resolver *resolver, qint64 id)
{
    return confirmOnDns(resolver, id, KeyState::Published);
}

QFuture<EntryResult> KeyVault::confirmRevoked(Dns::Resolver *resolver, qint64 id)
{
    return confirmOnDns(resolver, id, KeyState::Revoked);
}

QFuture<Result<PublicationOutcome>> KeyVault::verifyOnAuthoritative(Dns::AuthoritativeCheck *check,
                                                                    qint64 id)
{
    using OutcomeResult = Result<PublicationOutcome>;
    auto key = entry(id);
    if (!key)
        return ready<OutcomeResult>(key.error());
    const auto to = dnsStepFor(*key);
    if (!to)
        //: %1 a key state (published, active…)
        return ready<OutcomeResult>(
            Error{ErrorCode::InvalidInput,
                  Tr::tr("a key that is “%1” has nothing to check in DNS").arg(key->state)});
    const DkimKeyEntry snapshot = *key;
    return chain(check->check(recordName(key->selector, key->domain), Dns::RrType::TXT),
                 this,
                 [this, snapshot, to](const Dns::AuthoritativeReport &report) -> OutcomeResult {
                     PublicationOutcome outcome{evaluatePublication(report, snapshot, *to), {}};
                     if (!outcome.report.everywhere())
                         return outcome;
                     auto moved = move(snapshot.id, *to);
                     if (!moved)
                         return moved.error();
                     outcome.moved = *moved;
                     return outcome;
                 });
}

QFuture<EntryResult> KeyVault::destroy(qint64 id)
{
    auto key = entry(id);
    if (!key)
        return ready<EntryResult>(key.error());
    DkimKeyEntry check = *key;
    if (auto allowed = transition(check, KeyState::Destroyed, QDateTime::currentDateTimeUtc());
        !allowed)
        return ready<EntryResult>(allowed.error());
    if (!m_secrets)
        return ready<EntryResult>(Error{ErrorCode::KeychainUnavailable, {}});
    return chain(m_secrets->remove(key->secretKey),
                 this,
                 [this, id](const Result<void> &removed) -> EntryResult {
                     if (!removed)
                         return removed.error();
                     return move(id, KeyState::Destroyed);
                 });
}

} // namespace Sceau::Dkim
