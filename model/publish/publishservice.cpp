#include "model/publish/publishservice.h"

#include "model/core/async.h"
#include "model/core/domainname.h"
#include "model/publish/cloudflarepublisher.h"
#include "model/publish/ovhpublisher.h"
#include "model/publish/primaryserver.h"
#include "model/publish/recordvalue.h"
#include "model/publish/rfc2136publisher.h"
#include "model/publish/tr.h"
#include "model/secrets/credentialvault.h"
#include "model/secrets/wipe.h"

#include <QPromise>

#include <memory>

namespace Sceau::Publish {

namespace {
template<typename T> QFuture<T> ready(T value)
{
    return QtFuture::makeReadyFuture(std::move(value));
}

template<typename T> void settle(const std::shared_ptr<QPromise<T>> &promise, T value)
{
    promise->addResult(std::move(value));
    promise->finish();
}
} // namespace

PublishService::PublishService(Storage::Workspace *workspace,
                               Secrets::CredentialVault *vault,
                               Dns::Resolver *resolver,
                               PublishSettings settings,
                               QObject *parent)
    : QObject(parent)
    , m_journal(workspace)
    , m_vault(vault)
    , m_resolver(resolver)
    , m_settings(std::move(settings))
{
}

Result<Secrets::Credential> PublishService::credentialFor(const QString &zone,
                                                          const QString &name) const
{
    if (!name.isEmpty()) {
        const auto found = m_vault->find(name);
        if (!found)
            return found.error();
        if (!*found)
            return Error{ErrorCode::NotFound, Tr::tr("no credential named %1").arg(name)};
        if (!(*found)->publishes() || (*found)->zone != zone)
            //: %1 a credential's name, %2 a zone
            return Error{ErrorCode::InvalidInput,
                         Tr::tr("the credential %1 does not publish to %2").arg(name, zone)};
        return **found;
    }
    const auto all = m_vault->list();
    if (!all)
        return all.error();
    QList<Secrets::Credential> serving;
    for (const Secrets::Credential &c : *all) {
        if (c.publishes() && c.zone == zone)
            serving << c;
    }
    if (serving.isEmpty())
        //: %1 a zone
        return Error{ErrorCode::NotFound,
                     Tr::tr("no credential publishes to %1: add one (a TSIG key or a DNS "
                            "provider's token)")
                         .arg(zone)};
    if (serving.size() > 1)
        return Error{ErrorCode::InvalidInput,
                     Tr::tr("several credentials publish to %1: name the one to use").arg(zone)};
    return serving.first();
}

Result<QList<Secrets::Credential>> PublishService::credentialsServing(const QString &owner) const
{
    const auto all = m_vault->list();
    if (!all)
        return all.error();
    QList<Secrets::Credential> serving;
    for (const Secrets::Credential &c : *all) {
        if (c.publishes() && DomainName::isSubdomainOf(owner, c.zone))
            serving << c;
    }
    std::stable_sort(serving.begin(), serving.end(), [](const auto &a, const auto &b) {
        return a.zone.size() > b.zone.size();
    });
    return serving;
}

QFuture<Result<Publisher *>> PublishService::publisherFor(const Secrets::Credential &credential)
{
    using R = Result<Publisher *>;
    if (!credential.publishes())
        //: %1 a credential's name
        return ready(R(Error{ErrorCode::InvalidInput,
                             Tr::tr("the credential %1 cannot publish").arg(credential.name)}));
    auto promise = std::make_shared<QPromise<R>>();
    promise->start();
    onResult(
        m_vault->secret(credential), this, [this, promise, credential](Result<QByteArray> secret) {
            if (!secret)
                return settle(promise, R(secret.error()));
            if (credential.kind == Secrets::CredentialKind::Tsig)
                return tsigPublisher(credential, std::move(*secret), promise);
            // The publishers keep their own copies, and wipe them when destroyed.
            Publisher *publisher = nullptr;
            const QList<QSslCertificate> &cas = m_settings.extraCas;
            const int timeout = m_settings.timeoutMs;
            if (credential.kind == Secrets::CredentialKind::Cloudflare) {
                const QString base = credential.host.isEmpty()
                                         ? CloudflarePublisher::defaultApiBase()
                                         : credential.host;
                publisher = new CloudflarePublisher(*secret, base, cas, timeout, this);
            } else {
                const QString base
                    = credential.host.isEmpty() ? OvhPublisher::defaultEndpoint() : credential.host;
                const qsizetype newline = secret->indexOf('\n');
                QByteArray applicationSecret = secret->left(newline);
                QByteArray consumerKey = secret->mid(newline + 1);
                publisher = new OvhPublisher(credential.username.toUtf8(),
                                             applicationSecret,
                                             consumerKey,
                                             base,
                                             cas,
                                             timeout,
                                             this);
                Secrets::wipe(applicationSecret); // ours: the publisher keeps its copies
                Secrets::wipe(consumerKey);
            }
            Secrets::wipe(*secret);
            settle(promise, R(publisher));
        });
    return promise->future();
}

void PublishService::tsigPublisher(const Secrets::Credential &credential,
                                   QByteArray secret,
                                   const std::shared_ptr<QPromise<Result<Publisher *>>> &promise)
{
    using R = Result<Publisher *>;
    auto key = std::make_shared<Dns::TsigKey>(Dns::TsigKey{
        credential.username, credential.tsigAlgorithm, QByteArray::fromBase64(secret)});
    Secrets::wipe(secret);
    if (!m_resolver) {
        Secrets::wipe(key->secret);
        return settle(promise, R(Error{ErrorCode::Internal, {}}));
    }
    const quint16 port = credential.port ? credential.port : m_settings.dnsPort;
    onResult(findPrimary(m_resolver, credential.zone, credential.host, port, this),
             this,
             [this, promise, key](const Result<Dns::NameServer> &primary) {
                 if (!primary) {
                     Secrets::wipe(key->secret);
                     return settle(promise, R(primary.error()));
                 }
                 // The publisher shares the key's buffer and wipes it when it is destroyed.
                 settle(promise,
                        R(new Rfc2136Publisher(*primary, *key, m_settings.timeoutMs, this)));
             });
}

QFuture<Result<CurrentRrset>> PublishService::read(const QString &credential, const RrsetRef &ref)
{
    using R = Result<CurrentRrset>;
    const auto found = credentialFor(ref.zone, credential);
    if (!found)
        return ready(R(found.error()));
    auto promise = std::make_shared<QPromise<R>>();
    promise->start();
    onResult(publisherFor(*found), this, [this, promise, ref](const Result<Publisher *> &made) {
        if (!made)
            return settle(promise, R(made.error()));
        onResult((*made)->read(ref), this, [promise, publisher = *made](const CurrentRrset &now) {
            publisher->deleteLater();
            settle(promise, R(now));
        });
    });
    return promise->future();
}

QFuture<Result<Applied>> PublishService::apply(const Change &asked)
{
    using R = Result<Applied>;
    if (const auto fits = checkRrset(asked.ref.type, asked.values); !fits)
        return ready(R(fits.error()));
    const auto credential = credentialFor(asked.ref.zone, asked.credential);
    if (!credential)
        return ready(R(credential.error()));
    Change change = asked;
    change.credential = credential->name;
    auto promise = std::make_shared<QPromise<R>>();
    promise->start();
    const QString backend = Secrets::CredentialKinds.token(credential->kind);
    onResult(publisherFor(*credential), this, [=, this](const Result<Publisher *> &made) {
        if (!made)
            return settle(promise, R(made.error()));
        Publisher *publisher = *made;
        // The RRset before, for the journal (and its TTL, for a rollback); the backend reads it
        // again, guarded, just before it writes.
        onResult(publisher->read(change.ref), this, [=, this](const CurrentRrset &now) {
            JournalEntry entry;
            entry.backend = backend;
            entry.change = change;
            entry.before = now.failed() ? change.expected : now.values;
            entry.beforeTtl = now.ttl;
            const auto id = m_journal.begin(entry);
            if (!id) {
                publisher->deleteLater();
                return settle(promise, R(id.error()));
            }
            onResult(send(publisher, change, now), this, [=, this](const PublishResult &result) {
                publisher->deleteLater();
                const bool readBefore
                    = result.outcome == PublishOutcome::Done || !result.before.isEmpty();
                const auto written = m_journal.finish(*id, result, readBefore);
                const auto stored = m_journal.find(*id);
                if (!written || !stored || !*stored)
                    return settle(promise,
                                  R(!written  ? written.error()
                                    : !stored ? stored.error()
                                              : Error{ErrorCode::Internal, {}}));
                settle(promise, R(Applied{**stored, result}));
            });
        });
    });
    return promise->future();
}

QFuture<PublishResult>
PublishService::send(Publisher *publisher, const Change &change, const CurrentRrset &now)
{
    if (!now.failed()) {
        PublishResult early;
        early.before = now.values;
        early.after = change.values;
        const bool expectedNow
            = change.action == ChangeAction::Add || sameRrset(now.values, change.expected);
        if (change.action != ChangeAction::Remove && expectedNow
            && sameRrset(now.values, change.values)) {
            early.outcome = PublishOutcome::Done; // nothing to send: no churn
            early.code = QStringLiteral("unchanged");
            early.detail = Tr::tr("The zone already serves exactly these records: nothing was "
                                  "sent.");
            return ready(early);
        }
        if (change.action == ChangeAction::Add) {
            if (const auto refused = refusal(change.ref, now, {}, change.values))
                return ready(*refused);
        }
    }
    QFuture<PublishResult> sent;
    switch (change.action) {
    case ChangeAction::Add:
        sent = publisher->add(change.ref, change.values, change.ttl);
        break;
    case ChangeAction::Replace:
        sent = publisher->replace(change.ref, change.expected, change.values, change.ttl);
        break;
    case ChangeAction::Remove:
        sent = publisher->remove(change.ref, change.expected);
        break;
    }
    // A server may accept a change and not make it (Knot ignores a CNAME beside other data):
    // what it says it did is read back before it is called done.
    auto promise = std::make_shared<QPromise<PublishResult>>();
    promise->start();
    onResult(sent, this, [this, promise, publisher, change](const PublishResult &result) {
        if (result.outcome != PublishOutcome::Done)
            return settle(promise, result);
        onResult(publisher->read(change.ref),
                 this,
                 [promise, change, sent = result](const CurrentRrset &after) {
                     PublishResult result = sent;
                     if (after.failed()) {
                         result.detail = Tr::tr("The change was accepted, but could not be read "
                                                "back: %1")
                                             .arg(*after.failure);
                     } else if (!sameRrset(after.values, change.values)) {
                         result.outcome = PublishOutcome::Failed;
                         result.code = QStringLiteral("not-applied");
                         //: %1 the values the server serves
                         result.detail = Tr::tr("The server accepted the change but does not "
                                                "serve it: it serves %1. Check the zone (a CNAME "
                                                "beside other records, a record too large).")
                                             .arg(after.values.isEmpty()
                                                      ? Tr::tr("no record")
                                                      : after.values.join(QStringLiteral(" | ")));
                     }
                     settle(promise, result);
                 });
    });
    return promise->future();
}

QFuture<Result<Applied>> PublishService::rollback(qint64 id)
{
    using R = Result<Applied>;
    const auto entry = m_journal.find(id);
    if (!entry)
        return ready(R(entry.error()));
    if (!*entry)
        //: %1 a journal entry's number
        return ready(R(Error{ErrorCode::NotFound, Tr::tr("the journal has no change %1").arg(id)}));
    const auto undo = rollbackOf(**entry);
    if (!undo)
        return ready(R(undo.error()));
    return apply(*undo);
}

QFuture<Result<PublishResult>> PublishService::verify(const QString &name)
{
    using R = Result<PublishResult>;
    const auto found = m_vault->find(name);
    if (!found)
        return ready(R(found.error()));
    if (!*found)
        return ready(R(Error{ErrorCode::NotFound, Tr::tr("no credential named %1").arg(name)}));
    auto promise = std::make_shared<QPromise<R>>();
    promise->start();
    const QString zone = (*found)->zone;
    onResult(publisherFor(**found), this, [this, promise, zone](const Result<Publisher *> &made) {
        if (!made)
            return settle(promise, R(made.error()));
        onResult(
            (*made)->verify(zone), this, [promise, publisher = *made](const PublishResult &result) {
                publisher->deleteLater();
                settle(promise, R(result));
            });
    });
    return promise->future();
}

} // namespace Sceau::Publish
