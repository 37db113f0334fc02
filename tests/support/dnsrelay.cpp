// sceau-test-dnsrelay LISTEN_PORT UPSTREAM_PORT DELAY_MS [LOG_FILE]
// A relay on 127.0.0.1 that forwards each query to 127.0.0.1:UPSTREAM_PORT and sends the
// answer back DELAY_MS later: a real network's round trip, for the DNS benchmarks. UDP, and
// TCP on the same port (a client's retry after a truncated answer, RFC 7766 §5): each TCP
// connection is piped to the upstream's TCP, every chunk of its answers held DELAY_MS.
// With LOG_FILE, one line per UDP query when it arrives, "<ms since start> <type> <name>", and
// one per TCP connection, "<ms> tcp": the lookups a benchmark really made, and when.
//
// At most MaxAtUpstream UDP queries wait for the upstream's answer; the others wait their turn
// here. A burst of a thousand queries forwarded at once overflows the upstream's socket buffer
// (Knot's is the system default, ~200 KiB: RcvbufErrors in /proc/net/snmp), which a resolver
// on a real network would not do; the client would see a lost query and wait for its timeout.
#include "delayedpipe.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QNetworkDatagram>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUdpSocket>
#include <QVariant>

#include <cstdio>
#include <deque>

namespace {
constexpr qsizetype MaxAtUpstream = 128;
constexpr qint64 LostAfterMs = 2000;

// The question of a query: "<type> <name>" (the name in lower case, no trailing dot); "" when
// the message is too short or compressed where a question cannot be.
QByteArray question(const QByteArray &message)
{
    QByteArray name;
    qsizetype at = 12;
    while (at < message.size()) {
        const int length = quint8(message.at(at));
        if (length == 0 || length > 63)
            break;
        if (!name.isEmpty())
            name += '.';
        name += message.mid(at + 1, length).toLower();
        at += 1 + length;
    }
    if (at + 3 > message.size())
        return {};
    const int type = (quint8(message.at(at + 1)) << 8) | quint8(message.at(at + 2));
    return QByteArray::number(type) + ' ' + name;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4 && args.size() != 5) {
        std::fprintf(stderr,
                     "usage: sceau-test-dnsrelay LISTEN_PORT UPSTREAM_PORT DELAY_MS [LOG_FILE]\n");
        return 2;
    }
    const quint16 listenPort = quint16(args.at(1).toUInt());
    const quint16 upstreamPort = quint16(args.at(2).toUInt());
    const int delayMs = args.at(3).toInt();
    QFile log;
    if (args.size() == 5) {
        log.setFileName(args.at(4));
        if (!log.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(args.at(4)));
            return 1;
        }
    }
    QElapsedTimer clock;
    clock.start();
    QTimer flush; // the relay is stopped by a signal: what it logged is on disk by then
    QObject::connect(&flush, &QTimer::timeout, &log, [&log] { log.flush(); });
    if (log.isOpen())
        flush.start(100);

    QUdpSocket front;
    QUdpSocket back;
    QTcpServer tcp;
    if (!front.bind(QHostAddress::LocalHost, listenPort) || !back.bind(QHostAddress::LocalHost, 0)
        || !tcp.listen(QHostAddress::LocalHost, listenPort)) {
        std::fprintf(stderr, "bind failed\n");
        return 1;
    }
    front.setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, QVariant(8 << 20));
    back.setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, QVariant(8 << 20));
    // Each forwarded query gets the relay's own ID, so that clients choosing the same ID for
    // the same question never collide; the client's ID is restored on the way back.
    struct Client
    {
        QHostAddress address;
        quint16 port;
        QByteArray id;
        qint64 sentMs = 0; // when forwarded upstream
    };
    QHash<quint16, Client> clients; // forwarded, waiting for the upstream's answer
    std::deque<QNetworkDatagram> waiting;
    quint16 nextId = 0;
    const auto forward = [&] {
        while (!waiting.empty() && clients.size() < MaxAtUpstream) {
            const QNetworkDatagram query = std::move(waiting.front());
            waiting.pop_front();
            QByteArray message = query.data();
            const quint16 id = nextId++;
            clients.insert(id,
                           {query.senderAddress(),
                            quint16(query.senderPort()),
                            message.left(2),
                            clock.elapsed()});
            message[0] = char(id >> 8);
            message[1] = char(id & 0xff);
            back.writeDatagram(message, QHostAddress::LocalHost, upstreamPort);
        }
    };
    // A query the upstream never answered frees its place after LostAfterMs.
    QTimer sweep;
    QObject::connect(&sweep, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        clients.removeIf(
            [now](const auto &entry) { return now - entry.value().sentMs > LostAfterMs; });
        forward();
    });
    sweep.start(LostAfterMs);

    QObject::connect(&front, &QUdpSocket::readyRead, [&] {
        while (front.hasPendingDatagrams()) {
            QNetworkDatagram query = front.receiveDatagram();
            if (query.data().size() < 12)
                continue;
            if (log.isOpen())
                log.write(QByteArray::number(clock.nsecsElapsed() / 1e6, 'f', 2) + ' '
                          + question(query.data()) + '\n');
            waiting.push_back(std::move(query));
        }
        forward();
    });
    QObject::connect(&back, &QUdpSocket::readyRead, [&] {
        while (back.hasPendingDatagrams()) {
            QByteArray answer = back.receiveDatagram().data();
            if (answer.size() < 12)
                continue;
            const quint16 id = quint16((quint8(answer[0]) << 8) | quint8(answer[1]));
            const auto client = clients.take(id);
            if (client.address.isNull())
                continue;
            answer.replace(0, 2, client.id);
            forward();
            QTimer::singleShot(delayMs, Qt::PreciseTimer, &front, [&front, answer, client] {
                front.writeDatagram(answer, client.address, client.port);
            });
        }
    });
    QObject::connect(&tcp, &QTcpServer::newConnection, [&] {
        while (QTcpSocket *client = tcp.nextPendingConnection()) {
            if (log.isOpen())
                log.write(QByteArray::number(clock.nsecsElapsed() / 1e6, 'f', 2) + " tcp\n");
            auto *upstream = new QTcpSocket(client);
            QObject::connect(client, &QTcpSocket::readyRead, upstream, [client, upstream] {
                upstream->write(client->readAll());
            });
            // Upstream to client: each chunk of the answers held DELAY_MS; when the upstream
            // closes, the client is closed once they are delivered.
            new Sceau::Test::DelayedPipe(upstream, client, delayMs, client);
            QObject::connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
            upstream->connectToHost(QHostAddress::LocalHost, upstreamPort);
        }
    });
    std::printf("relay 127.0.0.1:%u -> 127.0.0.1:%u (UDP and TCP), +%d ms\n",
                listenPort,
                upstreamPort,
                delayMs);
    std::fflush(stdout);
    return app.exec();
}
