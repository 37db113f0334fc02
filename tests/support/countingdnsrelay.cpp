#include "countingdnsrelay.h"

#include "testenv.h"

#include <QNetworkDatagram>

#include <optional>

namespace Sceau::Test {

namespace {
// The question of a query (RFC 1035 §4.1.2): QNAME as lower-case dotted text, QTYPE.
// Queries carry no compression pointers; a malformed one gives an empty name.
std::pair<QString, quint16> question(const QByteArray &message)
{
    QStringList labels;
    qsizetype at = 12;
    while (at < message.size() && message[at] != 0) {
        const int length = quint8(message[at]);
        if (length > 63 || at + 1 + length >= message.size())
            return {};
        labels << QString::fromLatin1(message.mid(at + 1, length)).toLower();
        at += 1 + length;
    }
    if (at + 3 > message.size())
        return {};
    return {labels.join(u'.'), quint16((quint8(message[at + 1]) << 8) | quint8(message[at + 2]))};
}
} // namespace

CountingDnsRelay::CountingDnsRelay(QObject *parent)
    : CountingDnsRelay(knotServer(), parent)
{
}

CountingDnsRelay::CountingDnsRelay(const Dns::NameServer &upstream, QObject *parent)
    : QObject(parent)
    , m_upstream(upstream)
{
    if (!m_front.bind(QHostAddress::LocalHost, 0) || !m_back.bind(QHostAddress::LocalHost, 0))
        qFatal("CountingDnsRelay: cannot bind on 127.0.0.1");
    connect(&m_front, &QUdpSocket::readyRead, this, &CountingDnsRelay::forward);
    connect(&m_back, &QUdpSocket::readyRead, this, &CountingDnsRelay::relayBack);
}

Dns::NameServer CountingDnsRelay::address() const
{
    return {QHostAddress(QHostAddress::LocalHost), m_front.localPort()};
}

int CountingDnsRelay::queries(const QString &name, Dns::RrType type) const
{
    QString key = name.toLower();
    if (key.endsWith(u'.'))
        key.chop(1);
    return m_counts.value({key, quint16(type)});
}

void CountingDnsRelay::forward()
{
    while (m_front.hasPendingDatagrams()) {
        const QNetworkDatagram query = m_front.receiveDatagram();
        QByteArray message = query.data();
        if (message.size() < 12)
            continue;
        ++m_total;
        const auto asked = question(message);
        ++m_counts[asked];
        const std::optional<Fault> fault
            = m_nameFaults.contains(asked)      ? std::optional(m_nameFaults.value(asked))
              : m_faults.contains(asked.second) ? std::optional(m_faults.value(asked.second))
                                                : std::nullopt;
        if (fault) {
            if (*fault != Fault::Silent) {
                const quint8 rcode = *fault == Fault::ServFail ? 2 : 5;        // SERVFAIL, REFUSED
                message[2] = char(quint8(message[2]) | 0x80);                  // QR: a response
                message[3] = char((quint8(message[3]) & 0xf0) | 0x80 | rcode); // RA, RCODE
                m_front.writeDatagram(message, query.senderAddress(), query.senderPort());
            }
            continue;
        }
        // Each forwarded query gets the relay's own ID, so that two clients choosing the same
        // ID never collide; the client's ID is restored on the way back.
        const quint16 id = m_nextId++;
        m_clients.insert(id, {query.senderAddress(), quint16(query.senderPort()), message.left(2)});
        message[0] = char(id >> 8);
        message[1] = char(id & 0xff);
        m_back.writeDatagram(message, m_upstream.address, m_upstream.port);
    }
}

void CountingDnsRelay::relayBack()
{
    while (m_back.hasPendingDatagrams()) {
        QByteArray answer = m_back.receiveDatagram().data();
        if (answer.size() < 12)
            continue;
        const quint16 id = quint16((quint8(answer[0]) << 8) | quint8(answer[1]));
        const Client client = m_clients.take(id);
        if (client.address.isNull())
            continue;
        answer.replace(0, 2, client.id);
        m_front.writeDatagram(answer, client.address, client.port);
    }
}

} // namespace Sceau::Test
