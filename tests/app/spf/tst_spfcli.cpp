#include "clirun.h"
#include "testenv.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Sceau;
using namespace Qt::StringLiterals;

namespace {
using Test::findingIds;
using Run = Test::CliRun;

Run cli(const QStringList &arguments)
{
    return Test::runCli(arguments);
}

QStringList knot()
{
    return Test::knotOptions();
}

QStringList offline()
{
    return {u"--zone-file"_s, Test::dataPath(u"zones/spf.test.zone"_s), u"--offline"_s};
}

} // namespace

// sceau-cli spf eval / parse / tree against the test Knot and the zone-file overlay
// (docs/cli.md, "spf"; exit codes of DESIGN.md §6).
class tst_SpfCli : public QObject
{
    Q_OBJECT
private slots:
    void evalAgainstKnot_data()
    {
        QTest::addColumn<QString>("ip");
        QTest::addColumn<QString>("sender");
        QTest::addColumn<QString>("result");
        QTest::addColumn<QString>("term");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("pass") << u"192.0.2.5"_s << u"a@good.spf.test"_s << u"pass"_s
                              << u"ip4:192.0.2.0/24"_s << 0;
        QTest::newRow("include") << u"2001:db8:1::9"_s << u"a@good.spf.test"_s << u"pass"_s
                                 << u"include:_inc.spf.test"_s << 0;
        QTest::newRow("fail") << u"203.0.113.9"_s << u"a@good.spf.test"_s << u"fail"_s << u"-all"_s
                              << 1;
        QTest::newRow("none") << u"203.0.113.9"_s << u"a@nothing.spf.test"_s << u"none"_s
                              << QString() << 1;
        QTest::newRow("permerror") << u"203.0.113.9"_s << u"a@many.spf.test"_s << u"permerror"_s
                                   << u"include:l3.spf.test"_s << 1;
    }
    void evalAgainstKnot()
    {
        QFETCH(QString, ip);
        QFETCH(QString, sender);
        QFETCH(QString, result);
        QFETCH(QString, term);
        QFETCH(int, exitCode);
        const Run run = cli(
            knot()
            + QStringList{u"spf"_s, u"eval"_s, u"--ip"_s, ip, u"--sender"_s, sender, u"--json"_s});
        QCOMPARE(run.exitCode, exitCode);
        const QJsonObject json = run.json();
        QCOMPARE(json.value(u"result"_s).toString(), result);
        QCOMPARE(json.value(u"matched_term"_s).toString(), term);
        QCOMPARE(json.value(u"ip"_s).toString(), ip);
        QVERIFY(json.contains(u"lookups"_s) && json.contains(u"explanation"_s)
                && json.contains(u"void_lookups"_s));
    }

