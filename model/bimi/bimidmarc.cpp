#include "model/bimi/bimidmarc.h"

#include "model/core/async.h"

#include <QPromise>

#include <memory>

namespace Sceau::Bimi {

DmarcState dmarcStateAt(const Dmarc::Discovery &discovery, const QString &name)
{
    DmarcState state;
    for (const Dmarc::WalkStep &step : discovery.steps) {
        if (step.domain.compare(name, Qt::CaseInsensitive) != 0)
            continue;
        if (step.lookup.failed())
            return state; // CouldNotCheck
        if (!step.hasPolicy()) {
            state.lookup = DmarcState::Lookup::None;
            return state;
        }
        state.lookup = DmarcState::Lookup::Found;
        state.policy = step.record->effective;
        for (const Dmarc::Tag &tag : step.record->tags) {
            bool ok = false;
            const int percent = tag.value.trimmed().toInt(&ok);
            if (tag.name.compare(QStringLiteral("pct"), Qt::CaseInsensitive) == 0 && ok)
                state.legacyPercent = percent; // RFC 7489 §6.3; removed by RFC 9989
        }
        return state;
    }
    return state; // not asked: unknown
}

QFuture<BimiCheckRequest> withDmarcDiscovery(Dns::Resolver *resolver, BimiCheckRequest request)
{
    auto promise = std::make_shared<QPromise<BimiCheckRequest>>();
    promise->start();
    QFuture<BimiCheckRequest> future = promise->future();
    auto *guard = new QObject;
    auto finish = [promise, guard](const BimiCheckRequest &done) {
        promise->addResult(done);
        promise->finish();
        guard->deleteLater();
    };
    onResult(Dmarc::discover(resolver, request.domain),
             guard,
             [resolver, request, guard, finish](const Dmarc::Discovery &discovery) mutable {
                 if (request.orgDomain.isEmpty())
                     request.orgDomain = discovery.orgDomain;
                 request.authorDmarc = dmarcStateAt(discovery, request.domain);
                 const QString org
                     = request.orgDomain.isEmpty() ? request.domain : request.orgDomain;
                 request.orgDmarc = dmarcStateAt(discovery, org);
                 if (request.orgDmarc.lookup != DmarcState::Lookup::CouldNotCheck
                     || discovery.steps.isEmpty())
                     return finish(request);
                 // The walk stopped above the org domain (a record found lower): ask the org's
                 // own record with a walk of its own (its first step is _dmarc.<org>).
                 onResult(Dmarc::discover(resolver, org),
                          guard,
                          [request, org, finish](const Dmarc::Discovery &own) mutable {
                              request.orgDmarc = dmarcStateAt(own, org);
                              finish(request);
                          });
             });
    return future;
}

QFuture<BimiCheck> checkBimiWithDmarc(Dns::Resolver *resolver,
                                      const BimiCheckRequest &request,
                                      const Transport::TransportSettings &settings)
{
    auto promise = std::make_shared<QPromise<BimiCheck>>();
    promise->start();
    QFuture<BimiCheck> future = promise->future();
    auto *guard = new QObject;
    onResult(withDmarcDiscovery(resolver, request),
             guard,
             [resolver, settings, promise, guard](const BimiCheckRequest &full) {
                 onResult(checkBimi(resolver, full, settings),
                          guard,
                          [promise, guard](const BimiCheck &check) {
                              promise->addResult(check);
                              promise->finish();
                              guard->deleteLater();
                          });
             });
    return future;
}

} // namespace Sceau::Bimi
