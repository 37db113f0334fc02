#include "model/dns/cnamefollower.h"

#include "model/core/async.h"

#include <QPointer>
#include <QPromise>

#include <memory>

namespace Sceau::Dns::Cname {

namespace {
constexpr int NxDomainRcode = 3; // RFC 1035 §4.1.1

// One follow() under way.
struct Chase
{
    QString name;
    RrType type = RrType::A;
    Ask ask;
    QPointer<QObject> context;
    QPromise<LookupResult> promise;
    QStringList chain;      // the names reached, the asked name first
    LookupResult collected; // answer sections and flags of the answers so far
};

QString targetOf(const ResourceRecord &cname)
{
    QString target = cname.rdata.value(0).toLower();
    if (target.endsWith(u'.'))
        target.chop(1);
    return target;
}

// Takes the answer for chase.chain.last() into the result. Returns the name still to be asked
// (the chain left this answer at a target it does not carry), or an empty string when the
// lookup is settled in result.
QString settle(Chase &chase, const LookupResult &answer, LookupResult &result)
{
    LookupResult &all = chase.collected;
    all.answerSection << answer.answerSection;
    all.authenticated = (chase.chain.size() == 1 || all.authenticated) && answer.authenticated;
    all.viaTcp = all.viaTcp || answer.viaTcp;
    all.elapsedMs += answer.elapsedMs;

    result = answer;
    result.name = chase.name;
    result.type = chase.type;
    result.records.clear();
    result.answerSection = all.answerSection;
    result.authenticated = all.authenticated;
    result.viaTcp = all.viaTcp;
    result.elapsedMs = all.elapsedMs;
    if (answer.failed()) {
        if (chase.chain.size() > 1)
            result.detail
                = QStringLiteral("%1 (CNAME target %2)").arg(answer.detail, chase.chain.last());
        return {};
    }

    const QString asked = chase.chain.last();
    QString current = asked;
    for (;;) {
        const ResourceRecord *cname = nullptr;
        for (const ResourceRecord &record : answer.answerSection) {
            if (record.owner != current)
                continue;
            if (record.type == chase.type || chase.type == RrType::ANY)
                result.records << record;
            else if (record.type == RrType::CNAME && !cname)
                cname = &record; // RFC 2181 §10.1: an alias has one CNAME and nothing else
        }
        if (!result.records.isEmpty()) {
            result.status = LookupStatus::Answer;
            return {};
        }
        if (!cname) {
            if (answer.rcode == NxDomainRcode)
                result.status = LookupStatus::NxDomain;
            else if (current != asked)
                return current; // the answer stops at the alias: ask for the target itself
            else
                result.status = LookupStatus::NoData;
            return {};
        }
        const QString target = targetOf(*cname);
        if (chase.chain.contains(target)) {
            result.status = LookupStatus::CnameLoop;
            result.detail = (chase.chain + QStringList{target}).join(QStringLiteral(" → "));
            return {};
        }
        chase.chain << target;
        if (chase.chain.size() - 1 > MaxHops) {
            result.status = LookupStatus::CnameChainTooLong;
            result.detail
                = QStringLiteral("more than %1 CNAMEs: %2 → …").arg(MaxHops).arg(chase.name);
            return {};
        }
        current = target;
    }
}

void step(std::shared_ptr<Chase> chase, QFuture<LookupResult> answer)
{
    // Answers that are there at once (zone files) are taken in this loop, so a follow through
    // zone files alone finishes before follow() returns.
    while (answer.isFinished()) {
        if (answer.isCanceled() || answer.resultCount() == 0)
            return; // the promise dies with the chase: the caller's future is canceled
        LookupResult result;
        const QString next = settle(*chase, answer.result(), result);
        if (next.isEmpty()) {
            chase->promise.addResult(std::move(result));
            chase->promise.finish();
            return;
        }
        answer = chase->ask(next, chase->type);
    }
    if (!chase->context)
        return;
    onResult(answer, chase->context.data(), [chase](const LookupResult &result) {
        step(chase, QtFuture::makeReadyFuture(result));
    });
}
} // namespace

QFuture<LookupResult> follow(const QString &name, RrType type, const Ask &ask, QObject *context)
{
    auto chase = std::make_shared<Chase>();
    chase->name = name;
    chase->type = type;
    chase->ask = ask;
    chase->context = context;
    chase->chain << name;
    chase->promise.start();
    QFuture<LookupResult> future = chase->promise.future();
    step(chase, ask(name, type));
    return future;
}

} // namespace Sceau::Dns::Cname
