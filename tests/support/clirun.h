#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QProcessEnvironment>
#include <QStringList>

namespace Sceau {
namespace Test {

// What the real sceau-cli did when run as a separate process.
struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QJsonObject json() const;             // the first JSON object on stdout
    QList<QJsonObject> jsonLines() const; // one object per line (several domains)
};

// Runs the sceau-cli under test (SCEAU_CLI) with --lang language, input on stdin. Waits on the
// event loop, so servers of the test process itself keep answering meanwhile.
CliRun runCli(const QStringList &arguments,
              const QByteArray &input = {},
              const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
              const QString &language = QStringLiteral("en"));

// Global options pointing the CLI at the test Knot with a short timeout.
QStringList knotOptions();

// The sorted ids of an object's "findings" array.
QStringList findingIds(const QJsonObject &object);

} // namespace Test
} // namespace Sceau
