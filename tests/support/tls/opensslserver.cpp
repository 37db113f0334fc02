#include "tls/opensslserver.h"

#include <QRegularExpression>
#include <QTest>

namespace Sceau::Test {

OpenSslServer::OpenSslServer(const TestPki::Issued &certificate, const QStringList &extra)
{
    QStringList chain;
    if (!certificate.intermediates.isEmpty())
        chain = {QStringLiteral("-cert_chain"), certificate.intermediates};
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    // stdbuf: s_server's "ACCEPT" line must reach the pipe at once, not when it exits.
    m_process.start(QStringLiteral("stdbuf"),
                    QStringList{QStringLiteral("-oL"),
                                QStringLiteral("openssl"),
                                QStringLiteral("s_server"),
                                QStringLiteral("-accept"),
                                QStringLiteral("127.0.0.1:0"),
                                QStringLiteral("-cert"),
                                certificate.certificate,
                                QStringLiteral("-key"),
                                certificate.key}
                        + chain + extra);
    // "ACCEPT 127.0.0.1:40123" once listening.
    static const QRegularExpression accept(QStringLiteral("ACCEPT 127\\.0\\.0\\.1:(\\d+)"));
    QByteArray output;
    const bool ready = QTest::qWaitFor(
        [&] {
            output += m_process.readAll();
            const auto match = accept.match(QString::fromLatin1(output));
            if (match.hasMatch())
                m_port = quint16(match.captured(1).toUInt());
            return m_port != 0 || m_process.state() == QProcess::NotRunning;
        },
        20000);
    if (!ready || m_port == 0)
        qFatal("openssl s_server did not start: %s", output.constData());
}

OpenSslServer::~OpenSslServer()
{
    m_process.kill();
    m_process.waitForFinished(5000);
}

} // namespace Sceau::Test
