#include "model/dns/cnamefollower.h"

#include "model/core/async.h"

#include <QPointer>
#include <QPromise>

#include <algorithm>
#include <memory>

namespace Sceau::Dns::Cname {

namespace {
constexpr int NxDomainRcode = 3; // RFC 1035 §4.1.1

// One follow() under way.
struct Chase
{
    QString name;
    RrType type = RrType::A;
    QStringList chain;      // the names reached, the asked name first
    LookupResult collected; // answer sections and flags of the answers so far
};

// A chase that has to wait for an answer (live DNS, a fallback): it keeps ask, the context
// and the promise of the caller's future.
struct Pending
{
    Chase chase;
    Ask ask;
    QPointer<QObject> context;
    QPromise<LookupResult> promise;
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
    if (all.answerSection.isEmpty())
        all.answerSection = answer.answerSection; // shared, not copied
    else
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
    const QList<ResourceRecord> &section = answer.answerSection;
    const auto isAsked = [&](const ResourceRecord &record) {
        return record.owner == asked && (record.type == chase.type || chase.type == RrType::ANY);
    };
    if (!section.isEmpty() && std::all_of(section.cbegin(), section.cend(), isAsked)) {
        result.records = section; // the common case, no CNAME: the section is the RRset
        result.status = LookupStatus::Answer;
        return {};
    }
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

enum class Progress { Settled, Canceled, Waiting };

// Goes on with the chase as long as its answers are there at once (zone files). Settled: the
// lookup is in result; Canceled: an answer was canceled; Waiting: answer is not there yet.
Progress run(Chase &chase, QFuture<LookupResult> &answer, const Ask &ask, LookupResult &result)
{
    while (answer.isFinished()) {
        if (answer.isCanceled() || answer.resultCount() == 0)
            return Progress::Canceled;
        const QString next = settle(chase, answer.result(), result);
        if (next.isEmpty())
            return Progress::Settled;
        answer = ask(next, chase.type);
    }
    return Progress::Waiting;
}

void wait(const std::shared_ptr<Pending> &pending, const QFuture<LookupResult> &answer)
{
    if (!pending->context)
        return; // the promise dies with the chase: the caller's future is canceled
    onResult(answer, pending->context.data(), [pending](const LookupResult &received) {
        QFuture<LookupResult> next = QtFuture::makeReadyFuture(received);
        LookupResult result;
        switch (run(pending->chase, next, pending->ask, result)) {
        case Progress::Settled:
            pending->promise.addResult(std::move(result));
            pending->promise.finish();
            return;
        case Progress::Canceled:
            return; // as above: canceled with the chase
        case Progress::Waiting:
            wait(pending, next);
            return;
        }
    });
}
} // namespace

QFuture<LookupResult> follow(const QString &name, RrType type, const Ask &ask, QObject *context)
{
    // Answers that are there at once (zone files) are taken here, without a promise, so a
    // follow through zone files alone finishes before follow() returns.
    Chase chase{name, type, {name}, {}};
    QFuture<LookupResult> answer = ask(name, type);
    LookupResult result;
    const Progress progress = run(chase, answer, ask, result);
    if (progress == Progress::Settled)
        return QtFuture::makeReadyFuture(std::move(result));
    auto pending = std::make_shared<Pending>();
    pending->chase = std::move(chase);
    pending->ask = ask;
    pending->context = context;
    pending->promise.start();
    QFuture<LookupResult> future = pending->promise.future();
    if (progress == Progress::Waiting)
        wait(pending, answer);
    return future; // Canceled: the promise dies unfinished with pending, the future is canceled
}

} // namespace Sceau::Dns::Cname
