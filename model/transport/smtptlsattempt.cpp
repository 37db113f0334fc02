#include "model/transport/smtptlsattempt.h"

#include "model/transport/attemptdialogue.h"

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

std::optional<bool> SmtpTlsAttempt::offeredStartTls() const
{
    if (couldNotTest())
        return std::nullopt;
    return outcome == Outcome::Encrypted || outcome == Outcome::HandshakeFailed
           || outcome == Outcome::StartTlsRefused;
}

namespace {
// One STARTTLS attempt (RFC 3207): greeting, EHLO (HELO for an old server), STARTTLS, the
// handshake.
class Dialogue final : public AttemptDialogue
{
public:
    using AttemptDialogue::AttemptDialogue;

private:
    enum class Step { Greeting, Ehlo, Helo, StartTls, Handshake };

    void onConnected() override
    {
        connect(&m_socket, &QTcpSocket::readyRead, this, &Dialogue::readReplies);
    }

    void readReplies()
    {
        if (done() || handshaking()) // the handshake reads the socket itself
            return;
        takeReplies(m_socket.readAll());
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
            if (reply.permanent()) { // an old server: HELO, and no extensions (RFC 5321 §3.2)
                m_step = Step::Helo;
                return send("HELO " + m_heloName.toLatin1());
            }
            m_result.keywords = reply.ehloKeywords();
            if (!m_result.keywords.contains(QStringLiteral("STARTTLS")))
                return finish(Outcome::NoStartTls, {}, true);
            m_step = Step::StartTls;
            return send("STARTTLS");
        case Step::Helo:
            if (reply.transient())
                return finish(Outcome::TemporaryFailure, reply.lines.join(u' '));
            return finish(Outcome::NoStartTls, {}, true);
        case Step::StartTls:
            if (reply.code != 220) // RFC 3207 §4: 454 TLS not available, 501, …
                return finish(Outcome::StartTlsRefused, reply.lines.join(u' '), true);
            if (m_reader.pending() > 0) // bytes after 220 would be injected into TLS
                return finish(Outcome::NotSmtp,
                              QStringLiteral("data after the STARTTLS reply (RFC 3207 §5)"));
            m_step = Step::Handshake;
            return startHandshake([this] { finish(Outcome::Encrypted, {}); });
        case Step::Handshake:
            return;
        }
    }

    Step m_step = Step::Greeting;
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
