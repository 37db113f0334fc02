#include "model/publish/apipublisher.h"

#include "model/core/async.h"
#include "model/core/chain.h"
#include "model/publish/tr.h"

#include <QPromise>

#include <memory>

namespace Sceau::Publish {

namespace {
CurrentRrset currentOf(const ApiRead &read)
{
    CurrentRrset current;
    if (read.failure) {
        current.failure = read.failure->detail;
        return current;
    }
    for (const ApiRecord &record : read.records) {
        if (!current.values.contains(record.value))
            current.values << record.value;
        current.ttl = record.ttl;
    }
    return current;
}
} // namespace

QFuture<CurrentRrset> ApiPublisher::read(const RrsetRef &ref)
{
    return chain(readRecords(ref), this, [](const ApiRead &read) { return currentOf(read); });
}

QFuture<PublishResult>
ApiPublisher::add(const RrsetRef &ref, const QStringList &values, quint32 ttl)
{
    return guarded(ref, {}, values, ttl); // no conditional create: only where nothing is now
}

QFuture<PublishResult> ApiPublisher::replace(const RrsetRef &ref,
                                             const QStringList &expected,
                                             const QStringList &values,
                                             quint32 ttl)
{
    return guarded(ref, expected, values, ttl);
}

QFuture<PublishResult> ApiPublisher::remove(const RrsetRef &ref, const QStringList &expected)
{
    return guarded(ref, expected, {}, 0);
}

QFuture<std::optional<ApiFailure>> ApiPublisher::commit(const RrsetRef &)
{
    return QtFuture::makeReadyFuture(std::optional<ApiFailure>());
}

QFuture<PublishResult> ApiPublisher::guarded(const RrsetRef &ref,
                                             const QStringList &expected,
                                             const QStringList &values,
                                             quint32 ttl)
{
    auto promise = std::make_shared<QPromise<PublishResult>>();
    promise->start();
    QFuture<PublishResult> future = promise->future();
    Finish finish = [promise](const PublishResult &result) {
        promise->addResult(result);
        promise->finish();
    };
    onResult(
        readRecords(ref), this, [this, ref, expected, values, ttl, finish](const ApiRead &now) {
            if (auto refused = refusal(ref, currentOf(now), expected, values)) {
                if (now.failure) { // why it could not read: the API refused, or was not reached
                    refused->outcome = now.failure->outcome;
                    refused->code = now.failure->code;
                }
                return finish(*refused);
            }
            PublishResult result;
            result.before = currentOf(now).values;
            result.after = values;
            const QList<ApiChange> plan = planChanges(now.records, values, ttl);
            if (plan.isEmpty()) {
                result.outcome = PublishOutcome::Done;
                result.code = QStringLiteral("unchanged");
                result.detail
                    = Tr::tr("%1 already holds these values: nothing was sent.").arg(ref.owner);
                return finish(result);
            }
            applyFrom(ref, plan, 0, result, finish);
        });
    return future;
}

void ApiPublisher::applyFrom(const RrsetRef &ref,
                             const QList<ApiChange> &plan,
                             qsizetype next,
                             const PublishResult &result,
                             const Finish &finish)
{
    if (next == plan.size()) {
        return onResult(
            commit(ref), this, [result, finish](const std::optional<ApiFailure> &failure) {
                PublishResult done = result;
                done.outcome = PublishOutcome::Done;
                if (failure) {
                    done.code = failure->code;
                    done.detail = failure->detail;
                }
                finish(done);
            });
    }
    onResult(apply(ref, plan.at(next)),
             this,
             [this, ref, plan, next, result, finish](const std::optional<ApiFailure> &failure) {
                 if (!failure)
                     return applyFrom(ref, plan, next + 1, result, finish);
                 PublishResult failed = result;
                 failed.outcome = failure->outcome;
                 failed.code = failure->code;
                 failed.detail = failure->detail;
                 if (next > 0)
                     //: %1 why it failed; %2 how many changes were made, %3 of how many
                     failed.detail = Tr::tr("%1 %2 of %3 changes had already been made: read "
                                            "the records again before anything else.")
                                         .arg(failure->detail)
                                         .arg(next)
                                         .arg(plan.size());
                 finish(failed);
             });
}

} // namespace Sceau::Publish
