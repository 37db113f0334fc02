#pragma once

#include "model/transport/smtptlsattempt.h"

namespace Sceau {
namespace Transport {

// One connection to endpoint with TLS from the first byte (RFC 8314 §3, "implicit TLS", the
// submission port 465): the handshake with tls, then, encrypted, the greeting and EHLO; then
// QUIT. Outcomes as attemptStartTls: Encrypted once the greeting is 220 (its keywords from EHLO,
// none after a 5xx to it); HandshakeFailed when the handshake fails (nothing else on the port
// speaks TLS); TemporaryFailure for a 4xx greeting or EHLO reply, RejectedAtConnect for a 5xx
// greeting, ConnectionFailed, TimedOut, NotSmtp as there. Asynchronous on the event loop of the
// calling thread; timeoutMs bounds each wait. The future finishes exactly once.
QFuture<SmtpTlsAttempt> attemptImplicitTls(const SmtpEndpoint &endpoint,
                                           const TlsClientOptions &tls,
                                           const QString &heloName,
                                           int timeoutMs);

// attemptImplicitTls or attemptStartTls, as endpoint.security says.
QFuture<SmtpTlsAttempt> attemptTls(const SmtpEndpoint &endpoint,
                                   const TlsClientOptions &tls,
                                   const QString &heloName,
                                   int timeoutMs);

} // namespace Transport
} // namespace Sceau
