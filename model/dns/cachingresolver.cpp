#include "model/dns/cachingresolver.h"

#include "model/core/async.h"

#include <QFuture>

namespace Sceau::Dns {

CachingResolver::CachingResolver(Resolver *upstream, QObject *parent)
    : Resolver(parent)
    , m_upstream(upstream)
{
}

QFuture<LookupResult> CachingResolver::lookup(const QString &name, RrType type)
{
    const Key key{name.toLower(), quint16(type)};
    if (const auto cached = m_answers.constFind(key); cached != m_answers.constEnd())
        return QtFuture::makeReadyFuture(*cached);

    auto waiter = std::make_shared<QPromise<LookupResult>>();
    waiter->start();
    QFuture<LookupResult> future = waiter->future();
    auto &waiters = m_waiting[key];
    waiters.push_back(waiter);
    if (waiters.size() > 1 || !m_upstream)
        return future; // already on the wire (or no upstream: the future is canceled with us)

    ++m_upstreamLookups;
    onResult(m_upstream->lookup(key.first, type), this, [this, key](const LookupResult &result) {
        m_answers.insert(key, result);
        const std::vector<Waiter> waiting = m_waiting.take(key);
        for (const Waiter &promise : waiting) {
            promise->addResult(result);
            promise->finish();
        }
    });
    return future;
}

} // namespace Sceau::Dns
