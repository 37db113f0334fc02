// sceau-test-dnsrelay LISTEN_PORT UPSTREAM_PORT DELAY_MS
// A UDP relay on 127.0.0.1 that forwards each query to 127.0.0.1:UPSTREAM_PORT and sends the
// answer back DELAY_MS later: a real network's round trip, for the DNS benchmark.
#include <QCoreApplication>
#include <QHash>
#include <QNetworkDatagram>
#include <QTimer>
#include <QUdpSocket>
#include <QVariant>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: sceau-test-dnsrelay LISTEN_PORT UPSTREAM_PORT DELAY_MS\n");
        return 2;
    }
    const quint16 listenPort = quint16(args.at(1).toUInt());
    const quint16 upstreamPort = quint16(args.at(2).toUInt());
    const int delayMs = args.at(3).toInt();

    QUdpSocket front;
    QUdpSocket back;
    if (!front.bind(QHostAddress::LocalHost, listenPort)
        || !back.bind(QHostAddress::LocalHost, 0)) {
        std::fprintf(stderr, "bind failed\n");
        return 1;
    }
    front.setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, QVariant(4 << 20));
    back.setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, QVariant(4 << 20));
    // Each forwarded query gets the relay's own ID, so that clients choosing the same ID for
    // the same question never collide; the client's ID is restored on the way back.
    struct Client
    {
        QHostAddress address;
        quint16 port;
        QByteArray id;
    };
    QHash<quint16, Client> clients;
    quint16 nextId = 0;

    QObject::connect(&front, &QUdpSocket::readyRead, [&] {
        while (front.hasPendingDatagrams()) {
            const QNetworkDatagram query = front.receiveDatagram();
            QByteArray message = query.data();
            if (message.size() < 12)
                continue;
            const quint16 id = nextId++;
            clients.insert(id,
                           {query.senderAddress(), quint16(query.senderPort()), message.left(2)});
            message[0] = char(id >> 8);
            message[1] = char(id & 0xff);
            back.writeDatagram(message, QHostAddress::LocalHost, upstreamPort);
        }
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
            QTimer::singleShot(delayMs, Qt::PreciseTimer, &front, [&front, answer, client] {
                front.writeDatagram(answer, client.address, client.port);
            });
        }
    });
    std::printf("relay 127.0.0.1:%u -> 127.0.0.1:%u, +%d ms\n", listenPort, upstreamPort, delayMs);
    std::fflush(stdout);
    return app.exec();
}
