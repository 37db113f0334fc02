#pragma once

#include "model/dns/nameserver.h"
#include "model/dns/rrtype.h"

#include <QHash>
#include <QObject>
#include <QUdpSocket>

namespace Sceau {
namespace Test {

// A real UDP nameserver on 127.0.0.1 that forwards every query to an upstream server (the test
// Knot by default) and relays its answer back, counting the questions that reached it per
// (name, type): what a cache or an audit really sent to the network, seen from outside.
// UDP only: an answer truncated by the upstream reaches the client with TC set, and the
// client's TCP retry to this address is refused (no test zone answer is that large).
class CountingDnsRelay : public QObject
{
    Q_OBJECT
public:
    explicit CountingDnsRelay(QObject *parent = nullptr); // upstream: knotServer()
    CountingDnsRelay(const Dns::NameServer &upstream, QObject *parent = nullptr);

    Dns::NameServer address() const;

    // Questions of type are no longer forwarded: answered SERVFAIL, or never answered (the
    // client times out). A lookup path's failure test, the other questions answered normally.
    enum class Fault { ServFail, Silent, Refused };
    void fail(Dns::RrType type, Fault fault) { m_faults.insert(quint16(type), fault); }
    // Only questions for name (lower case, no trailing dot) and type fail so: a failure in the
    // middle of a walk, the questions before and after it answered normally.
    void fail(const QString &name, Dns::RrType type, Fault fault)
    {
        m_nameFaults.insert({name, quint16(type)}, fault);
    }

    // Queries received for name (case-insensitive, no trailing dot) and type; and in all.
    int queries(const QString &name, Dns::RrType type) const;
    int total() const { return m_total; }

private:
    struct Client
    {
        QHostAddress address;
        quint16 port = 0;
        QByteArray id;
    };
    void forward();
    void relayBack();

    Dns::NameServer m_upstream;
    QUdpSocket m_front; // clients' side
    QUdpSocket m_back;  // upstream's side
    QHash<quint16, Client> m_clients;
    QHash<std::pair<QString, quint16>, int> m_counts;
    QHash<quint16, Fault> m_faults;
    QHash<std::pair<QString, quint16>, Fault> m_nameFaults;
    quint16 m_nextId = 0;
    int m_total = 0;
};

} // namespace Test
} // namespace Sceau
