#include "tests/support/clirun.h"
#include "tests/support/testenv.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Sceau;
using namespace Qt::StringLiterals;

// sceau-cli dmarc report: the JSON of docs/cli.md per report (aggregate and failure), a bad
// file named with its reason after the others are read (exit 2), --store without duplicates.
class DmarcReportCliTest : public QObject
{
    Q_OBJECT
private:
    static QString sample(const QString &name) { return Test::dataPath(u"dmarc/"_s + name); }

private slots:
    void reportsAndErrors()
    {
        const QString gz = sample(
            u"aggregate/parsedmarc/fastmail.com!example.com!1516060800!1516147199!102675056.xml.gz"_s);
        const QString ruf = sample(
            u"failure/parsedmarc/DMARC_Failure_Report_for_domain.de_mail-from_sharepoint_domain.de_ip_10.10.10.10_.eml"_s);
        const Test::CliRun run = Test::runCli(
            {u"--json"_s, u"dmarc"_s, u"report"_s, u"/nonexistent/r.xml"_s, gz, ruf});
        QCOMPARE(run.exitCode, 2); // a file failed, after the others were read
        const QList<QJsonObject> lines = run.jsonLines();
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(0).value(u"file").toString(), u"/nonexistent/r.xml"_s);
        QVERIFY(lines.at(0).value(u"error").toString().contains(u"cannot be opened"_s));
        const QJsonObject aggregate = lines.at(1);
        QCOMPARE(aggregate.value(u"file").toString(), gz);
        QCOMPARE(aggregate.value(u"format").toString(), u"rfc7489"_s);
        QCOMPARE(aggregate.value(u"org_name").toString(), u"FastMail Pty Ltd"_s);
        QCOMPARE(aggregate.value(u"report_id").toString(), u"102675056"_s);
        QCOMPARE(aggregate.value(u"begin").toString(), u"2018-01-16T00:00:00Z"_s);
        QCOMPARE(aggregate.value(u"policy_domain").toString(), u"indemed.com"_s);
        const QJsonObject record = aggregate.value(u"records").toArray().first().toObject();
        QCOMPARE(record.value(u"source_ip").toString(), u"104.195.80.20"_s);
        QCOMPARE(record.value(u"count").toInt(), 1);
        QVERIFY(record.contains(u"disposition") && record.contains(u"dkim")
                && record.contains(u"spf") && record.contains(u"header_from"));
        const QJsonObject failure = lines.at(2);
        QCOMPARE(failure.value(u"format").toString(), u"arf"_s);
        QCOMPARE(failure.value(u"source_ip").toString(), u"10.10.10.10"_s);
        QCOMPARE(failure.value(u"reported_domain").toString(), u"domain.de"_s);
        QCOMPARE(failure.value(u"auth_failure").toString(), u"dmarc"_s);
        QCOMPARE(failure.value(u"original_mail_from").toString(), u"sharepoint@domain.de"_s);

        // Text output: the bad file on stderr with its reason.
        const Test::CliRun text
            = Test::runCli({u"dmarc"_s, u"report"_s, u"/nonexistent/r.xml"_s, gz});
        QCOMPARE(text.exitCode, 2);
        QVERIFY(text.err.contains("/nonexistent/r.xml: cannot be opened"));
        QVERIFY(text.out.contains("report 102675056 from FastMail Pty Ltd for indemed.com"));
        QCOMPARE(Test::runCli({u"dmarc"_s, u"report"_s, gz}).exitCode, 0);
        QCOMPARE(Test::runCli({u"dmarc"_s, u"report"_s}).exitCode, 2);
    }

    // --store: added once; the same report again is reported as not stored.
    void store()
    {
        QTemporaryDir home;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"XDG_DATA_HOME"_s, home.path());
        const QStringList arguments{u"--json"_s,
                                    u"dmarc"_s,
                                    u"report"_s,
                                    u"--store"_s,
                                    sample(u"aggregate/parsedmarc/rfc9990-sample.xml"_s)};
        const Test::CliRun first = Test::runCli(arguments, {}, environment);
        QCOMPARE(first.exitCode, 0);
        QCOMPARE(first.json().value(u"stored").toBool(), true);
        QCOMPARE(first.json().value(u"format").toString(), u"rfc9990"_s);
        const Test::CliRun again = Test::runCli(arguments, {}, environment);
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.json().contains(u"stored"));
        QCOMPARE(again.json().value(u"stored").toBool(), false);
    }
};

QTEST_GUILESS_MAIN(DmarcReportCliTest)
#include "tst_dmarcreportcli.moc"
