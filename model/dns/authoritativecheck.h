#pragma once

#include "model/dns/liveresolver.h"
#include "model/dns/lookupresult.h"
#include "model/dns/nameserver.h"

#include <QFuture>
#include <QObject>
#include <QPointer>

#include <optional>

namespace Sceau {
namespace Dns {

// What one authoritative nameserver answered for the name.
struct ServerAnswer
{
    QString host;                      // the NS target, normalized ("ns1.example.com")
    std::optional<NameServer> address; // empty when the host's address could not be found
    LookupResult result;               // failed() when the server (or its address) could not be
                                       // reached: never an absent record
};

struct AuthoritativeReport
{
    QString name; // the name checked
    RrType type = RrType::TXT;
    QString zone;          // the zone apex whose NS set was used; empty when none was found
    LookupResult nsLookup; // the NS lookup that found (or failed to find) the zone
    QList<ServerAnswer> servers;

    bool complete() const { return !zone.isEmpty() && !servers.isEmpty(); }
    int failedCount() const; // servers that could not be asked
    // Servers whose answer satisfies pred (e.g. "serves this key").
    template<typename Pred> int countMatching(Pred pred) const
    {
        int n = 0;
        for (const ServerAnswer &s : servers)
            n += !s.result.failed() && pred(s.result) ? 1 : 0;
        return n;
    }
};

// Asks every authoritative nameserver of a name's zone for one RRset, directly and without
// recursion (RD=0, RFC 1035 §4.1.1), so a caller can tell "published on 2 of 3 servers":
//  1. the zone: walks up from the name asking resolver for NS until an NS RRset answers
//     (RFC 1034 §4.2.1, the NS RRset at the apex);
//  2. each NS host's addresses: A and AAAA through resolver;
//  3. each address, on port (53 by default; tests pass the fixture's port): the RRset.
// Asynchronous on the event loop (one LiveResolver per address); the future finishes on this
// object's thread and is never canceled while this object lives.
class AuthoritativeCheck final : public QObject
{
    Q_OBJECT
public:
    // serverConfig: timeouts and attempts for the direct queries; its servers are replaced and
    // recursion is never desired.
    explicit AuthoritativeCheck(Resolver *resolver,
                                quint16 port = 53,
                                ResolverConfig serverConfig = {},
                                QObject *parent = nullptr);

    QFuture<AuthoritativeReport> check(const QString &name, RrType type = RrType::TXT);

private:
    struct Run;
    void findZone(std::shared_ptr<Run> run, const QString &candidate);
    void resolveHosts(std::shared_ptr<Run> run, const QList<QString> &hosts);
    void askServer(std::shared_ptr<Run> run, qsizetype index);

    QPointer<Resolver> m_resolver; // a resolver gone meanwhile fails the walk, never crashes
    quint16 m_port;
    ResolverConfig m_serverConfig;
};

} // namespace Dns
} // namespace Sceau
