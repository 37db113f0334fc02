#include "tls/opensslserver.h"

namespace Sceau::Test {

namespace {
QStringList arguments(const TestPki::Issued &certificate, const QStringList &extra)
{
    // stdbuf: s_server's "ACCEPT" line must reach the pipe at once, not when it exits.
    QStringList list{QStringLiteral("-oL"),
                     QStringLiteral("openssl"),
                     QStringLiteral("s_server"),
                     QStringLiteral("-accept"),
                     QStringLiteral("127.0.0.1:0"),
                     QStringLiteral("-cert"),
                     certificate.certificate,
                     QStringLiteral("-key"),
                     certificate.key};
    if (!certificate.intermediates.isEmpty())
        list << QStringLiteral("-cert_chain") << certificate.intermediates;
    return list + extra;
}
} // namespace

OpenSslServer::OpenSslServer(const TestPki::Issued &certificate, const QStringList &extra)
    : m_server(QStringLiteral("stdbuf"),
               arguments(certificate, extra),
               QRegularExpression(QStringLiteral("ACCEPT 127\\.0\\.0\\.1:(\\d+)")))
{
}

} // namespace Sceau::Test
