#pragma once

#include "model/dns/nameserver.h"

#include <QObject>
#include <QUdpSocket>

namespace Sceau {
namespace Test {

// A real UDP nameserver on 127.0.0.1 for faults a real server will not produce on demand
// (DESIGN.md §7): it answers every question with the chosen fault.
class FaultyDnsServer : public QObject
{
    Q_OBJECT
public:
    enum class Fault {
        ServFail, // rcode 2, question echoed
        Refused,  // rcode 5
        Silent,   // reads and never answers: the client must time out
        Garbage,  // the query's ID followed by bytes that are not a DNS message
    };
    explicit FaultyDnsServer(Fault fault, QObject *parent = nullptr);

    Dns::NameServer address() const;
    int queriesReceived() const { return m_received; }

private:
    void answer();

    Fault m_fault;
    QUdpSocket m_socket;
    int m_received = 0;
};

} // namespace Test
} // namespace Sceau
