#include "model/transport/attemptdialogue.h"

#include "model/core/async.h"

namespace Sceau::Transport {

AttemptDialogue::AttemptDialogue(SmtpEndpoint endpoint,
                                 TlsClientOptions tls,
                                 QString heloName,
                                 int timeoutMs)
    : m_heloName(std::move(heloName))
    , m_timeoutMs(timeoutMs)
    , m_endpoint(std::move(endpoint))
    , m_tls(std::move(tls))
{
    m_promise.start();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        finish(Outcome::TimedOut, QStringLiteral("no answer within %1 ms").arg(m_timeoutMs));
    });
    connect(&m_socket, &QTcpSocket::connected, this, [this] { onConnected(); });
    connect(&m_socket, &QTcpSocket::errorOccurred, this, [this] {
        if (!m_handshaking) // the handshake watches the socket itself
            finish(Outcome::ConnectionFailed, m_socket.errorString());
    });
    connect(&m_socket, &QTcpSocket::disconnected, this, [this] {
        if (!m_handshaking)
            finish(Outcome::ConnectionFailed, QStringLiteral("connection closed"));
    });
}

QFuture<SmtpTlsAttempt> AttemptDialogue::start()
{
    armDeadline();
    m_socket.connectToHost(m_endpoint.address, m_endpoint.port);
    return m_promise.future();
}

void AttemptDialogue::takeReplies(const QByteArray &bytes)
{
    m_reader.feed(bytes);
    while (!m_done && !m_handshaking) {
        const auto reply = m_reader.next();
        if (m_reader.failed())
            return finish(Outcome::NotSmtp, m_reader.error());
        if (!reply)
            return;
        m_result.lastCode = reply->code;
        onReply(*reply);
    }
}

bool AttemptDialogue::acceptGreeting(const SmtpReply &reply)
{
    m_result.greeting = reply.lines.value(0);
    if (reply.transient())
        finish(Outcome::TemporaryFailure, reply.lines.join(u' '));
    else if (reply.code != 220)
        finish(Outcome::RejectedAtConnect, reply.lines.join(u' '));
    return !m_done;
}

void AttemptDialogue::startHandshake(std::function<void()> established)
{
    auto engine = TlsEngine::client(m_tls);
    if (!engine)
        return finish(Outcome::HandshakeFailed, engine.error().detail);
    m_engine = std::move(*engine);
    m_handshaking = true;
    m_timer.stop(); // the handshake has its own bound
    onResult(runHandshake(&m_socket, m_engine.get(), m_timeoutMs),
             this,
             [this, established = std::move(established)](const HandshakeOutcome &outcome) {
                 m_handshaking = false;
                 m_result.handshake = outcome;
                 if (outcome.status == HandshakeOutcome::Status::Established) {
                     m_encrypted = true;
                     return established();
                 }
                 finish(outcome.status == HandshakeOutcome::Status::TimedOut
                            ? Outcome::TimedOut
                            : Outcome::HandshakeFailed,
                        outcome.detail);
             });
}

void AttemptDialogue::send(const QByteArray &command)
{
    armDeadline();
    if (encrypted()) {
        m_engine->encrypt(command + "\r\n");
        flush();
    } else {
        m_socket.write(command + "\r\n");
    }
}

void AttemptDialogue::flush()
{
    if (const QByteArray out = m_engine->takeOutgoing(); !out.isEmpty())
        m_socket.write(out);
}

void AttemptDialogue::finish(Outcome outcome, const QString &detail, bool sayQuit)
{
    if (m_done)
        return;
    m_done = true;
    m_timer.stop();
    m_result.outcome = outcome;
    m_result.detail = detail;
    m_promise.addResult(m_result);
    m_promise.finish();
    disconnect(&m_socket, nullptr, this, nullptr);
    if (sayQuit && m_socket.state() == QAbstractSocket::ConnectedState) {
        if (encrypted()) {
            m_engine->encrypt("QUIT\r\n");
            flush();
        } else {
            m_socket.write("QUIT\r\n");
        }
    }
    m_socket.disconnectFromHost(); // flushes what was written, then closes
    deleteLater();
}

} // namespace Sceau::Transport
