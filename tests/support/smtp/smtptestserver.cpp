#include "smtp/smtptestserver.h"

#include "testenv.h"

namespace Sceau::Test {

namespace {
QStringList arguments(SmtpTestServer::Mode mode,
                      const std::optional<TestPki::Issued> &certificate,
                      const QString &tlsMin,
                      const QString &tlsMax,
                      const QString &address,
                      quint16 port,
                      const QStringList &extra)
{
    static const char *const modes[] = {"starttls",
                                        "no-starttls",
                                        "busy",
                                        "reset",
                                        "refuse-tls",
                                        "implicit-tls",
                                        "auth",
                                        "auth-before-tls"};
    QStringList list{supportPath(QStringLiteral("smtp/smtpserver.py")),
                     QStringLiteral("--mode"),
                     QString::fromLatin1(modes[int(mode)]),
                     QStringLiteral("--tls-min"),
                     tlsMin,
                     QStringLiteral("--tls-max"),
                     tlsMax,
                     QStringLiteral("--address"),
                     address,
                     QStringLiteral("--port"),
                     QString::number(port)};
    if (certificate) {
        // The server sends the leaf and the CA: Python loads the whole PEM chain.
        list << QStringLiteral("--cert") << certificate->certificate << QStringLiteral("--key")
             << certificate->key;
    }
    return list + extra;
}
} // namespace

SmtpTestServer::SmtpTestServer(Mode mode,
                               const std::optional<TestPki::Issued> &certificate,
                               const QString &tlsMin,
                               const QString &tlsMax,
                               const QString &address,
                               quint16 port,
                               const QStringList &extra)
    : m_server(QStringLiteral("/usr/bin/python3"),
               arguments(mode, certificate, tlsMin, tlsMax, address, port, extra),
               QRegularExpression(QStringLiteral("READY (\\d+)")))
{
}

} // namespace Sceau::Test
