#include "model/dns/authoritativecheck.h"

#include "model/core/async.h"
#include "model/dns/tr.h"

#include <QPromise>

#include <memory>

using namespace Qt::StringLiterals;

namespace Sceau::Dns {

int AuthoritativeReport::failedCount() const
{
    int n = 0;
    for (const ServerAnswer &s : servers)
        n += s.result.failed() ? 1 : 0;
    return n;
}

struct AuthoritativeCheck::Run
{
    QPromise<AuthoritativeReport> promise;
    AuthoritativeReport report;
    struct Host
    {
        QString name;
        QList<NameServer> addresses;
        LookupResult firstFailure; // an address lookup that failed
        bool anyFailed = false;
    };
    QList<Host> hosts;
    int pending = 0;
};

namespace {
QString normalizedHost(QString host)
{
    host = host.toLower();
    if (host.endsWith(u'.'))
        host.chop(1);
    return host;
}

// The name without its first label; empty past the root.
QString parentName(const QString &name)
{
    const qsizetype dot = name.indexOf(u'.');
    return dot < 0 ? QString() : name.mid(dot + 1);
}
} // namespace

AuthoritativeCheck::AuthoritativeCheck(Resolver *resolver,
                                       quint16 port,
                                       ResolverConfig serverConfig,
                                       QObject *parent)
    : QObject(parent)
    , m_resolver(resolver)
    , m_port(port)
    , m_serverConfig(std::move(serverConfig))
{
    m_serverConfig.query.recursionDesired = false; // ask the server itself (RFC 1035 §4.1.1)
}

QFuture<AuthoritativeReport> AuthoritativeCheck::check(const QString &name, RrType type)
{
    auto run = std::make_shared<Run>();
    run->promise.start();
    run->report.name = normalizedHost(name);
    run->report.type = type;
    QFuture<AuthoritativeReport> future = run->promise.future();
    findZone(run, run->report.name);
    return future;
}

void AuthoritativeCheck::findZone(std::shared_ptr<Run> run, const QString &candidate)
{
    if (!m_resolver) {
        run->report.nsLookup.name = candidate;
        run->report.nsLookup.type = RrType::NS;
        run->report.nsLookup.status = LookupStatus::NetworkError;
        run->promise.addResult(run->report);
        run->promise.finish();
        return;
    }
    onResult(m_resolver->lookup(candidate, RrType::NS),
             this,
             [this, run, candidate](const LookupResult &r) {
                 run->report.nsLookup = r;
                 if (r.failed() || (r.status == LookupStatus::Answer && r.records.isEmpty())) {
                     run->promise.addResult(run->report); // could not find the zone: say so
                     run->promise.finish();
                     return;
                 }
                 // An NS RRset owned by the name itself marks the apex (a CNAME answer does not).
                 QList<QString> hosts;
                 for (const ResourceRecord &record : r.records) {
                     if (record.type == RrType::NS && record.owner == candidate
                         && !record.rdata.isEmpty())
                         hosts << normalizedHost(record.rdata.first());
                 }
                 if (hosts.isEmpty()) {
                     const QString parent = parentName(candidate);
                     if (parent.isEmpty()) {
                         run->promise.addResult(run->report);
                         run->promise.finish();
                         return;
                     }
                     findZone(run, parent);
                     return;
                 }
                 std::sort(hosts.begin(), hosts.end());
                 hosts.erase(std::unique(hosts.begin(), hosts.end()), hosts.end());
                 run->report.zone = candidate;
                 resolveHosts(run, hosts);
             });
}

void AuthoritativeCheck::resolveHosts(std::shared_ptr<Run> run, const QList<QString> &hosts)
{
    if (!m_resolver) { // gone meanwhile: no server could be asked
        run->promise.addResult(run->report);
        run->promise.finish();
        return;
    }
    run->pending = int(hosts.size()) * 2;
    for (const QString &host : hosts)
        run->hosts.append({host, {}, {}, false});
    for (qsizetype i = 0; i < hosts.size(); ++i) {
        for (RrType type : {RrType::A, RrType::AAAA}) {
            onResult(
                m_resolver->lookup(hosts[i], type), this, [this, run, i](const LookupResult &r) {
                    Run::Host &host = run->hosts[i];
                    if (r.failed() && !host.anyFailed) {
                        host.anyFailed = true;
                        host.firstFailure = r;
                    }
                    for (const ResourceRecord &record : r.records) {
                        if ((record.type == RrType::A || record.type == RrType::AAAA)
                            && !record.rdata.isEmpty())
                            host.addresses
                                << NameServer{QHostAddress(record.rdata.first()), m_port};
                    }
                    if (--run->pending > 0)
                        return;
                    // Every address known: one entry per (host, address), one failed entry per host
                    // without any.
                    for (const Run::Host &h : std::as_const(run->hosts)) {
                        if (h.addresses.isEmpty()) {
                            ServerAnswer answer{h.name, std::nullopt, h.firstFailure};
                            answer.result.name = run->report.name;
                            answer.result.type = run->report.type;
                            if (!h.anyFailed) {
                                answer.result.status = LookupStatus::NetworkError;
                                //: %1 a nameserver's host name
                                answer.result.detail = Tr::tr("%1 has no address").arg(h.name);
                            }
                            run->report.servers << answer;
                            continue;
                        }
                        for (const NameServer &address : h.addresses)
                            run->report.servers << ServerAnswer{h.name, address, {}};
                    }
                    run->pending = 0;
                    for (qsizetype s = 0; s < run->report.servers.size(); ++s) {
                        if (run->report.servers[s].address)
                            ++run->pending;
                    }
                    if (run->pending == 0) {
                        run->promise.addResult(run->report);
                        run->promise.finish();
                        return;
                    }
                    for (qsizetype s = 0; s < run->report.servers.size(); ++s) {
                        if (run->report.servers[s].address)
                            askServer(run, s);
                    }
                });
        }
    }
}

void AuthoritativeCheck::askServer(std::shared_ptr<Run> run, qsizetype index)
{
    ResolverConfig config = m_serverConfig;
    config.servers = {*run->report.servers[index].address};
    auto *resolver = new LiveResolver(config, this);
    onResult(resolver->lookup(run->report.name, run->report.type),
             this,
             [run, index, resolver](const LookupResult &r) {
                 resolver->deleteLater();
                 run->report.servers[index].result = r;
                 if (--run->pending > 0)
                     return;
                 run->promise.addResult(run->report);
                 run->promise.finish();
             });
}

} // namespace Sceau::Dns
