#pragma once

// Internal to model/dns: the UDP sockets of one LiveResolver, shared by its queries in flight.

#include "model/dns/nameserver.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUdpSocket>

namespace Sceau {
namespace Dns {

class QueryExchange;

// One connected UDP socket to one nameserver, carrying the queries in flight to it at once,
// each answer handed to the query whose ID it carries (the exchange then checks the question:
// RFC 5452 §9.1 matches ID, address, port and question; the connected socket takes datagrams
// from the server's address and port only). It takes at most MaxQueries queries, then no more:
// the next queries get another socket, hence another random source port (RFC 5452 §4.5,
// §9.2), and this one is deleted when its last query is done. It is also deleted as soon as no
// query is left on it, so queries asked one at a time each get a fresh socket, as before
// channels existed; only queries that overlap share one.
class UdpChannel final : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxQueries = 32;

    UdpChannel(const NameServer &server, QObject *parent);
    ~UdpChannel() override;

    bool takesQueries() const { return !m_broken && !m_closing && m_opened < MaxQueries; }
    // An unpredictable ID (RFC 5452 §4.3) that no query open on this channel has, now
    // exchange's: answers carrying it go to exchange->handleWire().
    quint16 open(QueryExchange *exchange);
    void send(const QByteArray &query); // sent at once, or when the socket is connected
    // exchange no longer waits on id (answered, failed, timed out, moved to TCP). Deletes the
    // channel (later) when no query is left on it.
    void close(quint16 id);

private:
    void readDatagrams();
    void failed(QAbstractSocket::SocketError error);

    NameServer m_server;
    QUdpSocket m_socket;
    QHash<quint16, QueryExchange *> m_open;
    QList<QByteArray> m_unsent; // written once the socket is connected
    int m_opened = 0;           // queries taken in all
    bool m_broken = false;      // a socket error: every open query was told; take no more
    bool m_closing = false;     // no query left: deleted when the event loop next runs
};

// The channel each nameserver's next query goes on: the current one while it takes queries,
// else a new one.
class UdpChannels
{
public:
    explicit UdpChannels(QObject *owner)
        : m_owner(owner)
    {
    }
    UdpChannel *forServer(const NameServer &server);

private:
    QObject *m_owner;                               // parent of the channels
    QHash<QString, QPointer<UdpChannel>> m_current; // NameServer::toString() → channel
};

} // namespace Dns
} // namespace Sceau
