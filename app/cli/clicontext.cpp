#include "app/cli/clicontext.h"

#include "model/session/session.h"

#include <QJsonDocument>

#include <cstdio>

namespace Sceau::Cli {

CliContext::CliContext(Session &session, bool json, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_json(json)
    , m_out(stdout)
    , m_err(stderr)
{
}

Dns::Resolver *CliContext::resolver() const
{
    return m_session.resolver();
}

void CliContext::printJson(const QJsonObject &object)
{
    m_out << QJsonDocument(object).toJson(QJsonDocument::Compact) << '\n';
    m_out.flush();
}

void CliContext::fail(ExitCode code, const QString &message)
{
    m_err << "sceau-cli: " << message << '\n';
    m_err.flush();
    finish(code);
}

void CliContext::fail(const Error &error)
{
    fail(exitCodeFor(error.code), describe(error));
}

void CliContext::failUsage(const Error &error)
{
    fail(ExitCode::BadUsage, error.detail);
}

void CliContext::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    m_out.flush();
    m_err.flush();
    emit finished(exitCode);
}

} // namespace Sceau::Cli
