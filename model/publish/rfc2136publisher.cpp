#include "model/publish/rfc2136publisher.h"

#include "model/core/async.h"
#include "model/core/chain.h"
#include "model/dns/liveresolver.h"
#include "model/publish/recordvalue.h"
#include "model/publish/tr.h"
#include "model/secrets/wipe.h"

#include <QPromise>

#include <memory>

namespace Sceau::Publish {

namespace {
QList<Dns::UpdateRecord> recordsOf(const RrsetRef &ref, const QStringList &values, quint32 ttl)
{
    QList<Dns::UpdateRecord> records;
    for (const QString &value : values)
        records.append({ref.owner, ref.type, ttl, presentationRdata(ref.type, value)});
    return records;
}

PublishResult judged(PublishResult result, const Dns::UpdateResult &update)
{
    result.code = Dns::UpdateOutcomes.token(update.outcome);
    result.detail = update.detail;
    switch (update.outcome) {
    case Dns::UpdateOutcome::Applied:
        result.outcome = PublishOutcome::Done;
        break;
    case Dns::UpdateOutcome::PrerequisiteFailed: // RFC 2136 §3.2: checked before any change
        result.outcome = PublishOutcome::Changed;
        result.detail = Tr::tr("The records changed on the server since they were read: nothing "
                               "was changed. Read them again and review the change.");
        break;
    case Dns::UpdateOutcome::Unreachable:
        result.outcome = PublishOutcome::Unreachable;
        break;
    default:
        result.outcome = PublishOutcome::Failed;
        break;
    }
    return result;
}
} // namespace

Rfc2136Publisher::Rfc2136Publisher(const Dns::NameServer &primary,
                                   const Dns::TsigKey &key,
                                   int timeoutMs,
                                   QObject *parent)
    : Publisher(parent)
    , m_primary(primary)
    , m_key(key)
    , m_timeoutMs(timeoutMs)
{
}

Rfc2136Publisher::~Rfc2136Publisher()
{
    Secrets::wipe(m_key.secret);
}

QFuture<CurrentRrset> Rfc2136Publisher::read(const RrsetRef &ref)
{
    return chain(readRecords(ref), this, [](const Records &read) { return read.current; });
}

QFuture<Rfc2136Publisher::Records> Rfc2136Publisher::readRecords(const RrsetRef &ref)
{
    Dns::ResolverConfig config;
    config.servers = {m_primary};
    config.timeoutMs = m_timeoutMs;
    config.query.recursionDesired = false; // the primary's own data, not a cache's
    auto *resolver = new Dns::LiveResolver(config, this);
    return chain(resolver->lookup(ref.owner, ref.type),
                 this,
                 [resolver, ref](const Dns::LookupResult &lookup) {
                     resolver->deleteLater();
                     Records read;
                     if (lookup.failed()) {
                         read.current.failure = lookup.detail;
                         return read;
                     }
                     for (const Dns::ResourceRecord &record : lookup.answerSection) {
                         if (record.owner == ref.owner && record.type == ref.type) {
                             read.records << record;
                             read.current.values << canonicalValue(record);
                             read.current.ttl = record.ttl;
                         }
                     }
                     return read;
                 });
}

QFuture<PublishResult>
Rfc2136Publisher::add(const RrsetRef &ref, const QStringList &values, quint32 ttl)
{
    Dns::UpdateRequest request;
    request.zone = ref.zone;
    request.absent = {{ref.owner, ref.type}}; // RFC 2136 §2.4.3
    request.add = recordsOf(ref, values, ttl);
    PublishResult result;
    result.after = values;
    return send(request, result);
}

QFuture<PublishResult> Rfc2136Publisher::replace(const RrsetRef &ref,
                                                 const QStringList &expected,
                                                 const QStringList &values,
                                                 quint32 ttl)
{
    return guarded(ref, expected, values, ttl);
}

QFuture<PublishResult> Rfc2136Publisher::remove(const RrsetRef &ref, const QStringList &expected)
{
    return guarded(ref, expected, {}, 0);
}

QFuture<PublishResult> Rfc2136Publisher::verify(const QString &zone)
{
    Dns::UpdateRequest request;
    request.zone = zone;
    return send(request, {});
}

QFuture<PublishResult> Rfc2136Publisher::guarded(const RrsetRef &ref,
                                                 const QStringList &expected,
                                                 const QStringList &values,
                                                 quint32 ttl)
{
    auto promise = std::make_shared<QPromise<PublishResult>>();
    promise->start();
    QFuture<PublishResult> future = promise->future();
    auto finish = [promise](const PublishResult &result) {
        promise->addResult(result);
        promise->finish();
    };
    onResult(
        readRecords(ref), this, [this, ref, expected, values, ttl, finish](const Records &now) {
            if (const auto refused = refusal(ref, now.current, expected, values))
                return finish(*refused);
            PublishResult result;
            result.after = values;
            result.before = now.current.values;
            if (now.records.isEmpty() && values.isEmpty()) { // nothing there, nothing wanted
                result.outcome = PublishOutcome::Done;
                return finish(result);
            }
            if (now.records.isEmpty()) // nothing expected, nothing there: an add
                return onResult(add(ref, values, ttl), this, finish);
            Dns::UpdateRequest request;
            request.zone = ref.zone;
            for (const Dns::ResourceRecord &record : now.records) // RFC 2136 §2.4.2, exactly
                request.exactly.append({ref.owner, ref.type, 0, record.rdata.join(u' ')});
            request.deleteRrsets = {{ref.owner, ref.type}};
            request.add = recordsOf(ref, values, ttl);
            onResult(send(request, result), this, finish);
        });
    return future;
}

QFuture<PublishResult> Rfc2136Publisher::send(const Dns::UpdateRequest &request,
                                              PublishResult result)
{
    return chain(Dns::sendUpdate(m_primary, request, m_key, m_timeoutMs, this),
                 this,
                 [result](const Dns::UpdateResult &update) { return judged(result, update); });
}

} // namespace Sceau::Publish
