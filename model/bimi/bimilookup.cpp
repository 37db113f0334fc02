#include "model/bimi/bimilookup.h"

#include "model/core/async.h"
#include "model/dns/resolver.h"

#include <QPointer>
#include <QPromise>

#include <memory>

namespace Sceau::Bimi {

namespace {
using State = BimiLookup::State;

struct Run
{
    QPromise<BimiLookup> promise;
    BimiLookup lookup;
    QObject *guard = new QObject;

    void finish()
    {
        promise.addResult(lookup);
        promise.finish();
        guard->deleteLater();
    }
};

QList<QByteArray> txtValues(const Dns::LookupResult &answer)
{
    QList<QByteArray> values;
    for (const Dns::ResourceRecord &record : answer.records)
        values << record.txtJoined();
    return values;
}

// Judges one answer; true when discovery is over (found, multiple, or a failure).
bool take(Run &run, const Dns::LookupResult &answer, bool orgDomain)
{
    run.lookup.lookups << answer;
    if (answer.failed()) {
        run.lookup.state = State::CouldNotCheck;
        run.lookup.name = answer.name;
        return true;
    }
    const auto selection = selectBimiRecord(txtValues(answer));
    if (selection.state == Transport::RecordState::Absent)
        return false;
    run.lookup.record = selection;
    run.lookup.name = answer.name;
    run.lookup.fromOrgDomain = orgDomain;
    run.lookup.state
        = selection.state == Transport::RecordState::Multiple ? State::Multiple : State::Found;
    return true;
}
} // namespace

QString bimiRecordName(const QString &selector, const QString &domain)
{
    return selector + QStringLiteral("._bimi.") + domain;
}

Transport::RecordSelection<BimiRecord> selectBimiRecord(const QList<QByteArray> &txtValues)
{
    return Transport::selectRecord<BimiRecord>(txtValues, isBimiCandidate, parseBimiRecord);
}

QFuture<BimiLookup> lookupBimiRecord(Dns::Resolver *resolver,
                                     const QString &authorDomain,
                                     const QString &orgDomain,
                                     const QString &selector)
{
    auto run = std::make_shared<Run>();
    run->promise.start();
    run->lookup.selector = selector;
    QFuture<BimiLookup> future = run->promise.future();
    const QString authorName = bimiRecordName(selector, authorDomain);
    const bool fallback
        = !orgDomain.isEmpty() && orgDomain.compare(authorDomain, Qt::CaseInsensitive) != 0;
    onResult(resolver->lookup(authorName, Dns::RrType::TXT),
             run->guard,
             [run,
              resolver = QPointer(resolver),
              fallback,
              orgName = bimiRecordName(selector, orgDomain)](const Dns::LookupResult &answer) {
                 if (take(*run, answer, false))
                     return run->finish();
                 run->lookup.state = State::None;
                 run->lookup.name = answer.name;
                 // The draft: with no record at the author domain, the organisational domain's.
                 if (!fallback || !resolver)
                     return run->finish();
                 onResult(resolver->lookup(orgName, Dns::RrType::TXT),
                          run->guard,
                          [run](const Dns::LookupResult &orgAnswer) {
                              if (!take(*run, orgAnswer, true)) {
                                  run->lookup.state = State::None;
                                  run->lookup.name = orgAnswer.name;
                              }
                              run->finish();
                          });
             });
    return future;
}

} // namespace Sceau::Bimi
