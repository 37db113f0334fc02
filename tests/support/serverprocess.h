#pragma once

#include <QProcess>
#include <QRegularExpression>
#include <QStringList>

namespace Sceau {
namespace Test {

// A server the suite runs as a child process (openssl s_server, the suite's SMTP server…):
// started with its arguments, and ready once a line of its output matches ready, whose first
// capture is the port it listens on. Waits on the output, never on time (timeout only bounds a
// server that never starts, which ends the test run). Killed when destroyed.
class ServerProcess
{
public:
    ServerProcess(const QString &program,
                  const QStringList &arguments,
                  const QRegularExpression &ready);
    ~ServerProcess();

    quint16 port() const { return m_port; }

private:
    QProcess m_process;
    quint16 m_port = 0;
};

} // namespace Test
} // namespace Sceau
