#include "model/dns/udpchannel.h"

#include "model/dns/failuretext.h"
#include "model/dns/queryexchange.h"
#include "model/dns/tr.h"

#include <QRandomGenerator>
#include <QtEndian>

namespace Sceau::Dns {

UdpChannel::UdpChannel(const NameServer &server, QObject *parent)
    : QObject(parent)
    , m_server(server)
{
    connect(&m_socket, &QUdpSocket::connected, this, [this] {
        for (const QByteArray &query : std::as_const(m_unsent))
            m_socket.write(query);
        m_unsent.clear();
    });
    connect(&m_socket, &QUdpSocket::readyRead, this, &UdpChannel::readDatagrams);
    connect(&m_socket, &QUdpSocket::errorOccurred, this, &UdpChannel::failed);
    m_socket.connectToHost(server.address, server.port);
}

UdpChannel::~UdpChannel()
{
    m_socket.disconnect(this);
    m_socket.abort();
}

quint16 UdpChannel::open(QueryExchange *exchange)
{
    quint16 id = 0;
    do {
        id = quint16(QRandomGenerator::system()->generate());
    } while (m_open.contains(id));
    m_open.insert(id, exchange);
    ++m_opened;
    return id;
}

void UdpChannel::send(const QByteArray &query)
{
    if (m_socket.state() == QAbstractSocket::ConnectedState)
        m_socket.write(query);
    else
        m_unsent << query;
}

void UdpChannel::close(quint16 id)
{
    m_open.remove(id);
    if (m_open.isEmpty() && !m_closing) {
        m_closing = true;
        deleteLater();
    }
}

void UdpChannel::readDatagrams()
{
    // Read until the socket is empty, without asking hasPendingDatagrams() first: Qt answers it
    // with a peek that consumes a pending ICMP error (ECONNREFUSED) and says "nothing", so a
    // closed port would look like silence until the timeout. readDatagram() reports the error
    // through errorOccurred(ConnectionRefusedError), and an empty socket as TemporaryError.
    // One receive buffer per thread: a 64 KiB allocation per read would cost more than the read.
    static constexpr qint64 MaxDatagram = 65535;
    thread_local QByteArray datagram(MaxDatagram, Qt::Uninitialized);
    for (;;) {
        const qint64 size = m_socket.readDatagram(datagram.data(), MaxDatagram);
        if (size < 0)
            return;
        if (size < 2)
            continue;
        // Not an ID in flight here: dropped (RFC 5452 §9.1); its query keeps waiting.
        if (QueryExchange *exchange = m_open.value(qFromBigEndian<quint16>(datagram.constData())))
            exchange->handleWire(datagram.left(size));
    }
}

void UdpChannel::failed(QAbstractSocket::SocketError error)
{
    if (error == QAbstractSocket::TemporaryError)
        return; // "no datagram yet" from readDatagrams()'s last read: keep waiting
    // ICMP port unreachable on a connected UDP socket: ECONNREFUSED (RFC 1122 §4.1.3.3). The
    // server cannot be reached on this socket: every query open on it fails this attempt.
    m_broken = true;
    //: %1 a DNS server (address:port), %2 what went wrong
    const QString detail = Tr::tr("%1: %2").arg(m_server.toString(), socketErrorText(error));
    const QList<quint16> ids = m_open.keys();
    for (const quint16 id : ids) {
        if (QueryExchange *exchange = m_open.value(id)) // still waiting on this channel
            exchange->channelFailed(detail);
    }
}

UdpChannel *UdpChannels::forServer(const NameServer &server)
{
    QPointer<UdpChannel> &current = m_current[server.toString()];
    if (!current || !current->takesQueries())
        current = new UdpChannel(server, m_owner);
    return current;
}

} // namespace Sceau::Dns
