#include "model/dns/liveresolver.h"

#include "model/dns/cnamefollower.h"
#include "model/dns/queryexchange.h"
#include "model/dns/udpchannel.h"

namespace Sceau::Dns {

LiveResolver::LiveResolver(ResolverConfig config, QObject *parent)
    : Resolver(parent)
    , m_config(std::move(config))
    , m_channels(std::make_unique<UdpChannels>(this))
{
    if (m_config.servers.isEmpty())
        m_config.servers = systemNameServers();
    m_config.attempts = qMax(1, m_config.attempts);
    m_config.maxInFlight = qMax(1, m_config.maxInFlight);
    m_config.timeoutMs = qMax(1, m_config.timeoutMs);
}

LiveResolver::~LiveResolver()
{
    // Before the channels (children of this resolver) go: each exchange leaves its channel.
    // Unfinished promises cancel their futures; finished exchanges wait here for deletion.
    for (QueryExchange *exchange : m_exchanges)
        delete exchange;
}

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
    // Not a child of this resolver: with hundreds in flight, QObject's child list would make
    // each removal linear. m_exchanges owns them.
    auto *exchange = new QueryExchange(
        m_config, *m_channels, std::move(pending.name), pending.type, std::move(pending.promise));
    m_exchanges.insert(exchange);
    connect(exchange, &QueryExchange::finished, this, &LiveResolver::exchangeFinished);
    exchange->start();
}

void LiveResolver::exchangeFinished(QueryExchange *exchange)
{
    --m_inFlight;
    // Deleted from the event loop: it may be inside one of its sockets' signals. Until then
    // m_exchanges keeps it, so this resolver's destructor deletes it if it goes first.
    QMetaObject::invokeMethod(
        this,
        [this, exchange] {
            m_exchanges.erase(exchange);
            delete exchange;
        },
        Qt::QueuedConnection);
    if (!m_waiting.empty()) {
        Pending next = std::move(m_waiting.front());
        m_waiting.pop_front();
        start(std::move(next));
    }
}

} // namespace Sceau::Dns
