#include "clirun.h"

#include "testenv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

namespace Sceau::Test {

QJsonObject CliRun::json() const
{
    return jsonLines().value(0);
}

QList<QJsonObject> CliRun::jsonLines() const
{
    QList<QJsonObject> objects;
    for (const QByteArray &line : out.split('\n')) {
        if (!line.trimmed().isEmpty())
            objects << QJsonDocument::fromJson(line).object();
    }
    return objects;
}

CliRun runCli(const QStringList &arguments,
              const QByteArray &input,
              const QProcessEnvironment &environment,
              const QString &language)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(cliPath(), QStringList{QStringLiteral("--lang"), language} + arguments);
    process.write(input);
    process.closeWriteChannel();
    // Wait on the event loop, not blocked: a test's own servers (FaultyDnsServer) answer meanwhile.
    if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 30000))
        qFatal("sceau-cli did not finish");
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

QStringList knotOptions()
{
    return {QStringLiteral("--nameserver"),
            knotServer().toString(),
            QStringLiteral("--timeout"),
            QStringLiteral("300")};
}

QStringList findingIds(const QJsonObject &object)
{
    QStringList ids;
    for (const QJsonValue &finding : object.value(QStringLiteral("findings")).toArray())
        ids << finding.toObject().value(QStringLiteral("id")).toString();
    ids.sort();
    return ids;
}

} // namespace Sceau::Test
