#include "model/dns/dnssecresolver.h"

#include "model/core/async.h"

#include <QPromise>

#include <memory>

namespace Sceau::Dns {

DnssecStatus dnssecStatusOf(const LookupResult &validated, const LookupResult *unchecked)
{
    if (validated.status == LookupStatus::ServerFailure)
        return unchecked && !unchecked->failed() ? DnssecStatus::Bogus
                                                 : DnssecStatus::CouldNotCheck;
    if (validated.failed())
        return DnssecStatus::CouldNotCheck;
    return validated.authenticated ? DnssecStatus::Secure : DnssecStatus::Insecure;
}

namespace {
ResolverConfig configFor(const ResolverSettings &settings, bool checkingDisabled)
{
    ResolverConfig config;
    config.servers = settings.servers;
    config.timeoutMs = settings.timeoutMs;
    config.query.dnssecOk = true;
    config.query.checkingDisabled = checkingDisabled;
    return config;
}
} // namespace

DnssecResolver::DnssecResolver(const ResolverSettings &settings, QObject *parent)
    : QObject(parent)
    , m_validated(new LiveResolver(configFor(settings, false), this))
    , m_unchecked(new LiveResolver(configFor(settings, true), this))
    , m_offline(settings.offline)
{
}

QFuture<DnssecLookup> DnssecResolver::lookup(const QString &name, RrType type)
{
    if (m_offline) {
        DnssecLookup offline;
        offline.lookup.name = name;
        offline.lookup.type = type;
        offline.lookup.status = LookupStatus::NetworkError;
        offline.lookup.detail = QStringLiteral("offline: DNSSEC needs a live validating resolver");
        return QtFuture::makeReadyFuture(offline);
    }
    auto promise = std::make_shared<QPromise<DnssecLookup>>();
    promise->start();
    QFuture<DnssecLookup> future = promise->future();
    onResult(
        m_validated->lookup(name, type),
        this,
        [this, promise, name, type](const LookupResult &validated) {
            if (validated.status != LookupStatus::ServerFailure) {
                promise->addResult(DnssecLookup{validated, {}, dnssecStatusOf(validated, nullptr)});
                promise->finish();
                return;
            }
            onResult(m_unchecked->lookup(name, type),
                     this,
                     [promise, validated](const LookupResult &unchecked) {
                         promise->addResult(DnssecLookup{
                             validated, unchecked, dnssecStatusOf(validated, &unchecked)});
                         promise->finish();
                     });
        });
    return future;
}

} // namespace Sceau::Dns
