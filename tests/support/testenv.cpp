#include "testenv.h"

#include <QFile>
#include <QtGlobal>

namespace Sceau::Test {

Dns::NameServer knotServer()
{
    const auto server = Dns::NameServer::parse(qEnvironmentVariable("SCEAU_TEST_DNS", QStringLiteral("127.0.0.1:45353")));
    Q_ASSERT(server);
    return *server;
}

QString dataPath(const QString &relative)
{
    return qEnvironmentVariable("SCEAU_TEST_DATA") + u'/' + relative;
}

QByteArray readData(const QString &relative)
{
    QFile file(dataPath(relative));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return file.readAll();
}

QString cliPath()
{
    return qEnvironmentVariable("SCEAU_CLI");
}

QString knotZoneFile()
{
    return dataPath(QStringLiteral("zones/sceau.test.zone"));
}

Dns::ResolverConfig knotConfig()
{
    Dns::ResolverConfig config;
    config.servers = {knotServer()};
    config.timeoutMs = 300;
    config.attempts = 1;
    return config;
}

} // namespace Sceau::Test
