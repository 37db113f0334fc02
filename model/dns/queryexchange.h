#pragma once

// Internal to model/dns: one query's conversation with the nameservers.

#include "model/dns/liveresolver.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class QTcpSocket;
class QTimer;
class QUdpSocket;

namespace Sceau {
namespace Dns {

// Sends one question over UDP, switches to TCP when the answer is truncated, retries on the
// next server after a timeout, SERVFAIL or REFUSED, and fulfils the promise exactly once.
class QueryExchange final : public QObject
{
    Q_OBJECT
public:
    QueryExchange(const ResolverConfig &config,
                  QString name,
                  RrType type,
                  QPromise<LookupResult> promise,
                  QObject *parent);
    void start();

signals:
    void finished(QueryExchange *self);

private:
    void startAttempt();
    void sendUdp();
    void readUdp();
    void startTcp();
    void sendTcp();
    void readTcp();
    void handleWire(const QByteArray &wire);
    void attemptFailed(LookupStatus status, const QString &detail);
    void finish(LookupResult result);
    void closeSockets();
    NameServer currentServer() const;

    const ResolverConfig &m_config;
    const QList<NameServer> m_servers;
    LookupResult m_result;
    QPromise<LookupResult> m_promise;
    QByteArray m_query;
    quint16 m_id = 0;
    int m_attempt = 0;
    bool m_done = false;
    QElapsedTimer m_clock;
    QTimer *m_timer = nullptr;
    QPointer<QUdpSocket> m_udp;
    QPointer<QTcpSocket> m_tcp;
    QByteArray m_tcpBuffer;
};

} // namespace Dns
} // namespace Sceau
