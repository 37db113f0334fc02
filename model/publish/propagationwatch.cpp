#include "model/publish/propagationwatch.h"

#include "model/core/async.h"
#include "model/dns/authoritativecheck.h"
#include "model/publish/recordvalue.h"
#include "model/publish/tr.h"

namespace Sceau::Publish {

int PropagationStatus::serving() const
{
    int n = 0;
    for (const ServerPropagation &server : servers)
        n += server.state == ServerPropagation::State::Serving ? 1 : 0;
    return n;
}

PropagationWatch::PropagationWatch(Dns::AuthoritativeCheck *check, QObject *parent)
    : QObject(parent)
    , m_check(check)
{
    m_next.setSingleShot(true);
    connect(&m_next, &QTimer::timeout, this, &PropagationWatch::round);
}

void PropagationWatch::start(const QString &name,
                             Dns::RrType type,
                             const QStringList &expected,
                             int timeoutMs,
                             int intervalMs)
{
    ++m_generation;
    m_status = {};
    m_status.name = name;
    m_status.type = type;
    m_status.expected = expected;
    m_timeoutMs = timeoutMs;
    m_next.setInterval(intervalMs);
    m_elapsed.start();
    m_running = true;
    round();
}

void PropagationWatch::cancel()
{
    if (m_running)
        stop();
}

void PropagationWatch::stop()
{
    m_next.stop();
    ++m_generation;
    m_running = false;
    emit finished(m_status, m_status.complete());
}

void PropagationWatch::round()
{
    if (!m_check) {
        m_status.failure = Tr::tr("the resolver was replaced during the watch");
        return stop();
    }
    const int generation = m_generation;
    onResult(m_check->check(m_status.name, m_status.type),
             this,
             [this, generation](const Dns::AuthoritativeReport &rrsets) {
                 if (generation != m_generation)
                     return;
                 if (!rrsets.complete() || !m_check)
                     return judge(rrsets, {});
                 onResult(m_check->check(rrsets.zone, Dns::RrType::SOA),
                          this,
                          [this, generation, rrsets](const Dns::AuthoritativeReport &soas) {
                              if (generation == m_generation)
                                  judge(rrsets, soas);
                          });
             });
}

void PropagationWatch::judge(const Dns::AuthoritativeReport &rrsets,
                             const Dns::AuthoritativeReport &soas)
{
    ++m_status.round;
    m_status.zone = rrsets.zone;
    m_status.servers.clear();
    m_status.failure.reset();
    if (!rrsets.complete())
        m_status.failure
            = rrsets.nsLookup.failed()
                  ? rrsets.nsLookup.detail
                  //: %1 a domain name
                  : Tr::tr("no authoritative nameserver was found for %1").arg(m_status.name);
    for (const Dns::ServerAnswer &answer : rrsets.servers) {
        ServerPropagation server;
        server.host = answer.host;
        if (answer.address)
            server.address = answer.address->toString();
        if (answer.result.failed()) {
            server.detail = answer.result.detail;
        } else {
            for (const Dns::ResourceRecord &record : answer.result.records)
                server.values << canonicalValue(record);
            server.state = sameRrset(server.values, m_status.expected)
                               ? ServerPropagation::State::Serving
                               : ServerPropagation::State::Other;
        }
        for (const Dns::ServerAnswer &soa : soas.servers) {
            if (soa.host == answer.host && soa.address == answer.address && !soa.result.failed()
                && !soa.result.records.isEmpty() && soa.result.records.first().rdata.size() >= 3)
                server.serial = soa.result.records.first().rdata.at(2).toUInt(); // RFC 1035 §3.3.13
        }
        m_status.servers << server;
    }
    emit progressed(m_status);
    if (m_status.complete() || m_elapsed.elapsed() >= m_timeoutMs)
        return stop();
    m_next.start();
}

} // namespace Sceau::Publish
