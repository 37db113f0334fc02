#pragma once

#include "model/dns/message.h"
#include "model/dns/nameserver.h"
#include "model/dns/resolver.h"

#include <QPromise>

#include <deque>

namespace Sceau {
namespace Dns {

struct ResolverConfig
{
    QList<NameServer> servers; // empty: the system resolver (systemNameServers())
    int timeoutMs = 2000;      // per attempt
    int attempts = 2;          // tries in all, rotating through the servers
    int maxInFlight = 256;     // queries on the wire at once; the rest wait in order
    QueryOptions query;
};

class QueryExchange;

// The live source: queries built and parsed with ldns, carried over Qt sockets on the event
// loop (UDP; TC → TCP, RFC 7766 §5), a timeout and retry per attempt, a cap on queries in
// flight. No thread per query. CNAMEs are followed by Cname::follow(): a target the answer
// does not carry is asked anew of the same servers.
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
    std::deque<Pending> m_waiting;
    int m_inFlight = 0;
};

} // namespace Dns
} // namespace Sceau
