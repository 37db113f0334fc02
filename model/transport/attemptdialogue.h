#pragma once

// Internal to model/transport: what the STARTTLS and the implicit-TLS attempts share.

#include "model/transport/smtpreply.h"
#include "model/transport/smtptlsattempt.h"
#include "model/transport/tlsengine.h"

#include <QObject>
#include <QPromise>
#include <QTcpSocket>
#include <QTimer>

#include <functional>
#include <memory>

namespace Sceau {
namespace Transport {

// One attempt on one endpoint: a connection with a deadline per step (timeoutMs), an SMTP
// reply reader, a TLS engine once TLS starts, and the one way an attempt ends (finish()). A
// subclass drives the dialogue from onConnected() and its replies; the dialogue deletes itself
// once it has finished.
class AttemptDialogue : public QObject
{
public:
    using Outcome = SmtpTlsAttempt::Outcome;

    AttemptDialogue(SmtpEndpoint endpoint, TlsClientOptions tls, QString heloName, int timeoutMs);
    // Connects; the future finishes once, with whatever the dialogue reached.
    QFuture<SmtpTlsAttempt> start();

protected:
    virtual void onConnected() {}
    // One complete reply of the server, in order, while the dialogue goes on.
    virtual void onReply(const SmtpReply &reply) = 0;

    // Reads the replies in bytes (plaintext, or what TLS decrypted) and hands each to onReply()
    // until the dialogue ends or a handshake starts; a reply that breaks the syntax or a bound
    // ends the attempt as NotSmtp.
    void takeReplies(const QByteArray &bytes);

    // The greeting rule (RFC 5321 §3.1, §4.2): a 4xx is busy or rate limited (TemporaryFailure,
    // could not test), anything but 220 refuses the session (RejectedAtConnect). Records the
    // greeting; false when the attempt has finished on it.
    bool acceptGreeting(const SmtpReply &reply);
    // Starts the TLS handshake on the socket (its own deadline); established() runs once it is
    // up, a failed or silent handshake finishes the attempt (HandshakeFailed, TimedOut).
    void startHandshake(std::function<void()> established);
    // (Re)starts the deadline of the current step.
    void armDeadline() { m_timer.start(m_timeoutMs); }
    // Sends one command line, encrypted once TLS is up, and restarts the deadline.
    void send(const QByteArray &command);
    // Writes what the TLS engine has for the peer.
    void flush();
    // Ends the attempt with outcome once (later calls do nothing); sayQuit ends the session
    // politely first (QUIT, RFC 5321 §4.1.1.10, without waiting for 221).
    void finish(Outcome outcome, const QString &detail, bool sayQuit = false);

    bool done() const { return m_done; }
    bool handshaking() const { return m_handshaking; }
    bool encrypted() const { return m_encrypted; } // the handshake completed

    const QString m_heloName;
    const int m_timeoutMs;
    QTcpSocket m_socket;
    SmtpReplyReader m_reader;
    std::unique_ptr<TlsEngine> m_engine;
    SmtpTlsAttempt m_result;

private:
    const SmtpEndpoint m_endpoint;
    const TlsClientOptions m_tls;
    QTimer m_timer;
    QPromise<SmtpTlsAttempt> m_promise;
    bool m_handshaking = false;
    bool m_encrypted = false;
    bool m_done = false;
};

} // namespace Transport
} // namespace Sceau
