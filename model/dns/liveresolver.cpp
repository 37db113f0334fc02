#include "model/dns/liveresolver.h"

#include "model/dns/cnamefollower.h"
#include "model/dns/queryexchange.h"

namespace Sceau::Dns {

LiveResolver::LiveResolver(ResolverConfig config, QObject *parent)
    : Resolver(parent)
    , m_config(std::move(config))
{
    if (m_config.servers.isEmpty())
        m_config.servers = systemNameServers();
    m_config.attempts = qMax(1, m_config.attempts);
    m_config.maxInFlight = qMax(1, m_config.maxInFlight);
    m_config.timeoutMs = qMax(1, m_config.timeoutMs);
}

LiveResolver::~LiveResolver() = default; // unfinished promises cancel their futures

QFuture<LookupResult> LiveResolver::lookup(const QString &name, RrType type)
{
    return Cname::follow(
        name.toLower(), type, [this](const QString &n, RrType t) { return ask(n, t); }, this);
}

QFuture<LookupResult> LiveResolver::ask(const QString &name, RrType type)
{
    Pending pending{name, type, QPromise<LookupResult>()};
    pending.promise.start();
    QFuture<LookupResult> future = pending.promise.future();
    if (m_inFlight < m_config.maxInFlight)
        start(std::move(pending));
    else
        m_waiting.push_back(std::move(pending));
    return future;
}

void LiveResolver::start(Pending pending)
{
    ++m_inFlight;
    auto *exchange = new QueryExchange(
        m_config, std::move(pending.name), pending.type, std::move(pending.promise), this);
    connect(exchange, &QueryExchange::finished, this, &LiveResolver::exchangeFinished);
    exchange->start();
}

void LiveResolver::exchangeFinished(QueryExchange *exchange)
{
    --m_inFlight;
    exchange->deleteLater();
    if (!m_waiting.empty()) {
        Pending next = std::move(m_waiting.front());
        m_waiting.pop_front();
        start(std::move(next));
    }
}

} // namespace Sceau::Dns
