#pragma once

#include "model/dns/message.h"
#include "model/dns/nameserver.h"
#include "model/dns/resolver.h"

#include <QPromise>

#include <deque>
#include <memory>
#include <unordered_set>

namespace Sceau {
namespace Dns {

struct ResolverConfig
{
    QList<NameServer> servers; // empty: the system resolver (systemNameServers())
    int timeoutMs = 2000;      // per attempt
    int attempts = 2;          // tries in all, rotating through the servers
    // Queries on the wire at once; the rest wait in order. A bulk check needs about 60 per
    // domain, so at 50 ms a query 256 would cap it near 85 domains/s; the sockets stay few
    // (UdpChannel::MaxQueries queries share one).
    int maxInFlight = 1024;
    QueryOptions query;
};

class QueryExchange;
class UdpChannels;

// The live source: queries built and parsed with ldns, carried over Qt sockets on the event
// loop (UDP; TC → TCP, RFC 7766 §5), a timeout and retry per attempt, a cap on queries in
// flight. No thread per query; queries in flight to a server at the same time share a UDP
// socket, at most UdpChannel::MaxQueries per socket (udpchannel.h). CNAMEs are followed by
// Cname::follow(): a target the answer does not carry is asked anew of the same servers.
// LookupResult::authoritySection is filled only when config.query.dnssecOk is set (the DNSSEC
// denials that need it); otherwise it stays empty.
class LiveResolver final : public Resolver
{
    Q_OBJECT
public:
    explicit LiveResolver(ResolverConfig config, QObject *parent = nullptr);
    ~LiveResolver() override;

    QFuture<LookupResult> lookup(const QString &name, RrType type) override;

    const ResolverConfig &config() const { return m_config; }
    int inFlight() const { return m_inFlight; }

private:
    QFuture<LookupResult> ask(const QString &name, RrType type); // one question, no CNAME chase
    struct Pending
    {
        QString name;
        RrType type;
        QPromise<LookupResult> promise;
    };
    void start(Pending pending);
    void exchangeFinished(QueryExchange *exchange);

    ResolverConfig m_config;
    std::unique_ptr<UdpChannels> m_channels;
    std::unordered_set<QueryExchange *> m_exchanges; // in flight or finished, owned here
    std::deque<Pending> m_waiting;
    int m_inFlight = 0;
};

} // namespace Dns
} // namespace Sceau
