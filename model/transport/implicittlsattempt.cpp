#include "model/transport/implicittlsattempt.h"

#include "model/transport/attemptdialogue.h"

namespace Sceau::Transport {

namespace {
// One implicit-TLS attempt (RFC 8314 §3.3): the handshake at once, then the greeting and EHLO
// over TLS, read through the engine.
class ImplicitDialogue final : public AttemptDialogue
{
public:
    using AttemptDialogue::AttemptDialogue;

private:
    enum class Step { Handshake, Greeting, Ehlo };

    void onConnected() override
    {
        startHandshake([this] {
            m_step = Step::Greeting;
            connect(&m_socket, &QTcpSocket::readyRead, this, &ImplicitDialogue::pump);
            armDeadline(); // for the greeting
            pump();        // the greeting may have come with the handshake's last flight
        });
    }

    // Decrypts what arrived and reads the replies in it.
    void pump()
    {
        if (done())
            return;
        m_engine->feed(m_socket.readAll());
        // nullopt: closed or broken; the socket's own end (or the deadline) finishes it
        const QByteArray plain = m_engine->decrypt().value_or(QByteArray());
        flush();
        takeReplies(plain);
    }

    void onReply(const SmtpReply &reply) override
    {
        switch (m_step) {
        case Step::Greeting:
            if (!acceptGreeting(reply))
                return;
            m_step = Step::Ehlo;
            return send("EHLO " + m_heloName.toLatin1());
        case Step::Ehlo:
            if (reply.transient())
                return finish(Outcome::TemporaryFailure, reply.lines.join(u' '));
            if (!reply.permanent()) // a 5xx: an old server, no extensions (RFC 5321 §3.2)
                m_result.keywords = reply.ehloKeywords();
            return finish(Outcome::Encrypted, {}, true);
        case Step::Handshake:
            return;
        }
    }

    Step m_step = Step::Handshake;
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
