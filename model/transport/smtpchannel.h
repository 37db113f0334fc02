#pragma once

#include "model/transport/smtpreply.h"
#include "model/transport/tlshandshake.h"

#include <QHostAddress>
#include <QObject>
#include <QStringList>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace Sceau {
namespace Transport {

// One SMTP client connection (RFC 5321), command by command, in plaintext or — after
// startTls(), at connect for implicit TLS (RFC 8314 §3.3) or after STARTTLS (RFC 3207 §4) —
// over TLS, on the event loop. Replies are read with SmtpReplyReader's bounds. Every command
// and reply goes into a transcript (at most MaxTranscriptLines lines); a command sent with
// shown text (a credential) appears there only as that text.
class SmtpChannel final : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxTranscriptLines = 200;

    enum class Failure {
        ConnectionFailed, // refused, unreachable, reset, or closed by the server
        TimedOut,         // no answer within the time allowed
        NotSmtp,          // what answered broke the reply syntax or its bounds
    };

    // timeoutMs bounds each wait: for the connection, each reply, the handshake.
    explicit SmtpChannel(int timeoutMs, QObject *parent = nullptr);
    ~SmtpChannel() override;

    void connectTo(const QHostAddress &address, quint16 port); // connected() or failed()
    // Sends command and CRLF; shown replaces it in the transcript when not empty.
    void send(const QByteArray &command, const QString &shown = {});
    // Starts the TLS handshake on the connection (nothing else must be in flight); ends with
    // tlsFinished(). After Established, send() and replied() go through TLS.
    void startTls(const TlsClientOptions &options);
    bool encrypted() const { return m_phase == Phase::Tls; }
    // Bytes the server sent after the last complete reply (RFC 3207 §5: none after 220 to
    // STARTTLS).
    qsizetype pendingBytes() const { return m_reader.pending(); }
    // Stops reading and closes (after what was written is flushed); no signal follows.
    void close();

    QStringList transcript() const { return m_transcript; }

signals:
    void connected();
    void replied(const Sceau::Transport::SmtpReply &reply);
    void tlsFinished(const Sceau::Transport::HandshakeOutcome &outcome);
    void failed(Sceau::Transport::SmtpChannel::Failure failure, const QString &detail);

private:
    enum class Phase { Idle, Connecting, Plain, Handshake, Tls, Closed };

    void onReadyRead();
    void fail(Failure failure, const QString &detail);
    void note(const QString &line);

    int m_timeoutMs;
    QTcpSocket m_socket;
    QTimer m_timer;
    SmtpReplyReader m_reader;
    std::unique_ptr<TlsEngine> m_engine;
    Phase m_phase = Phase::Idle;
    QStringList m_transcript;
};

} // namespace Transport
} // namespace Sceau
