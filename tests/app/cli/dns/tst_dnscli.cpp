#include "clirun.h"
#include "testenv.h"

#include "model/dns/zonefilereader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Sceau;
using namespace Qt::StringLiterals;

namespace {
QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(file.fileName()));
    return file.fileName();
}

QStringList answerTypes(const QJsonObject &object)
{
    QStringList types;
    for (const QJsonValue &record : object.value(u"answer"_s).toArray())
        types << record.toObject().value(u"type"_s).toString();
    return types;
}
} // namespace

// sceau-cli's DNS layer: `dns query` through CNAMEs, and zone files loaded by the global options.
class tst_DnsCli : public QObject
{
    Q_OBJECT
private slots:
    void invalidZoneFileExitsTwoWithTheLine()
    {
        QTemporaryDir dir;
        const QString zone
            = writeFile(dir,
                        u"bad.zone"_s,
                        "$ORIGIN bad.test.\n@ 300 IN SOA ns hostmaster 1 3600 600 86400 300\n"
                        "@ 300 IN TXT \""
                            + QByteArray(300, 'k') + "\"\n");
        const Test::CliRun run = Test::runCli({u"--zone-file"_s,
                                               zone,
                                               u"--offline"_s,
                                               u"dns"_s,
                                               u"query"_s,
                                               u"bad.test"_s,
                                               u"TXT"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        const QString err = QString::fromUtf8(run.err);
        QVERIFY2(err.contains(
                     zone + u": line 3: split the value into strings of at most 255 characters"_s),
                 run.err.constData());
    }

    void oversizedZoneFileExitsTwo()
    {
        QTemporaryDir dir;
        const QString zone
            = writeFile(dir, u"big.zone"_s, QByteArray(Dns::ZoneFileReader::MaxBytes + 1, '\n'));
        const Test::CliRun run = Test::runCli(
            {u"--zone-file"_s, zone, u"--offline"_s, u"check"_s, u"--no-tls"_s, u"big.test"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("larger than 1 MiB"), run.err.constData());
    }

    void hostedDkimFollowsTheCnameToTheLiveSource()
    {
        // The zone file has the CNAME; its target's zone is only on the test Knot.
        const Test::CliRun run
            = Test::runCli(Test::knotOptions()
                           + QStringList{u"--zone-file"_s,
                                         Test::dataPath(u"zones/cname.test.zone"_s),
                                         u"--json"_s,
                                         u"dns"_s,
                                         u"query"_s,
                                         u"s1._domainkey.cname.test"_s,
                                         u"TXT"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject answer = run.json();
        QCOMPARE(answer.value(u"name"_s).toString(), u"s1._domainkey.cname.test"_s);
        QCOMPARE(answer.value(u"status"_s).toString(), u"answer"_s);
        QCOMPARE(answerTypes(answer), (QStringList{u"CNAME"_s, u"TXT"_s}));
    }

    void cnameLoopIsAFailureExitThree_data()
    {
        QTest::addColumn<QStringList>("source");
        QTest::newRow("zone file") << QStringList{
            u"--zone-file"_s, Test::dataPath(u"zones/cname.test.zone"_s), u"--offline"_s};
        QTest::newRow("live") << Test::knotOptions();
    }
    void cnameLoopIsAFailureExitThree()
    {
        QFETCH(QStringList, source);
        const Test::CliRun json = Test::runCli(
            source
            + QStringList{
                u"--json"_s, u"dns"_s, u"query"_s, u"_dmarc.loop.cname.test"_s, u"TXT"_s});
        QCOMPARE(json.exitCode, 3);
        QCOMPARE(json.json().value(u"status"_s).toString(), u"cname-loop"_s);
        const Test::CliRun text = Test::runCli(
            source + QStringList{u"dns"_s, u"query"_s, u"long0.cname.test"_s, u"TXT"_s});
        QCOMPARE(text.exitCode, 3);
        QVERIFY2(text.out.contains(";; status: cname-chain-too-long"), text.out.constData());
        QVERIFY2(text.out.contains("too many aliases (CNAME)"), text.out.constData());
    }
};

QTEST_GUILESS_MAIN(tst_DnsCli)
#include "tst_dnscli.moc"
