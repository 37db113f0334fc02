#pragma once

// Internal to model/dns: one query's conversation with the nameservers.

#include "model/dns/liveresolver.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class QTcpSocket;

namespace Sceau {
namespace Dns {

class UdpChannel;
class UdpChannels;

// Sends one question over UDP (on the channel its resolver has for the server: udpchannel.h),
// switches to TCP when the answer is truncated, retries on the next server after a timeout,
// SERVFAIL or REFUSED, and fulfils the promise exactly once.
class QueryExchange final : public QObject
{
    Q_OBJECT
public:
    QueryExchange(const ResolverConfig &config,
                  UdpChannels &channels,
                  QString name,
                  RrType type,
                  QPromise<LookupResult> promise);
    ~QueryExchange() override;
    void start();

    // From the UDP channel: a datagram carrying this query's ID; the channel's socket failed.
    void handleWire(const QByteArray &wire);
    void channelFailed(const QString &detail);

signals:
    void finished(QueryExchange *self);

protected:
    void timerEvent(QTimerEvent *event) override; // the attempt's timeout

private:
    void startAttempt();
    void startTcp();
    void sendTcp();
    void readTcp();
    void attemptFailed(LookupStatus status, const QString &detail);
    void finish(LookupResult result);
    void closeSockets();
    NameServer currentServer() const;

    const ResolverConfig &m_config;
    UdpChannels &m_channels;
    const QList<NameServer> m_servers;
    LookupResult m_result;
    QPromise<LookupResult> m_promise;
    QByteArray m_query;
    quint16 m_id = 0;
    int m_attempt = 0;
    bool m_done = false;
    QElapsedTimer m_clock;
    int m_timer = 0;                 // QObject::startTimer() id, 0 when none
    UdpChannel *m_channel = nullptr; // while the question waits there under m_id
    QPointer<QTcpSocket> m_tcp;
    QByteArray m_tcpBuffer;
};

} // namespace Dns
} // namespace Sceau
