#include "faultydnsserver.h"

#include <QNetworkDatagram>

namespace Sceau::Test {

FaultyDnsServer::FaultyDnsServer(Fault fault, QObject *parent)
    : QObject(parent)
    , m_fault(fault)
{
    m_socket.bind(QHostAddress::LocalHost, 0);
    connect(&m_socket, &QUdpSocket::readyRead, this, &FaultyDnsServer::answer);
}

Dns::NameServer FaultyDnsServer::address() const
{
    return {QHostAddress(QHostAddress::LocalHost), m_socket.localPort()};
}

void FaultyDnsServer::answer()
{
    while (m_socket.hasPendingDatagrams()) {
        const QNetworkDatagram query = m_socket.receiveDatagram();
        ++m_received;
        QByteArray reply = query.data();
        if (reply.size() < 12)
            continue;
        switch (m_fault) {
        case Fault::Silent:
            continue;
        case Fault::Garbage:
            reply = reply.left(2)
                    + QByteArray("\x81\x80\x00\x01\x00\x05", 6); // claims 5 answers, has none
            break;
        case Fault::ServFail:
        case Fault::Refused:
            // RFC 1035 §4.1.1: QR=1, keep opcode and RD, RA=1, RCODE; no records.
            reply[2] = char(0x80 | (reply[2] & 0x79));
            reply[3] = char(0x80 | (m_fault == Fault::ServFail ? 2 : 5));
            reply[6] = reply[7] = reply[8] = reply[9] = reply[10] = reply[11] = 0;
            // keep only the question: header + QNAME + QTYPE + QCLASS (drop any OPT record)
            {
                int end = 12;
                while (end < reply.size() && reply[end] != 0)
                    end += 1 + quint8(reply[end]);
                reply.truncate(end + 5);
            }
            break;
        }
        m_socket.writeDatagram(query.makeReply(reply));
    }
}

} // namespace Sceau::Test
