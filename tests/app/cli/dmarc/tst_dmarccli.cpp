#include "clirun.h"
#include "faultydnsserver.h"
#include "testenv.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Sceau;
using namespace Qt::StringLiterals;

namespace {
using Test::findingIds;
using Test::runCli;

QStringList knot()
{
    return Test::knotOptions() + QStringList{u"--json"_s};
}

QJsonObject findingWithId(const QJsonObject &json, const QString &id)
{
    for (const QJsonValue &finding : json.value(u"findings"_s).toArray()) {
        if (finding.toObject().value(u"id"_s).toString() == id)
            return finding.toObject();
    }
    return {};
}
} // namespace

// sceau-cli dmarc parse, dmarc check and dmarc align: the JSON of docs/cli.md and the exit
// codes, against the test Knot (zone dmarc.test).
class DmarcCliTest : public QObject
{
    Q_OBJECT
private slots:
    void parseValid()
    {
        const Test::CliRun run
            = runCli({u"dmarc"_s,
                      u"parse"_s,
                      u"v=DMARC1; p=quarantine; SP=reject; rua=mailto:d@example.com"_s,
                      u"--json"_s});
        QVERIFY2(run.exitCode == 0, run.out + run.err);
        const QJsonObject json = run.json();
        QVERIFY(json.value(u"valid"_s).toBool());
        QCOMPARE(json.value(u"tags"_s).toObject().value(u"SP"_s).toString(), u"reject"_s);
        const QJsonObject effective = json.value(u"effective"_s).toObject();
        QCOMPARE(effective.value(u"policy"_s).toString(), u"quarantine"_s);
        QCOMPARE(effective.value(u"subdomain_policy"_s).toString(), u"reject"_s);
        QCOMPARE(effective.value(u"nonexistent_policy"_s).toString(), u"reject"_s);
        QCOMPARE(effective.value(u"dkim_alignment"_s).toString(), u"relaxed"_s);
        QCOMPARE(effective.value(u"test_mode"_s).toBool(), false);
        QCOMPARE(findingIds(json), QStringList());
    }

    // An error: exit 1, the finding carries the offset as its last argument.
    void parseDuplicate()
    {
        const Test::CliRun run
            = runCli({u"dmarc"_s, u"parse"_s, u"v=DMARC1; p=reject; p=none"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 1);
        const QJsonObject json = run.json();
        QVERIFY(!json.value(u"valid"_s).toBool());
        QCOMPARE(json.value(u"record"_s).toString(), u"v=DMARC1; p=reject; p=none"_s);
        const QJsonObject duplicate = findingWithId(json, u"dmarc.duplicate-tag"_s);
        QCOMPARE(duplicate.value(u"args"_s).toArray().last().toString(), u"20"_s);
    }

    void parseLegacyWarnsOnly()
    {
        const Test::CliRun run = runCli({u"dmarc"_s,
                                         u"parse"_s,
                                         u"v=DMARC1; p=reject; pct=10; rua=mailto:d@example.com"_s,
                                         u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(findingIds(run.json()), QStringList{u"dmarc.legacy-tag"_s});
    }

    void parseNotDmarc()
    {
        const Test::CliRun run = runCli({u"dmarc"_s, u"parse"_s, u"v=dmarc1; p=reject"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.contains("dmarc.not-a-record"));
    }

    void parseUsage() { QCOMPARE(runCli({u"dmarc"_s, u"parse"_s}).exitCode, 2); }

    void checkInherited()
    {
        const Test::CliRun run
            = runCli(QStringList{u"dmarc"_s, u"check"_s, u"x.a.b.c.d.e.org.dmarc.test"_s} + knot());
        QVERIFY2(run.exitCode == 0, run.out + run.err);
        const QJsonObject json = run.json();
        QCOMPARE(json.value(u"policy_domain"_s).toString(), u"org.dmarc.test"_s);
        QCOMPARE(json.value(u"org_domain"_s).toString(), u"org.dmarc.test"_s);
        QVERIFY(json.value(u"inherited"_s).toBool());
        QVERIFY(json.value(u"complete"_s).toBool());
        QCOMPARE(json.value(u"queries"_s).toArray().size(), 8);
        QCOMPARE(json.value(u"queries"_s).toArray().at(1).toObject().value(u"name"_s).toString(),
                 u"_dmarc.b.c.d.e.org.dmarc.test"_s);
        QCOMPARE(json.value(u"record"_s)
                     .toObject()
                     .value(u"effective"_s)
                     .toObject()
                     .value(u"policy"_s)
                     .toString(),
                 u"reject"_s);
        QVERIFY(findingIds(json).contains(u"dmarc.inherited"_s));
    }

    void checkMissing()
    {
        const Test::CliRun run
            = runCli(QStringList{u"dmarc"_s, u"check"_s, u"missing.dmarc.test"_s} + knot());
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(findingIds(run.json()), QStringList{u"dmarc.missing"_s});
        QVERIFY(run.json().value(u"policy_domain"_s).isNull());
    }

    // The resolver fails: exit 3, "could not determine", never dmarc.missing.
    void checkCouldNotDetermine()
    {
        Test::FaultyDnsServer servfail(Test::FaultyDnsServer::Fault::ServFail);
        const Test::CliRun run = runCli({u"dmarc"_s,
                                         u"check"_s,
                                         u"missing.dmarc.test"_s,
                                         u"--nameserver"_s,
                                         servfail.address().toString(),
                                         u"--json"_s});
        QCOMPARE(run.exitCode, 3);
        QVERIFY(!findingIds(run.json()).contains(u"dmarc.missing"_s));
        QVERIFY(!run.json().value(u"policy_determined"_s).toBool());
    }

    void align()
    {
        const Test::CliRun pass = runCli(QStringList{u"dmarc"_s,
                                                     u"align"_s,
                                                     u"--from"_s,
                                                     u"shop.psd.dmarc.test"_s,
                                                     u"--mail-from"_s,
                                                     u"other.psd.dmarc.test"_s,
                                                     u"--spf"_s,
                                                     u"pass"_s,
                                                     u"--dkim-d"_s,
                                                     u"www.shop.psd.dmarc.test"_s,
                                                     u"--dkim"_s,
                                                     u"pass"_s}
                                         + knot());
        QVERIFY2(pass.exitCode == 0, pass.out + pass.err);
        QCOMPARE(pass.json().value(u"verdict"_s).toString(), u"pass"_s);
        QVERIFY(pass.json().value(u"dkim_aligned"_s).toBool());
        QVERIFY(!pass.json().value(u"spf_aligned"_s).toBool());

        const Test::CliRun fail = runCli(QStringList{u"dmarc"_s,
                                                     u"align"_s,
                                                     u"--from"_s,
                                                     u"org.dmarc.test"_s,
                                                     u"--mail-from"_s,
                                                     u"esp.dmarc.test"_s,
                                                     u"--spf"_s,
                                                     u"pass"_s}
                                         + knot());
        QCOMPARE(fail.exitCode, 1);
        QCOMPARE(fail.json().value(u"verdict"_s).toString(), u"fail"_s);
        QCOMPARE(fail.json().value(u"disposition"_s).toString(), u"reject"_s);
    }

    void alignUsage()
    {
        QCOMPARE(
            runCli({u"dmarc"_s, u"align"_s, u"--from"_s, u"example.com"_s, u"--spf"_s, u"maybe"_s})
                .exitCode,
            2);
        QCOMPARE(runCli({u"dmarc"_s, u"align"_s, u"--spf"_s, u"pass"_s}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(DmarcCliTest)
#include "tst_dmarccli.moc"
