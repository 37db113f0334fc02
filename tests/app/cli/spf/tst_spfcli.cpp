#include "clirun.h"
#include "faultydnsserver.h"
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

using Test::runCli;

QStringList knot()
{
    return Test::knotOptions();
}

QStringList offline()
{
    return {u"--zone-file"_s, Test::dataPath(u"zones/spf.test.zone"_s), u"--offline"_s};
}

// A zone file for sender.test in dir: SPF record, DMARC, MX with its address, and more.
QString senderZone(const QTemporaryDir &dir, const QByteArray &spf, const QByteArray &more = {})
{
    QFile zone(dir.filePath(u"sender.test.zone"_s));
    if (!zone.open(QIODevice::WriteOnly))
        qFatal("cannot write the zone file");
    zone.write("$ORIGIN sender.test.\n$TTL 300\n"
               "@ SOA ns.sender.test. hostmaster.sender.test. 1 3600 600 86400 300\n"
               "@ TXT \""
               + spf
               + "\"\n"
                 "_dmarc TXT \"v=DMARC1; p=reject\"\n"
                 "@ MX 10 mail\nmail A 192.0.2.25\n"
               + more);
    return zone.fileName();
}

// The zone file, names outside it sent to a nameserver that never answers (a real timeout).
QStringList silentFallback(const QString &zoneFile, const Test::FaultyDnsServer &silent)
{
    return {u"--zone-file"_s,
            zoneFile,
            u"--nameserver"_s,
            silent.address().toString(),
            u"--timeout"_s,
            u"200"_s};
}

