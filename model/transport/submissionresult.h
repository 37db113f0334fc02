#pragma once

#include "model/core/finding.h"
#include "model/core/tokentable.h"
#include "model/transport/certificatereport.h"
#include "model/transport/smtptlsattempt.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace Sceau {
namespace Transport {

// How a submission server secures the connection (RFC 8314): STARTTLS on port 587 (RFC 6409,
// RFC 3207), or implicit TLS from the first byte on port 465 (RFC 8314 §3.3).
enum class SubmissionSecurity { StartTls, ImplicitTls };
inline constexpr TokenTable<SubmissionSecurity, 2> SubmissionSecurities{{{
    {SubmissionSecurity::StartTls, "starttls"},
    {SubmissionSecurity::ImplicitTls, "implicit"},
}}};
// The standard port of each (RFC 8314 §7.3): 587, 465.
quint16 standardPort(SubmissionSecurity security);

// What to test. The password is not here: it is handed to SubmissionTest alone, and wiped.
struct SubmissionRequest
{
    QString host;       // as given: a name (resolved) or an IP literal
    quint16 port = 587; // the port asked for (TransportSettings::ports maps it)
    QString serverName; // the name the certificate must carry, and SNI; empty: host
    SubmissionSecurity security = SubmissionSecurity::StartTls;
    QString username;
    // Authenticate even when the certificate does not verify (a lab; the password then goes
    // to a server whose identity is not proven).
    bool skipVerify = false;
    QString sendTo;   // empty: QUIT before MAIL; else a small test message to this address
    QString mailFrom; // the test message's sender; empty: username
};

// How a submission test ended.
enum class SubmissionOutcome {
    Authenticated, // AUTH answered 235 (RFC 4954 §6)
    AuthFailed,    // AUTH answered 535 or another 5xx: the credential was refused
    AuthError,     // AUTH answered something else (454: temporary), or the exchange broke
    NoAuth,        // no AUTH mechanism Sceau may use (PLAIN, LOGIN) was offered after TLS
    TlsFailed,     // no STARTTLS, STARTTLS refused, or the handshake failed
    Unverified,    // the certificate does not verify: no credential was sent
    CouldNotTest,  // no address, refused, unreachable, silent, 4xx greeting, not SMTP
    Canceled,
};
inline constexpr TokenTable<SubmissionOutcome, 8> SubmissionOutcomes{{{
    {SubmissionOutcome::Authenticated, "authenticated"},
    {SubmissionOutcome::AuthFailed, "auth-failed"},
    {SubmissionOutcome::AuthError, "auth-error"},
    {SubmissionOutcome::NoAuth, "no-auth"},
    {SubmissionOutcome::TlsFailed, "tls-failed"},
    {SubmissionOutcome::Unverified, "unverified"},
    {SubmissionOutcome::CouldNotTest, "could-not-test"},
    {SubmissionOutcome::Canceled, "canceled"},
}}};

// What the test saw, in order. Nothing here holds the password: the AUTH lines of the
// transcript are redacted.
struct SubmissionResult
{
    SubmissionRequest request;
    SmtpEndpoint endpoint; // where it connected (after the port map); no address if none
    SubmissionOutcome outcome = SubmissionOutcome::CouldNotTest;
    QString greeting;
    QStringList mechanismsBeforeTls; // AUTH offered in plaintext (STARTTLS only)
    bool startTlsOffered = false;
    QStringList keywords;   // EHLO keywords over TLS
    QStringList mechanisms; // AUTH mechanisms over TLS
    std::optional<HandshakeInfo> tls;
    std::optional<CertificateReport> certificate;
    QString certificateError; // when the certificate could not be read at all
    QString mechanism;        // the one used: "PLAIN" or "LOGIN"
    int authCode = 0;         // the reply to AUTH (235, 535…); 0 when not sent
    QString authReply;        // its text (the server's words)
    // The test message (request.sendTo): sent when the server answered 250 after DATA.
    bool messageAttempted = false;
    bool messageAccepted = false;
    int messageCode = 0;
    QString messageReply;
    QString messageId;
    QString detail; // the socket's, the server's or OpenSSL's words; never translated
    QStringList transcript;
    QList<Finding> findings;
};

} // namespace Transport
} // namespace Sceau
