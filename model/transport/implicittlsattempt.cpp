#include "model/transport/implicittlsattempt.h"

#include "model/core/async.h"
#include "model/transport/smtpreply.h"

#include <QPromise>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace Sceau::Transport {

namespace {
using Outcome = SmtpTlsAttempt::Outcome;

// One implicit-TLS attempt: a socket, its TLS engine, a reply reader over the decrypted bytes,
// deleted when the attempt ends.
class ImplicitDialogue : public QObject
{
public:
    enum class Step { Connect, Handshake, Greeting, Ehlo, Done };

    ImplicitDialogue(SmtpEndpoint endpoint, TlsClientOptions tls, QString heloName, int timeoutMs)
        : m_endpoint(std::move(endpoint))
        , m_tls(std::move(tls))
        , m_heloName(std::move(heloName))
        , m_timeoutMs(timeoutMs)
    {
        m_promise.start();
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            finish(Outcome::TimedOut, QStringLiteral("no answer within %1 ms").arg(m_timeoutMs));
        });
        connect(&m_socket, &QTcpSocket::connected, this, &ImplicitDialogue::startHandshake);
        connect(&m_socket, &QTcpSocket::errorOccurred, this, [this] {
            if (m_step != Step::Handshake) // the handshake watches the socket itself
                finish(Outcome::ConnectionFailed, m_socket.errorString());
        });
        connect(&m_socket, &QTcpSocket::disconnected, this, [this] {
            if (m_step != Step::Handshake)
                finish(Outcome::ConnectionFailed, QStringLiteral("connection closed"));
        });
    }

    QFuture<SmtpTlsAttempt> start()
    {
        m_timer.start(m_timeoutMs);
        m_socket.connectToHost(m_endpoint.address, m_endpoint.port);
        return m_promise.future();
    }

private:
    void startHandshake()
    {
        auto engine = TlsEngine::client(m_tls);
        if (!engine)
            return finish(Outcome::HandshakeFailed, engine.error().detail);
        m_engine = std::move(*engine);
        m_step = Step::Handshake;
        m_timer.stop(); // the handshake has its own bound
        onResult(runHandshake(&m_socket, m_engine.get(), m_timeoutMs),
                 this,
                 [this](const HandshakeOutcome &outcome) {
                     m_result.handshake = outcome;
                     if (outcome.status != HandshakeOutcome::Status::Established) {
                         finish(outcome.status == HandshakeOutcome::Status::TimedOut
                                    ? Outcome::TimedOut
                                    : Outcome::HandshakeFailed,
                                outcome.detail);
                         return;
                     }
                     m_step = Step::Greeting;
                     m_timer.start(m_timeoutMs);
                     connect(&m_socket, &QTcpSocket::readyRead, this, &ImplicitDialogue::pump);
                     pump(); // the greeting may have come with the handshake's last flight
                 });
    }

    // Decrypts what arrived and reads the replies in it.
    void pump()
    {
        if (m_step == Step::Done)
            return;
        m_engine->feed(m_socket.readAll());
        // nullopt: closed or broken; the socket's own end (or the timer) finishes the dialogue
        m_reader.feed(m_engine->decrypt().value_or(QByteArray()));
        flush();
        while (m_step != Step::Done) {
            const auto reply = m_reader.next();
            if (m_reader.failed())
                return finish(Outcome::NotSmtp, m_reader.error());
            if (!reply)
                return;
            m_result.lastCode = reply->code;
            onReply(*reply);
        }
    }

    void onReply(const SmtpReply &reply)
    {
        switch (m_step) {
        case Step::Greeting:
            m_result.greeting = reply.lines.value(0);
            if (reply.transient())
                return finish(Outcome::TemporaryFailure, reply.lines.join(u' '));
            if (reply.code != 220)
                return finish(Outcome::RejectedAtConnect, reply.lines.join(u' '));
            m_step = Step::Ehlo;
            return send("EHLO " + m_heloName.toLatin1());
        case Step::Ehlo:
            if (reply.transient())
                return finish(Outcome::TemporaryFailure, reply.lines.join(u' '));
            if (!reply.permanent()) // a 5xx: an old server, no extensions (RFC 5321 §3.2)
                m_result.keywords = reply.ehloKeywords();
            return finish(Outcome::Encrypted, {}, true);
        case Step::Connect:
        case Step::Handshake:
        case Step::Done:
            return;
        }
    }

    void send(const QByteArray &command)
    {
        m_timer.start(m_timeoutMs);
        m_engine->encrypt(command + "\r\n");
        flush();
    }

    void flush()
    {
        if (const QByteArray out = m_engine->takeOutgoing(); !out.isEmpty())
            m_socket.write(out);
    }

    void finish(Outcome outcome, const QString &detail, bool sayQuit = false)
    {
        if (m_step == Step::Done)
            return;
        m_step = Step::Done;
        m_timer.stop();
        m_result.outcome = outcome;
        m_result.detail = detail;
        m_promise.addResult(m_result);
        m_promise.finish();
        disconnect(&m_socket, nullptr, this, nullptr);
        if (sayQuit && m_socket.state() == QAbstractSocket::ConnectedState) {
            m_engine->encrypt("QUIT\r\n"); // RFC 5321 §4.1.1.10, without waiting for 221
            flush();
        }
        m_socket.disconnectFromHost(); // flushes what was written, then closes
        deleteLater();
    }

    SmtpEndpoint m_endpoint;
    TlsClientOptions m_tls;
    QString m_heloName;
    int m_timeoutMs;
    QTcpSocket m_socket;
    QTimer m_timer;
    SmtpReplyReader m_reader;
    std::unique_ptr<TlsEngine> m_engine;
    Step m_step = Step::Connect;
    SmtpTlsAttempt m_result;
    QPromise<SmtpTlsAttempt> m_promise;
};
} // namespace

QFuture<SmtpTlsAttempt> attemptImplicitTls(const SmtpEndpoint &endpoint,
                                           const TlsClientOptions &tls,
                                           const QString &heloName,
                                           int timeoutMs)
{
    auto *dialogue = new ImplicitDialogue(endpoint, tls, heloName, timeoutMs);
    return dialogue->start();
}

QFuture<SmtpTlsAttempt> attemptTls(const SmtpEndpoint &endpoint,
                                   const TlsClientOptions &tls,
                                   const QString &heloName,
                                   int timeoutMs)
{
    if (endpoint.security == SmtpSecurity::ImplicitTls)
        return attemptImplicitTls(endpoint, tls, heloName, timeoutMs);
    return attemptStartTls(endpoint, tls, heloName, timeoutMs);
}

} // namespace Sceau::Transport
