#include "model/transport/smtptlsattempt.h"

#include "model/core/async.h"
#include "model/transport/smtpreply.h"

#include <QPromise>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace Sceau::Transport {

bool SmtpTlsAttempt::couldNotTest() const
{
    switch (outcome) {
    case Outcome::TemporaryFailure:
    case Outcome::RejectedAtConnect:
    case Outcome::ConnectionFailed:
    case Outcome::TimedOut:
    case Outcome::NotSmtp:
        return true;
    case Outcome::Encrypted:
    case Outcome::NoStartTls:
    case Outcome::StartTlsRefused:
    case Outcome::HandshakeFailed:
        return false;
    }
    return true;
}

namespace {
using Outcome = SmtpTlsAttempt::Outcome;

// One attempt: a socket, a reply reader and a state, deleted when the attempt ends.
class Dialogue : public QObject
{
public:
    enum class Step { Greeting, Ehlo, Helo, StartTls, Handshake, Done };

    Dialogue(SmtpEndpoint endpoint, TlsClientOptions tls, QString heloName, int timeoutMs)
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
        connect(&m_socket, &QTcpSocket::readyRead, this, &Dialogue::readReplies);
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
    void send(const QByteArray &command)
    {
        m_timer.start(m_timeoutMs);
        m_socket.write(command + "\r\n");
    }

    void readReplies()
    {
        if (m_step == Step::Handshake || m_step == Step::Done)
            return;
        m_reader.feed(m_socket.readAll());
        while (m_step != Step::Done && m_step != Step::Handshake) {
            const auto reply = m_reader.next();
            if (m_reader.failed()) {
                finish(Outcome::NotSmtp, m_reader.error());
                return;
            }
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
            if (reply.permanent()) { // an old server: HELO, and no extensions (RFC 5321 §3.2)
                m_step = Step::Helo;
                return send("HELO " + m_heloName.toLatin1());
            }
            m_result.keywords = reply.ehloKeywords();
            if (!m_result.keywords.contains(QStringLiteral("STARTTLS")))
                return quit(Outcome::NoStartTls);
            m_step = Step::StartTls;
            return send("STARTTLS");
        case Step::Helo:
            if (reply.transient())
                return finish(Outcome::TemporaryFailure, reply.lines.join(u' '));
            return quit(Outcome::NoStartTls);
        case Step::StartTls:
            if (reply.code != 220) // RFC 3207 §4: 454 TLS not available, 501, …
                return finish(Outcome::StartTlsRefused, reply.lines.join(u' '), true);
            if (m_reader.pending() > 0) // bytes after 220 would be injected into TLS
                return finish(Outcome::NotSmtp,
                              QStringLiteral("data after the STARTTLS reply (RFC 3207 §5)"));
            return startHandshake();
        case Step::Handshake:
        case Step::Done:
            return;
        }
    }

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
                     if (outcome.status == HandshakeOutcome::Status::Established) {
                         finish(Outcome::Encrypted, {});
                         return;
                     }
                     finish(outcome.status == HandshakeOutcome::Status::TimedOut
                                ? Outcome::TimedOut
                                : Outcome::HandshakeFailed,
                            outcome.detail);
                 });
    }

    // Ends a plaintext dialogue with QUIT (RFC 5321 §4.1.1.10) without waiting for 221.
    void quit(Outcome outcome) { finish(outcome, {}, true); }

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
        if (sayQuit && m_socket.state() == QAbstractSocket::ConnectedState)
            m_socket.write("QUIT\r\n");
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
    Step m_step = Step::Greeting;
    SmtpTlsAttempt m_result;
    QPromise<SmtpTlsAttempt> m_promise;
};
} // namespace

QFuture<SmtpTlsAttempt> attemptStartTls(const SmtpEndpoint &endpoint,
                                        const TlsClientOptions &tls,
                                        const QString &heloName,
                                        int timeoutMs)
{
    auto *dialogue = new Dialogue(endpoint, tls, heloName, timeoutMs);
    return dialogue->start();
}

} // namespace Sceau::Transport
