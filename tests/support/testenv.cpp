#include "testenv.h"

#include <QFile>
#include <QProcess>
#include <QtGlobal>

namespace Sceau::Test {

Dns::NameServer knotServer()
{
    const auto server = Dns::NameServer::parse(
        qEnvironmentVariable("SCEAU_TEST_DNS", QStringLiteral("127.0.0.1:45353")));
    Q_ASSERT(server);
    return *server;
}

Dns::NameServer validatorServer()
{
    const auto server = Dns::NameServer::parse(
        qEnvironmentVariable("SCEAU_TEST_VALIDATOR", QStringLiteral("127.0.0.1:45454")));
    Q_ASSERT(server);
    return *server;
}

QString postfixLeaf()
{
    return qEnvironmentVariable("SCEAU_TEST_WORKDIR") + QStringLiteral("/postfix/leaf.pem");
}

QString dataPath(const QString &relative)
{
    return qEnvironmentVariable("SCEAU_TEST_DATA") + u'/' + relative;
}

QString supportPath(const QString &relative)
{
    return qEnvironmentVariable("SCEAU_TEST_SUPPORT") + u'/' + relative;
}

quint16 postfixPort()
{
    return quint16(qEnvironmentVariableIntValue("SCEAU_TEST_SMTP_PORT"));
}

QString postfixCa()
{
    return qEnvironmentVariable("SCEAU_TEST_WORKDIR") + QStringLiteral("/postfix/ca.pem");
}

SubmissionFixture submissionFixture()
{
    const QString dir = qEnvironmentVariable("SCEAU_TEST_WORKDIR") + QStringLiteral("/submission/");
    const auto read = [&dir](const char *name) {
        QFile file(dir + QLatin1StringView(name));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s (is the submission fixture running?)",
                   qPrintable(file.fileName()));
        return file.readAll();
    };
    SubmissionFixture fixture;
    fixture.port = quint16(qEnvironmentVariableIntValue("SCEAU_TEST_SUBMISSION_PORT"));
    fixture.smtpsPort = quint16(qEnvironmentVariableIntValue("SCEAU_TEST_SMTPS_PORT"));
    fixture.ca = dir + QStringLiteral("ca.pem");
    fixture.user = QString::fromLatin1(read("user"));
    fixture.password = read("password");
    return fixture;
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

bool reloadKnotZone(const QString &zone)
{
    QProcess knotc;
    knotc.setProcessChannelMode(QProcess::MergedChannels);
    knotc.start(QStringLiteral("knotc"),
                {QStringLiteral("-s"),
                 qEnvironmentVariable("SCEAU_TEST_WORKDIR") + QStringLiteral("/knot/knot.sock"),
                 QStringLiteral("-b"),
                 QStringLiteral("zone-reload"),
                 zone + u'.'});
    const bool ok = knotc.waitForFinished(20000) && knotc.exitStatus() == QProcess::NormalExit
                    && knotc.exitCode() == 0;
    if (!ok)
        qWarning("knotc zone-reload %s failed: %s", qPrintable(zone), knotc.readAll().constData());
    return ok;
}

Dns::ResolverConfig knotConfig()
{
    Dns::ResolverConfig config;
    config.servers = {knotServer()};
    config.timeoutMs = 300;
    config.attempts = 1;
    return config;
}

QByteArray knotTsigSecret(const QString &file)
{
    QFile secret(qEnvironmentVariable("SCEAU_TEST_WORKDIR") + QStringLiteral("/knot/") + file);
    if (!secret.open(QIODevice::ReadOnly))
        qFatal("cannot read the Knot fixture's %s", qPrintable(file));
    return secret.readAll().trimmed();
}

Dns::TsigKey knotTsigKey()
{
    return {QStringLiteral("sceau-test-key"),
            Dns::TsigAlgorithm::HmacSha256,
            QByteArray::fromBase64(knotTsigSecret())};
}

bool updateKnotZone(const QString &zone, const QString &commands)
{
    const Dns::NameServer server = knotServer();
    QProcess update;
    update.start(
        QStringLiteral("knsupdate"),
        {QStringLiteral("-y"),
         QStringLiteral("hmac-sha256:sceau-test-key:") + QString::fromLatin1(knotTsigSecret())});
    update.write(QStringLiteral("server %1 %2\nzone %3.\n%4\nsend\nquit\n")
                     .arg(server.address.toString())
                     .arg(server.port)
                     .arg(zone, commands)
                     .toLatin1());
    update.closeWriteChannel();
    if (!update.waitForFinished(10000) || update.exitCode() != 0) {
        qWarning("knsupdate: %s", update.readAllStandardError().constData());
        return false;
    }
    return true;
}

} // namespace Sceau::Test
