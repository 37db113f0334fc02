#include "model/publish/primaryserver.h"

#include "model/core/async.h"
#include "model/dns/resolver.h"
#include "model/publish/tr.h"

#include <QPromise>

#include <memory>

namespace Sceau::Publish {

namespace {
using R = Result<Dns::NameServer>;
using Promise = std::shared_ptr<QPromise<R>>;

void finish(const Promise &promise, const R &result)
{
    promise->addResult(result);
    promise->finish();
}

// host's address: A first, then AAAA.
void resolveHost(Dns::Resolver *resolver,
                 const QString &host,
                 quint16 port,
                 QObject *context,
                 const Promise &promise,
                 Dns::RrType type = Dns::RrType::A)
{
    onResult(resolver->lookup(host, type), context, [=](const Dns::LookupResult &lookup) {
        if (lookup.failed())
            return finish(promise, lookup.error());
        for (const Dns::ResourceRecord &record : lookup.records) {
            const QHostAddress address(record.rdata.value(0));
            if (!address.isNull())
                return finish(promise, Dns::NameServer{address, port});
        }
        if (type == Dns::RrType::A)
            return resolveHost(resolver, host, port, context, promise, Dns::RrType::AAAA);
        //: %1 a host name
        finish(
            promise,
            Error{ErrorCode::NotFound, Tr::tr("the primary server %1 has no address").arg(host)});
    });
}
} // namespace

QFuture<Result<Dns::NameServer>> findPrimary(Dns::Resolver *resolver,
                                             const QString &zone,
                                             const QString &host,
                                             quint16 port,
                                             QObject *context)
{
    auto promise = std::make_shared<QPromise<R>>();
    promise->start();
    QFuture<R> future = promise->future();
    if (!host.isEmpty()) {
        const QHostAddress address(host);
        if (!address.isNull())
            finish(promise, Dns::NameServer{address, port});
        else
            resolveHost(resolver, host, port, context, promise);
        return future;
    }
    onResult(resolver->lookup(zone, Dns::RrType::SOA), context, [=](const Dns::LookupResult &soa) {
        if (soa.failed())
            return finish(promise, soa.error());
        if (soa.records.isEmpty() || soa.records.first().rdata.isEmpty())
            //: %1 a zone
            return finish(promise,
                          Error{ErrorCode::NotFound,
                                Tr::tr("%1 has no SOA record: it is not a zone").arg(zone)});
        QString mname = soa.records.first().rdata.first(); // RFC 1035 §3.3.13
        if (mname.endsWith(u'.'))
            mname.chop(1);
        resolveHost(resolver, mname.toLower(), port, context, promise);
    });
    return future;
}

} // namespace Sceau::Publish
