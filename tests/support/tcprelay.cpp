// sceau-test-tcprelay UPSTREAM_PORT DELAY_MS ADDRESS…
// A TCP relay that listens on each ADDRESS (127.x.y.z), all on one port the system picks for the
// first, and forwards every connection to 127.0.0.1:UPSTREAM_PORT, holding each chunk of bytes
// DELAY_MS in each direction: a real network's latency, for the transport benchmark. Prints
// "READY <port>" once it listens everywhere.
#include "delayedpipe.h"

#include <QCoreApplication>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <cstdio>

using Sceau::Test::DelayedPipe;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: sceau-test-tcprelay UPSTREAM_PORT DELAY_MS ADDRESS...\n");
        return 2;
    }
    const quint16 upstreamPort = quint16(args.at(1).toUInt());
    const int delayMs = args.at(2).toInt();
    quint16 port = 0;
    for (const QString &address : args.mid(3)) {
        auto *server = new QTcpServer(&app);
        server->setListenBacklogSize(256);
        if (!server->listen(QHostAddress(address), port)) {
            std::fprintf(stderr, "cannot listen on %s:%u\n", qPrintable(address), port);
            return 1;
        }
        port = server->serverPort();
        QObject::connect(
            server, &QTcpServer::newConnection, server, [server, upstreamPort, delayMs] {
                while (QTcpSocket *client = server->nextPendingConnection()) {
                    auto *upstream = new QTcpSocket(client);
                    new DelayedPipe(client, upstream, delayMs, client);
                    new DelayedPipe(upstream, client, delayMs, client);
                    // Each pipe closes its far end once it has delivered what it held; the pair
                    // goes when both ends are closed.
                    const auto closed = [client, upstream] {
                        if (client->state() == QAbstractSocket::UnconnectedState
                            && upstream->state() == QAbstractSocket::UnconnectedState)
                            client->deleteLater();
                    };
                    QObject::connect(client, &QTcpSocket::disconnected, client, closed);
                    QObject::connect(upstream, &QTcpSocket::disconnected, client, closed);
                    upstream->connectToHost(QHostAddress::LocalHost, upstreamPort);
                }
            });
    }
    std::printf("READY %u\n", port);
    std::fflush(stdout);
    return app.exec();
}
