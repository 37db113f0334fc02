#pragma once

#include "serverprocess.h"
#include "tls/testpki.h"

#include <optional>

namespace Sceau {
namespace Test {

// The suite's SMTP server (tests/support/smtp/smtpserver.py) for the behaviours Postfix will
// not show on demand: no STARTTLS, 421 at connect, STARTTLS accepted then the connection
// reset, STARTTLS refused, a TLS version range of its own (down to TLS 1.0), and TLS from the
// first byte (implicit TLS, RFC 8314).
class SmtpTestServer
{
public:
    // ImplicitTls: TLS from the first byte (RFC 8314). Auth: a submission server, AUTH (extra:
    // --mechanisms, --user, --password) over TLS only; AuthBeforeTls: AUTH before STARTTLS too.
    enum class Mode {
        StartTls,
        NoStartTls,
        Busy,
        ResetAfterStartTls,
        RefuseTls,
        ImplicitTls,
        Auth,
        AuthBeforeTls
    };

    // certificate: what STARTTLS serves (required for the modes that reach TLS).
    // tlsMin/tlsMax: Python's names, "TLSv1", "TLSv1_1", "TLSv1_2", "TLSv1_3".
    // address/port: where to listen (another 127.x.y.z and a given port give a host a second
    // server); port 0 lets the system pick. extra: more arguments for smtpserver.py.
    SmtpTestServer(Mode mode,
                   const std::optional<TestPki::Issued> &certificate = std::nullopt,
                   const QString &tlsMin = QStringLiteral("TLSv1_2"),
                   const QString &tlsMax = QStringLiteral("TLSv1_3"),
                   const QString &address = QStringLiteral("127.0.0.1"),
                   quint16 port = 0,
                   const QStringList &extra = {});

    quint16 port() const { return m_server.port(); }

private:
    ServerProcess m_server;
};

} // namespace Test
} // namespace Sceau
