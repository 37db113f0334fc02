#include "model/dns/queryexchange.h"

#include "model/dns/failuretext.h"
#include "model/dns/tr.h"
#include "model/dns/udpchannel.h"

#include <QTcpSocket>
#include <QTimerEvent>
#include <QtEndian>

namespace Sceau::Dns {

QueryExchange::QueryExchange(const ResolverConfig &config,
                             UdpChannels &channels,
                             QString name,
                             RrType type,
                             QPromise<LookupResult> promise)
    : m_config(config)
    , m_channels(channels)
    , m_servers(config.servers)
    , m_promise(std::move(promise))
{
    m_result.name = std::move(name);
    m_result.type = type;
}

QueryExchange::~QueryExchange()
{
    closeSockets();
}

void QueryExchange::timerEvent(QTimerEvent *event)
{
    if (event->timerId() != m_timer)
        return;
    killTimer(m_timer);
    m_timer = 0;
    attemptFailed(LookupStatus::Timeout,
                  //: %1 a DNS server (address:port)
                  Tr::tr("no answer from %1 within %2 ms")
                      .arg(currentServer().toString())
                      .arg(m_config.timeoutMs));
}

void QueryExchange::start()
{
    m_clock.start();
    startAttempt();
}

NameServer QueryExchange::currentServer() const
{
    return m_servers.at(m_attempt % m_servers.size());
}

void QueryExchange::startAttempt()
{
    closeSockets();
    m_result.viaTcp = false;
    m_result.server = currentServer().toString();
    // RFC 5452 §4.3: an unpredictable ID (drawn by the channel, unique among its queries).
    m_channel = m_channels.forServer(currentServer());
    m_id = m_channel->open(this);
    auto query = Message::buildQuery(m_id, m_result.name, m_result.type, m_config.query);
    if (!query) {
        LookupResult result = m_result;
        result.status = LookupStatus::Malformed;
        result.detail = query.error().detail;
        finish(std::move(result));
        return;
    }
    m_query = *query;
    m_timer = startTimer(m_config.timeoutMs);
    m_channel->send(m_query);
}

void QueryExchange::channelFailed(const QString &detail)
{
    attemptFailed(LookupStatus::NetworkError, detail);
}

void QueryExchange::handleWire(const QByteArray &wire)
{
    if (m_done || wire.size() < 2 || qFromBigEndian<quint16>(wire.constData()) != m_id)
        return; // not ours: RFC 5452 §9.1, keep waiting until the timeout
    const auto response = Message::parse(wire, m_config.query.dnssecOk);
    if (!response) {
        attemptFailed(LookupStatus::Malformed, response.error().detail);
        return;
    }
    if (response->questionName != m_result.name || response->questionType != m_result.type)
        return; // an answer to another question
    if (response->truncated && !m_tcp) {
        startTcp(); // RFC 7766 §5: retry the same question over TCP
        return;
    }
    LookupResult result = m_result;
    Message::interpret(*response, result);
    if ((result.status == LookupStatus::ServerFailure || result.status == LookupStatus::Refused)
        && m_attempt + 1 < m_config.attempts) {
        attemptFailed(result.status, result.detail);
        return;
    }
    finish(std::move(result));
}

void QueryExchange::startTcp()
{
    if (m_channel) {
        m_channel->close(m_id);
        m_channel = nullptr;
    }
    m_result.viaTcp = true;
    m_tcpBuffer.clear();
    if (m_timer)
        killTimer(m_timer);
    m_timer = startTimer(m_config.timeoutMs);
    m_tcp = new QTcpSocket(this);
    connect(m_tcp, &QTcpSocket::connected, this, &QueryExchange::sendTcp);
    connect(m_tcp, &QTcpSocket::readyRead, this, &QueryExchange::readTcp);
    connect(m_tcp, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        //: %1 a DNS server (address:port), %2 what went wrong
        attemptFailed(
            LookupStatus::NetworkError,
            Tr::tr("TCP to %1: %2").arg(currentServer().toString(), socketErrorText(error)));
    });
    const NameServer server = currentServer();
    m_tcp->connectToHost(server.address, server.port);
}

void QueryExchange::sendTcp()
{
    // RFC 1035 §4.2.2: a two-octet length field precedes the message.
    QByteArray framed(2, Qt::Uninitialized);
    qToBigEndian<quint16>(quint16(m_query.size()), framed.data());
    framed += m_query;
    m_tcp->write(framed);
}

void QueryExchange::readTcp()
{
    m_tcpBuffer += m_tcp->readAll();
    if (m_tcpBuffer.size() < 2)
        return;
    const int length = qFromBigEndian<quint16>(m_tcpBuffer.constData());
    if (m_tcpBuffer.size() < 2 + length)
        return;
    handleWire(m_tcpBuffer.mid(2, length));
}

void QueryExchange::attemptFailed(LookupStatus status, const QString &detail)
{
    if (m_done)
        return;
    if (m_attempt + 1 < m_config.attempts) {
        ++m_attempt;
        QMetaObject::invokeMethod(this, &QueryExchange::startAttempt, Qt::QueuedConnection);
        closeSockets();
        return;
    }
    LookupResult result = m_result;
    result.status = status;
    result.detail = detail;
    finish(std::move(result));
}

void QueryExchange::finish(LookupResult result)
{
    if (m_done)
        return;
    m_done = true;
    closeSockets();
    result.elapsedMs = m_clock.elapsed();
    m_promise.addResult(std::move(result));
    m_promise.finish();
    emit finished(this);
}

void QueryExchange::closeSockets()
{
    if (m_timer) {
        killTimer(m_timer);
        m_timer = 0;
    }
    if (m_channel) {
        m_channel->close(m_id);
        m_channel = nullptr;
    }
    // The TCP socket may be in the middle of emitting a signal: delete it later.
    if (m_tcp) {
        m_tcp->disconnect(this);
        m_tcp->abort();
        m_tcp->deleteLater();
        m_tcp = nullptr;
    }
}

} // namespace Sceau::Dns
