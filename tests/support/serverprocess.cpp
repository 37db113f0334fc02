#include "serverprocess.h"

#include <QTest>

namespace Sceau::Test {

ServerProcess::ServerProcess(const QString &program,
                             const QStringList &arguments,
                             const QRegularExpression &ready)
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(program, arguments);
    QByteArray output;
    const bool started = QTest::qWaitFor(
        [&] {
            output += m_process.readAll();
            if (const auto match = ready.match(QString::fromLatin1(output)); match.hasMatch())
                m_port = quint16(match.captured(1).toUInt());
            return m_port != 0 || m_process.state() == QProcess::NotRunning;
        },
        20000);
    if (!started || m_port == 0)
        qFatal("%s did not start: %s", qPrintable(program), output.constData());
}

ServerProcess::~ServerProcess()
{
    m_process.kill();
    m_process.waitForFinished(5000);
}

} // namespace Sceau::Test
