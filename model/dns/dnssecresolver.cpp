#include "model/dns/dnssecresolver.h"

#include "model/core/async.h"
#include "model/dns/chainvalidator.h"
#include "model/dns/tr.h"

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
    if (settings.trustAnchorFile.isEmpty())
        return;
    m_anchorFile = settings.trustAnchorFile;
    Result<TrustAnchors> anchors = loadTrustAnchors(settings.trustAnchorFile);
    if (anchors)
        m_chain = new ChainValidator(settings, std::move(*anchors), this);
    else
        m_anchorError = anchors.error().detail;
}

QFuture<DnssecLookup> DnssecResolver::lookup(const QString &name, RrType type)
{
    if (m_offline) {
        DnssecLookup offline;
        offline.lookup.name = name;
        offline.lookup.type = type;
        offline.lookup.status = LookupStatus::NetworkError;
        offline.lookup.detail = Tr::tr("offline: DNSSEC needs a live validating resolver");
        return QtFuture::makeReadyFuture(offline);
    }
    if (!m_anchorFile.isEmpty()) {
        if (m_chain) {
            return m_chain->lookup(name, type).then([file = m_anchorFile](DnssecLookup result) {
                result.trustAnchorFile = file;
                return result;
            });
        }
        DnssecLookup unusable;
        unusable.lookup.name = name;
        unusable.lookup.type = type;
        unusable.lookup.status = LookupStatus::NetworkError;
        unusable.lookup.detail = m_anchorError;
        unusable.method = DnssecMethod::TrustAnchor;
        unusable.trustAnchorFile = m_anchorFile;
        return QtFuture::makeReadyFuture(unusable);
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