    void evalExplanationOffline()
    {
        const Run run = cli(offline()
                            + QStringList{u"spf"_s,
                                          u"eval"_s,
                                          u"--ip"_s,
                                          u"198.51.100.1"_s,
                                          u"--sender"_s,
                                          u"x@explained.spf.test"_s,
                                          u"--json"_s});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.json().value(u"explanation"_s).toString(),
                 u"198.51.100.1 is not one of explained.spf.test's senders"_s);
    }

    void evalHeloIdentity()
    {
        const Run run = cli(offline()
                            + QStringList{u"spf"_s,
                                          u"eval"_s,
                                          u"--ip"_s,
                                          u"192.0.2.5"_s,
                                          u"--sender"_s,
                                          u"x@plusall.spf.test"_s,
                                          u"--helo"_s,
                                          u"good.spf.test"_s,
                                          u"--identity"_s,
                                          u"helo"_s,
                                          u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json().value(u"domain"_s).toString(), u"good.spf.test"_s);
        QCOMPARE(run.json().value(u"result"_s).toString(), u"pass"_s);
    }

    void evalUnreachableIsTempError()
    {
        const Run run = cli({u"--nameserver"_s,
                             u"127.0.0.1:9"_s,
                             u"--timeout"_s,
                             u"200"_s,
                             u"spf"_s,
                             u"eval"_s,
                             u"--ip"_s,
                             u"192.0.2.5"_s,
                             u"--sender"_s,
                             u"a@good.spf.test"_s,
                             u"--json"_s});
        QCOMPARE(run.exitCode, 3);
        QCOMPARE(run.json().value(u"result"_s).toString(), u"temperror"_s);
    }

    void evalBadUsage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no ip") << QStringList{u"--sender"_s, u"a@b.test"_s};
        QTest::newRow("bad ip") << QStringList{
            u"--ip"_s, u"300.1.1.1"_s, u"--sender"_s, u"a@b.test"_s};
        QTest::newRow("no identity") << QStringList{u"--ip"_s, u"192.0.2.1"_s};
        QTest::newRow("helo identity without helo") << QStringList{
            u"--ip"_s, u"192.0.2.1"_s, u"--sender"_s, u"a@b.test"_s, u"--identity"_s, u"helo"_s};
    }
    void evalBadUsage()
    {
        QFETCH(QStringList, arguments);
        const Run run = cli(offline() + QStringList{u"spf"_s, u"eval"_s} + arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY(!run.err.isEmpty());
    }

    void parse()
    {
        const Run run = cli(
            {u"spf"_s, u"parse"_s, u"v=spf1 a:mail.example.com/24//64 ptr ~all"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 0); // warnings only
        const QJsonObject json = run.json();
        QVERIFY(json.value(u"valid"_s).toBool());
        QCOMPARE(json.value(u"dns_lookups"_s).toInt(), 2);
        const QJsonArray terms = json.value(u"terms"_s).toArray();
        QCOMPARE(terms.size(), 3);
        QCOMPARE(terms.at(0).toObject().value(u"cidr6"_s).toInt(), 64);
        QCOMPARE(terms.at(2).toObject().value(u"qualifier"_s).toString(), u"~"_s);
        QCOMPARE(findingIds(json), QStringList{u"spf.ptr-used"_s});
    }

    void parseSyntaxError()
    {
        const Run run = cli({u"spf"_s, u"parse"_s, u"v=spf1 mx ip4:300.1.2.3 -all"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 1);
        const QJsonObject json = run.json();
        QVERIFY(!json.value(u"valid"_s).toBool());
        QCOMPARE(json.value(u"error"_s).toObject().value(u"position"_s).toInt(), 10);
        QCOMPARE(json.value(u"error"_s).toObject().value(u"term"_s).toString(), u"ip4:300.1.2.3"_s);
        QCOMPARE(findingIds(json), QStringList{u"spf.syntax-error"_s});
    }

    // docs/cli.md "spf parse": --domain names the domain in the findings (args and texts),
    // "-" by default; the exit code follows the findings (1: an error-level one).
    void parseDomainNamesTheFindings()
    {
        const QString record = u"v=spf1 ip4:192.0.2.0/24 +all"_s;
        const Run named = cli(
            {u"spf"_s, u"parse"_s, record, u"--domain"_s, u"mail.example.org"_s, u"--json"_s});
        QCOMPARE(named.exitCode, 1); // +all is an error
        const QJsonArray findings = named.json().value(u"findings"_s).toArray();
        QCOMPARE(findingIds(named.json()), QStringList{u"spf.all-pass"_s});
        const QJsonObject allPass = findings.at(0).toObject();
        QCOMPARE(allPass.value(u"severity"_s).toString(), u"error"_s);
        QCOMPARE(allPass.value(u"args"_s).toArray().at(0).toString(), u"mail.example.org"_s);
        QVERIFY2(allPass.value(u"explanation"_s).toString().contains(u"mail.example.org"_s)
                     || allPass.value(u"title"_s).toString().contains(u"mail.example.org"_s),
                 qPrintable(allPass.value(u"explanation"_s).toString()));

        const Run unnamed = cli({u"spf"_s, u"parse"_s, record, u"--json"_s});
        QCOMPARE(unnamed.exitCode, 1);
        QCOMPARE(unnamed.json()
                     .value(u"findings"_s)
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(u"args"_s)
                     .toArray()
                     .at(0)
                     .toString(),
                 u"-"_s);

        const Run text = cli({u"spf"_s, u"parse"_s, record, u"--domain"_s, u"mail.example.org"_s});
        QCOMPARE(text.exitCode, 1);
        QVERIFY2(text.out.contains("mail.example.org"), text.out.constData());
        QVERIFY(!cli({u"spf"_s, u"parse"_s, record}).out.contains("mail.example.org"));
    }

    void treeAgainstKnot()
    {
        const Run run
            = cli(knot() + QStringList{u"spf"_s, u"tree"_s, u"good.spf.test"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = run.json();
        QCOMPARE(json.value(u"lookups"_s).toInt(), 3);
        const QJsonObject tree = json.value(u"tree"_s).toObject();
        QCOMPARE(tree.value(u"total_lookups"_s).toInt(), 3);
        QCOMPARE(tree.value(u"lookups"_s).toInt(), 2);
        const QJsonObject include = tree.value(u"children"_s).toArray().first().toObject();
        QCOMPARE(include.value(u"domain"_s).toString(), u"_inc.spf.test"_s);
        QCOMPARE(include.value(u"via"_s).toString(), u"include:_inc.spf.test"_s);
        QVERIFY(include.value(u"networks"_s).toArray().contains(u"2001:db8:1::/48"_s));
    }

    void treeLookupLimit()
    {
        const Run run
            = cli(offline() + QStringList{u"spf"_s, u"tree"_s, u"many.spf.test"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.json().value(u"lookups"_s).toInt(), 12);
        QCOMPARE(findingIds(run.json()), QStringList{u"spf.lookup-limit"_s});
    }

    // The zone overlay answers spf.test; the include of a name outside goes to a dead server.
    void treeWithFailedBranchCouldNotComplete()
    {
        QTemporaryDir dir;
        QFile zone(dir.filePath(u"draft.test.zone"_s));
        QVERIFY(zone.open(QIODevice::WriteOnly));
        zone.write(
            "draft.test. 300 IN SOA ns.draft.test. hostmaster.draft.test. 1 3600 600 86400 300\n"
            "draft.test. 300 IN TXT \"v=spf1 include:_spf.elsewhere.test -all\"\n");
        zone.close();
        const Run run = cli({u"--zone-file"_s,
                             zone.fileName(),
                             u"--nameserver"_s,
                             u"127.0.0.1:9"_s,
                             u"--timeout"_s,
                             u"200"_s,
                             u"spf"_s,
                             u"tree"_s,
                             u"draft.test"_s,
                             u"--json"_s});
        QCOMPARE(run.exitCode, 3);
        const QJsonObject include = run.json()
                                        .value(u"tree"_s)
                                        .toObject()
                                        .value(u"children"_s)
                                        .toArray()
                                        .first()
                                        .toObject();
        QCOMPARE(include.value(u"state"_s).toString(), u"lookup-failed"_s);
        QVERIFY(findingIds(run.json()).isEmpty()); // a failure is not "include without SPF"
    }

    void treeText()
    {
        const Run run = cli(knot() + QStringList{u"spf"_s, u"tree"_s, u"good.spf.test"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("include:_inc.spf.test"));
        QVERIFY(run.out.contains("198.51.100.7"));
    }
};

QTEST_GUILESS_MAIN(tst_SpfCli)
#include "tst_spfcli.moc"
