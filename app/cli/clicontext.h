#pragma once

#include "app/cli/exitcode.h"
#include "model/core/error.h"

#include <QJsonObject>
#include <QObject>
#include <QTextStream>

#include <functional>

namespace Sceau {
class Session;
namespace Dns {
class Resolver;
} // namespace Dns
} // namespace Sceau

namespace Sceau {
namespace Cli {

// What a command works with: the Session built from the global options (resolver, workspace,
// keychain, key vault), the output streams, and the way to say it is done (the process exits with
// that code once control returns to the event loop).
class CliContext : public QObject
{
    Q_OBJECT
public:
    CliContext(Session &session, bool json, QObject *parent = nullptr);

    Session &session() const { return m_session; }
    Dns::Resolver *resolver() const; // the session's
    bool json() const { return m_json; }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    void printJson(const QJsonObject &object); // one compact line on stdout
    // A specific, translated message on stderr, then finish(code).
    void fail(ExitCode code, const QString &message);
    // A model operation's failure: describe(error) on stderr, the exit code from its code
    // (exitCodeFor).
    void fail(const Error &error);
    // A command-line value refused by Cli::Input: its message (the error's detail), exit 2.
    void failUsage(const Error &error);
    void finish(int exitCode);

signals:
    void finished(int exitCode);

private:
    Session &m_session;
    bool m_json;
    QTextStream m_out;
    QTextStream m_err;
    bool m_finished = false;
};

} // namespace Cli
} // namespace Sceau
