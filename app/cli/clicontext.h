#pragma once

#include "app/cli/exitcode.h"

#include <QJsonObject>
#include <QObject>
#include <QTextStream>

#include <functional>

namespace Sceau {
namespace Dns {
class Resolver;
} // namespace Dns
} // namespace Sceau

namespace Sceau {
namespace Cli {

// What a command works with: the resolver built from the global options, the output streams,
// and the way to say it is done (the process exits with that code once control returns to the
// event loop).
class CliContext : public QObject
{
    Q_OBJECT
public:
    CliContext(Dns::Resolver *resolver, bool json, QObject *parent = nullptr);

    Dns::Resolver *resolver() const { return m_resolver; }
    bool json() const { return m_json; }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    void printJson(const QJsonObject &object); // one compact line on stdout
    // A specific, translated message on stderr, then finish(code).
    void fail(ExitCode code, const QString &message);
    void finish(int exitCode);

signals:
    void finished(int exitCode);

private:
    Dns::Resolver *m_resolver;
    bool m_json;
    QTextStream m_out;
    QTextStream m_err;
    bool m_finished = false;
};

} // namespace Cli
} // namespace Sceau
