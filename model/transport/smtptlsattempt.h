#pragma once

#include "model/transport/tlshandshake.h"

#include <QFuture>
#include <QHostAddress>
#include <QString>
#include <QStringList>

#include <optional>

namespace Sceau {
namespace Transport {

// How a connection reaches TLS: STARTTLS after EHLO (RFC 3207; MX on port 25, submission on
// 587), or TLS from the first byte (RFC 8314 §3; submission on 465).
enum class SmtpSecurity { StartTls, ImplicitTls };

// Where a probe connects: one address of an MX host, on a port (25 for MX, RFC 5321 §4.5.4).
struct SmtpEndpoint
{
    QString host; // the MX host name: SNI and the name the certificate must carry
    QHostAddress address;
    quint16 port = 25;
    SmtpSecurity security = SmtpSecurity::StartTls;
};

// How one SMTP connection that tries STARTTLS (RFC 3207) went, up to the end of the handshake.
struct SmtpTlsAttempt
{
    enum class Outcome {
        Encrypted,         // the TLS handshake completed (handshake.info)
        NoStartTls,        // EHLO did not offer STARTTLS, or only HELO was answered
        StartTlsRefused,   // STARTTLS offered, then answered with an error (454…, RFC 3207 §4)
        HandshakeFailed,   // STARTTLS accepted (220), then the TLS handshake failed or the
                           // server closed the connection (handshake.detail says which)
        TemporaryFailure,  // a 4xx at connect or to EHLO: busy, rate limited (try later)
        RejectedAtConnect, // a 5xx greeting (RFC 5321 §3.1: 554, no SMTP service here)
        ConnectionFailed,  // refused, unreachable, reset before the dialogue ended
        TimedOut,          // the server stopped answering
        NotSmtp,           // what answered does not speak SMTP
    };
    Outcome outcome = Outcome::ConnectionFailed;
    QString greeting;     // the 220 line's text
    QStringList keywords; // the EHLO keywords (before STARTTLS)
    int lastCode = 0;     // the last reply code read
    HandshakeOutcome handshake;
    QString detail; // the socket's, the server's or OpenSSL's words; never translated

    // The attempt says nothing about TLS: the server could not be tested (DESIGN.md §2b).
    bool couldNotTest() const;
    // Whether the server offered STARTTLS (RFC 3207 §4: in its EHLO keywords, so also when the
    // command or the handshake then failed); none when it could not be tested.
    std::optional<bool> offeredStartTls() const;
};

// One connection to endpoint: greeting, EHLO (HELO after a 5xx), STARTTLS when offered, and
// the handshake with tls; then QUIT or close. Asynchronous on the event loop of the calling
// thread; timeoutMs bounds each wait for the server. The future finishes exactly once.
// heloName: the name Sceau gives in EHLO (RFC 5321 §4.1.1.1).
QFuture<SmtpTlsAttempt> attemptStartTls(const SmtpEndpoint &endpoint,
                                        const TlsClientOptions &tls,
                                        const QString &heloName,
                                        int timeoutMs);

} // namespace Transport
} // namespace Sceau
