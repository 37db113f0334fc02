#include "model/transport/smtpchannel.h"

#include "model/core/async.h"
#include "model/transport/tlsversion.h"

namespace Sceau::Transport {

SmtpChannel::SmtpChannel(int timeoutMs, QObject *parent)
    : QObject(parent)
    , m_timeoutMs(timeoutMs)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        fail(Failure::TimedOut, QStringLiteral("no answer within %1 ms").arg(m_timeoutMs));
    });
    connect(&m_socket, &QTcpSocket::connected, this, [this] {
        m_timer.start(m_timeoutMs); // now for the greeting, or the handshake
        m_phase = Phase::Plain;
        emit connected();
    });
    connect(&m_socket, &QTcpSocket::readyRead, this, &SmtpChannel::onReadyRead);
    connect(&m_socket, &QTcpSocket::errorOccurred, this, [this] {
        if (m_phase != Phase::Handshake) // the handshake watches the socket itself
            fail(Failure::ConnectionFailed, m_socket.errorString());
    });
    connect(&m_socket, &QTcpSocket::disconnected, this, [this] {
        if (m_phase != Phase::Handshake)
            fail(Failure::ConnectionFailed, QStringLiteral("connection closed"));
    });
}

SmtpChannel::~SmtpChannel()
{
    disconnect(&m_socket, nullptr, this, nullptr);
}

void SmtpChannel::connectTo(const QHostAddress &address, quint16 port)
{
    m_phase = Phase::Connecting;
    m_timer.start(m_timeoutMs);
    m_socket.connectToHost(address, port);
}

void SmtpChannel::note(const QString &line)
{
    if (m_transcript.size() < MaxTranscriptLines)
        m_transcript << line;
}

void SmtpChannel::send(const QByteArray &command, const QString &shown)
{
    if (m_phase != Phase::Plain && m_phase != Phase::Tls)
        return;
    note(QStringLiteral("C: ") + (shown.isEmpty() ? QString::fromLatin1(command) : shown));
    m_timer.start(m_timeoutMs);
    const QByteArray line = command + "\r\n";
    if (m_phase == Phase::Plain) {
        m_socket.write(line);
        return;
    }
    if (!m_engine->encrypt(line)) {
        fail(Failure::ConnectionFailed, m_engine->failure());
        return;
    }
    m_socket.write(m_engine->takeOutgoing());
}

void SmtpChannel::startTls(const TlsClientOptions &options)
{
    auto engine = TlsEngine::client(options);
    if (!engine) {
        emit tlsFinished({HandshakeOutcome::Status::Refused, {}, engine.error().detail});
        return;
    }
    m_engine = std::move(*engine);
    m_phase = Phase::Handshake;
    m_timer.stop(); // the handshake has its own bound
    onResult(runHandshake(&m_socket, m_engine.get(), m_timeoutMs),
             this,
             [this](const HandshakeOutcome &outcome) {
                 if (m_phase != Phase::Handshake)
                     return;
                 if (outcome.status != HandshakeOutcome::Status::Established) {
                     m_phase = Phase::Closed;
                     note(QStringLiteral("-- TLS handshake failed: %1").arg(outcome.detail));
                     emit tlsFinished(outcome);
                     return;
                 }
                 m_phase = Phase::Tls;
                 m_reader = {};
                 note(QStringLiteral("-- TLS established: %1 %2")
                          .arg(TlsVersionTokens.token(outcome.info.protocol), outcome.info.cipher));
                 m_timer.start(m_timeoutMs);
                 emit tlsFinished(outcome);
                 onReadyRead(); // what came with the server's last flight (an implicit greeting)
             });
}

void SmtpChannel::onReadyRead()
{
    QByteArray bytes;
    switch (m_phase) {
    case Phase::Plain:
        bytes = m_socket.readAll();
        break;
    case Phase::Tls: {
        m_engine->feed(m_socket.readAll());
        const auto plaintext = m_engine->decrypt();
        if (const QByteArray out = m_engine->takeOutgoing(); !out.isEmpty())
            m_socket.write(out);
        if (!plaintext) {
            fail(Failure::ConnectionFailed, m_engine->failure());
            return;
        }
        bytes = *plaintext;
        break;
    }
    case Phase::Idle:
    case Phase::Connecting:
    case Phase::Handshake:
    case Phase::Closed:
        return;
    }
    m_reader.feed(bytes);
    const Phase phase = m_phase;
    while (m_phase == phase) { // a reply may start TLS or close: the rest waits or is dropped
        const auto reply = m_reader.next();
        if (m_reader.failed()) {
            fail(Failure::NotSmtp, m_reader.error());
            return;
        }
        if (!reply)
            return;
        m_timer.stop();
        for (qsizetype i = 0; i < reply->lines.size(); ++i)
            note(QStringLiteral("S: ") + QString::number(reply->code)
                 + (i + 1 < reply->lines.size() ? u'-' : u' ') + reply->lines.at(i));
        emit replied(*reply);
    }
}

void SmtpChannel::fail(Failure failure, const QString &detail)
{
    if (m_phase == Phase::Closed)
        return;
    m_phase = Phase::Closed;
    m_timer.stop();
    note(QStringLiteral("-- %1").arg(detail));
    emit failed(failure, detail);
}

void SmtpChannel::close()
{
    m_phase = Phase::Closed;
    m_timer.stop();
    disconnect(&m_socket, nullptr, this, nullptr);
    m_socket.disconnectFromHost(); // flushes what was written, then closes
}

} // namespace Sceau::Transport
