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
    if (!front.bind(QHostAddress::LocalHost, listenPort) || !back.bind(QHostAddress::LocalHost, 0)) {
        std::fprintf(stderr, "bind failed\n");
        return 1;
    }
    front.setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, QVariant(4 << 20));
    back.setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, QVariant(4 << 20));
    struct Client { QHostAddress address; quint16 port; };
    QHash<QByteArray, Client> clients; // key: query ID + question bytes

    // ID + question section (QNAME labels up to the root, QTYPE, QCLASS): RFC 1035 §4.1.2
    auto keyOf = [](const QByteArray &message) {
        qsizetype end = 12;
        while (end < message.size() && message.at(end) != 0)
            end += 1 + quint8(message.at(end));
        return message.left(2) + message.mid(12, end + 5 - 12);
    };
    QObject::connect(&front, &QUdpSocket::readyRead, [&] {
        while (front.hasPendingDatagrams()) {
            const QNetworkDatagram query = front.receiveDatagram();
            clients.insert(keyOf(query.data()), {query.senderAddress(), quint16(query.senderPort())});
            back.writeDatagram(query.data(), QHostAddress::LocalHost, upstreamPort);
        }
    });
    QObject::connect(&back, &QUdpSocket::readyRead, [&] {
        while (back.hasPendingDatagrams()) {
            const QByteArray answer = back.receiveDatagram().data();
            const auto client = clients.take(keyOf(answer));
            if (client.address.isNull())
                continue;
            QTimer::singleShot(delayMs, Qt::PreciseTimer, &front, [&front, answer, client] {
                front.writeDatagram(answer, client.address, client.port);
            });
        }
    });
    std::printf("relay 127.0.0.1:%u -> 127.0.0.1:%u, +%d ms\n", listenPort, upstreamPort, delayMs);
    std::fflush(stdout);
    return app.exec();
}