QStringList failedNames(const QJsonObject &json)
{
    QStringList names;
    for (const QJsonValue &finding : json.value(u"findings"_s).toArray()) {
        if (finding[u"id"_s].toString() == u"dns.lookup-failed")
            names << finding[u"args"_s][0].toString();
    }
    names.sort();
    return names;
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
        const Run run = runCli(
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
        const Run run = runCli(offline()
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
        const Run run = runCli(offline()
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
        const Run run = runCli({u"--nameserver"_s,
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
        const Run run = runCli(offline() + QStringList{u"spf"_s, u"eval"_s} + arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY(!run.err.isEmpty());
    }

    void parse()
    {
        const Run run = runCli(
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
        const Run run
            = runCli({u"spf"_s, u"parse"_s, u"v=spf1 mx ip4:300.1.2.3 -all"_s, u"--json"_s});
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
        const Run named = runCli(
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

        const Run unnamed = runCli({u"spf"_s, u"parse"_s, record, u"--json"_s});
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

        const Run text
            = runCli({u"spf"_s, u"parse"_s, record, u"--domain"_s, u"mail.example.org"_s});
        QCOMPARE(text.exitCode, 1);
        QVERIFY2(text.out.contains("mail.example.org"), text.out.constData());
        QVERIFY(!runCli({u"spf"_s, u"parse"_s, record}).out.contains("mail.example.org"));
    }

    void treeAgainstKnot()
    {
        const Run run
            = runCli(knot() + QStringList{u"spf"_s, u"tree"_s, u"good.spf.test"_s, u"--json"_s});
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
            = runCli(offline() + QStringList{u"spf"_s, u"tree"_s, u"many.spf.test"_s, u"--json"_s});
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
        const Run run = runCli({u"--zone-file"_s,
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
        // A failure is not "include without SPF": could not check, with the name.
        QCOMPARE(findingIds(run.json()), QStringList{u"dns.lookup-failed"_s});
        QCOMPARE(failedNames(run.json()), QStringList{u"_spf.elsewhere.test"_s});
        QCOMPARE(run.json().value(u"failed_lookups"_s).toInt(), 1);
        QVERIFY(!run.json().value(u"completed"_s).toBool());
    }

    // Issue 7 §1: the include's server does not answer. check must not read as complete.
    void checkCountsFailuresInsideSpf()
    {
        Test::FaultyDnsServer silent(Test::FaultyDnsServer::Fault::Silent);
        QTemporaryDir dir;
        const QString zone = senderZone(dir, "v=spf1 include:_spf.elsewhere.example -all");
        const Run check
            = runCli(silentFallback(zone, silent)
                     + QStringList{u"check"_s, u"--no-tls"_s, u"sender.test"_s, u"--json"_s});
        const QJsonObject json = check.json();
        QVERIFY(!json.value(u"complete"_s).toBool());
        QVERIFY(json.value(u"failed_lookups"_s).toInt() >= 1);
        QVERIFY(failedNames(json).contains(u"_spf.elsewhere.example"_s));
        QVERIFY(!findingIds(json).contains(u"spf.include-without-spf"_s));
        QTRY_VERIFY(silent.queriesReceived() >= 1); // the failure came from a real server

        const Run eval = runCli(silentFallback(zone, silent)
                                + QStringList{u"spf"_s,
                                              u"eval"_s,
                                              u"--ip"_s,
                                              u"192.0.2.9"_s,
                                              u"--sender"_s,
                                              u"a@sender.test"_s,
                                              u"--json"_s});
        QCOMPARE(eval.exitCode, 3);
        QCOMPARE(eval.json().value(u"result"_s).toString(), u"temperror"_s);
    }

    // Issue 7 §1: lookups timing out are not void lookups (RFC 7208 §4.6.4).
    void timeoutsAreNotVoid()
    {
        Test::FaultyDnsServer silent(Test::FaultyDnsServer::Fault::Silent);
        QTemporaryDir dir;
        const QString zone = senderZone(dir,
                                        "v=spf1 a:x1.elsewhere.example a:x2.elsewhere.example "
                                        "a:x3.elsewhere.example -all");
        const Run tree = runCli(silentFallback(zone, silent)
                                + QStringList{u"spf"_s, u"tree"_s, u"sender.test"_s, u"--json"_s});
        QCOMPARE(tree.exitCode, 3); // no error finding, incomplete
        QVERIFY(!findingIds(tree.json()).contains(u"spf.void-limit"_s));
        QCOMPARE(failedNames(tree.json()).size(), 6); // A and AAAA of each
        const Run check
            = runCli(silentFallback(zone, silent)
                     + QStringList{u"check"_s, u"--no-tls"_s, u"sender.test"_s, u"--json"_s});
        QVERIFY(!findingIds(check.json()).contains(u"spf.void-limit"_s));
        QVERIFY(!check.json().value(u"complete"_s).toBool());
        // The same names answered NXDOMAIN are void: this test can fail.
        const Run offlineTree = runCli({u"--zone-file"_s,
                                        zone,
                                        u"--offline"_s,
                                        u"spf"_s,
                                        u"tree"_s,
                                        u"sender.test"_s,
                                        u"--json"_s});
        QCOMPARE(offlineTree.exitCode, 1);
        QCOMPARE(findingIds(offlineTree.json()), QStringList{u"spf.void-limit"_s});
    }

    // Issue 7 §2: 5 includes per level, 12 levels. Bounded, and says what it did not follow.
    void treeHostileZoneIsBounded()
    {
        QByteArray records;
        for (int level = 0; level < 12; ++level) {
            for (int i = 0; i < 5; ++i) {
                QByteArray record = "v=spf1";
                for (int next = 0; next < 5 && level < 11; ++next)
                    record += " include:l" + QByteArray::number(level + 1) + "n"
                              + QByteArray::number(next) + ".sender.test";
                records += "l" + QByteArray::number(level) + "n" + QByteArray::number(i) + " TXT \""
                           + record + " -all\"\n";
            }
        }
        QTemporaryDir dir;
        const QString zone = senderZone(
            dir,
            "v=spf1 include:l0n0.sender.test include:l0n1.sender.test include:l0n2.sender.test "
            "include:l0n3.sender.test include:l0n4.sender.test -all",
            records);
        const QStringList options{u"--zone-file"_s, zone, u"--offline"_s};
        const Run run
            = runCli(options + QStringList{u"spf"_s, u"tree"_s, u"sender.test"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 1); // spf.lookup-limit
        const QJsonObject json = run.json();
        QVERIFY(json.value(u"nodes"_s).toInt() <= 100);    // MaxTreeNodes
        QVERIFY(json.value(u"queries"_s).toInt() <= 1100); // MaxTreeQueries
        QVERIFY(json.value(u"truncated"_s).toBool());
        QVERIFY(findingIds(json).contains(u"spf.lookup-limit"_s));
        const Run text = runCli(options + QStringList{u"spf"_s, u"tree"_s, u"sender.test"_s});
        QVERIFY(text.out.contains("over the limit, not followed: include:"));
        const Run check = runCli(
            options + QStringList{u"check"_s, u"--no-tls"_s, u"sender.test"_s, u"--json"_s});
        QCOMPARE(check.exitCode, 1);
        QVERIFY(check.json().value(u"spf"_s)[u"lookups"_s].toInt() > 10);
    }

    // Issue 7 §3: one rule for which TXT is the SPF record (RFC 7208 §4.5, no trimming).
    void leadingSpaceIsMissingOnly()
    {
        QTemporaryDir dir;
        const QString zone = senderZone(dir, " v=spf1 ip4:192.0.2.1 -all");
        const Run check = runCli({u"--zone-file"_s,
                                  zone,
                                  u"--offline"_s,
                                  u"check"_s,
                                  u"--no-tls"_s,
                                  u"sender.test"_s,
                                  u"--json"_s});
        const QStringList ids = findingIds(check.json());
        QVERIFY(ids.contains(u"spf.missing"_s));
        QVERIFY(!ids.contains(u"spf.present"_s));
        QVERIFY(check.json().value(u"spf"_s)[u"records"_s].toArray().isEmpty());
    }

    // RFC 7208 §6.1: redirect= in a record with all is ignored by tree and check alike.
    void redirectIgnoredWithAll()
    {
        QTemporaryDir dir;
        const QString zone = senderZone(dir,
                                        "v=spf1 ip4:192.0.2.1 -all redirect=r.sender.test",
                                        "r TXT \"v=spf1 ip4:198.51.100.0/24 -all\"\n");
        const QStringList options{u"--zone-file"_s, zone, u"--offline"_s};
        const Run tree
            = runCli(options + QStringList{u"spf"_s, u"tree"_s, u"sender.test"_s, u"--json"_s});
        QCOMPARE(tree.exitCode, 0);
        QCOMPARE(tree.json().value(u"lookups"_s).toInt(), 0);
        QVERIFY(tree.json()[u"tree"_s][u"children"_s].toArray().isEmpty());
        QVERIFY(!tree.out.contains("198.51.100"));
        const Run check = runCli(
            options + QStringList{u"check"_s, u"--no-tls"_s, u"sender.test"_s, u"--json"_s});
        QCOMPARE(check.json().value(u"spf"_s)[u"lookups"_s].toInt(), 0);
    }

    // Issue 7 §4: a term authorising every address is an error, like +all.
    void wholeAddressSpaceIsAnError()
    {
        const Run run = runCli({u"spf"_s, u"parse"_s, u"v=spf1 ip4:0.0.0.0/0 -all"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(findingIds(run.json()), QStringList{u"spf.whole-address-space"_s});
    }

    void treeText()
    {
        const Run run = runCli(knot() + QStringList{u"spf"_s, u"tree"_s, u"good.spf.test"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("include:_inc.spf.test"));
        QVERIFY(run.out.contains("198.51.100.7"));
    }
};

QTEST_GUILESS_MAIN(tst_SpfCli)
#include "tst_spfcli.moc"
