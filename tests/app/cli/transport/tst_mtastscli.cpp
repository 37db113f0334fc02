#include "https/httpstestserver.h"
#include "tests/support/clirun.h"
#include "tests/support/testenv.h"
#include "tls/testpki.h"

#include <QJsonArray>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Sceau;
using namespace Qt::StringLiterals;

// sceau-cli mta-sts check, tls-rpt check and tls-rpt report against the test Knot (zone
// mtasts.test) and the suite's HTTPS server: the JSON of docs/cli.md and the exit codes.
class MtaStsCliTest : public QObject
{
    Q_OBJECT
private:
    QStringList options(quint16 port) const
    {
        return Test::knotOptions()
               + QStringList{u"--ca"_s,
                             m_pki->caCertificate(),
                             u"--port-map"_s,
                             u"443=%1"_s.arg(port),
                             u"--json"_s};
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Test::TestPki> m_pki;
    std::unique_ptr<Test::HttpsTestServer> m_server;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_pki = std::make_unique<Test::TestPki>(m_dir.path());
        const QString policy = u"version: STSv1\r\nmode: enforce\r\nmx: mail.%1.mtasts.test\r\n"
                               "max_age: 604800\r\n"_s;
        m_server = std::make_unique<Test::HttpsTestServer>(
            m_pki->issue(u"policy"_s,
                         {u"mta-sts.good.mtasts.test"_s, u"mta-sts.uncovered.mtasts.test"_s}),
            QJsonObject{
                {u"mta-sts.good.mtasts.test"_s, QJsonObject{{u"body"_s, policy.arg(u"good"_s)}}},
                {u"mta-sts.uncovered.mtasts.test"_s,
                 QJsonObject{{u"body"_s, policy.arg(u"uncovered"_s)}}}});
    }

    void good()
    {
        const Test::CliRun run
            = Test::runCli(QStringList{u"mta-sts"_s, u"check"_s, u"good.mtasts.test"_s}
                           + options(m_server->port()));
        QVERIFY2(run.exitCode == 0, run.out + run.err);
        const QJsonObject json = run.json();
        QCOMPARE(json.value(u"domain"_s).toString(), u"good.mtasts.test"_s);
        QVERIFY(json.value(u"complete"_s).toBool());
        QCOMPARE(json.value(u"record"_s).toObject().value(u"id"_s).toString(),
                 u"20261130T120000"_s);
        QCOMPARE(json.value(u"record"_s).toObject().value(u"state"_s).toString(), u"valid"_s);
        const QJsonObject fetch = json.value(u"fetch"_s).toObject();
        QCOMPARE(fetch.value(u"outcome"_s).toString(), u"fetched"_s);
        QCOMPARE(fetch.value(u"connected_port"_s).toInt(), int(m_server->port()));
        QVERIFY(fetch.value(u"certificate"_s).toObject().value(u"trusted"_s).toBool());
        QCOMPARE(json.value(u"policy"_s).toObject().value(u"mode"_s).toString(), u"enforce"_s);
        QCOMPARE(json.value(u"policy"_s).toObject().value(u"max_age"_s).toInt(), 604800);
        QCOMPARE(json.value(u"mx"_s).toArray().first().toString(), u"mail.good.mtasts.test"_s);
        QCOMPARE(Test::findingIds(json),
                 QStringList({u"mta-sts.mx-covered"_s, u"mta-sts.policy-valid"_s}));
    }

    void uncoveredMx()
    {
        const Test::CliRun run
            = Test::runCli(QStringList{u"mta-sts"_s, u"check"_s, u"uncovered.mtasts.test"_s}
                           + options(m_server->port()));
        QCOMPARE(run.exitCode, 1);
        QVERIFY(Test::findingIds(run.json()).contains(u"mta-sts.mx-not-covered"_s));
    }

    void noRecord()
    {
        const Test::CliRun run
            = Test::runCli(QStringList{u"mta-sts"_s, u"check"_s, u"none.mtasts.test"_s}
                           + options(m_server->port()));
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(Test::findingIds(run.json()), QStringList{u"mta-sts.no-record"_s});
        QVERIFY(run.json().value(u"fetch"_s).isNull());
    }

    // The policy host refuses: could not check (3), never "no policy".
    void refused()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        const Test::CliRun run = Test::runCli(
            QStringList{u"mta-sts"_s, u"check"_s, u"good.mtasts.test"_s} + options(port));
        QCOMPARE(run.exitCode, 3);
        QCOMPARE(Test::findingIds(run.json()), QStringList{u"mta-sts.policy-unreachable"_s});
        QVERIFY(!run.json().value(u"complete"_s).toBool());
        QCOMPARE(run.json().value(u"fetch"_s).toObject().value(u"outcome"_s).toString(),
                 u"connect-failed"_s);
    }

    void textOutput()
    {
        QStringList args{u"mta-sts"_s, u"check"_s, u"uncovered.mtasts.test"_s};
        args << options(m_server->port());
        args.removeAll(u"--json"_s);
        const Test::CliRun run = Test::runCli(args);
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.contains("mta-sts.mx-not-covered"));
        QVERIFY(run.out.contains("mode enforce"));
    }

    void tlsRptCheck()
    {
        const Test::CliRun good
            = Test::runCli(QStringList{u"tls-rpt"_s, u"check"_s, u"good.mtasts.test"_s, u"--json"_s}
                           + Test::knotOptions());
        QCOMPARE(good.exitCode, 0);
        QCOMPARE(
            good.json().value(u"record"_s).toObject().value(u"rua"_s).toArray().first().toString(),
            u"mailto:tls@good.mtasts.test"_s);
        QCOMPARE(Test::findingIds(good.json()), QStringList{u"tls-rpt.record-valid"_s});
        const Test::CliRun bad = Test::runCli(
            QStringList{u"tls-rpt"_s, u"check"_s, u"uncovered.mtasts.test"_s, u"--json"_s}
            + Test::knotOptions());
        QCOMPARE(bad.exitCode, 1);
        QCOMPARE(Test::findingIds(bad.json()), QStringList{u"tls-rpt.invalid-record"_s});
    }

    // Every file is read; a bad one is named on stderr with its reason, and makes the exit 2.
    void reports()
    {
        const QString bad = m_dir.filePath(u"bad.json"_s);
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"policies\": [");
        file.close();
        const Test::CliRun run
            = Test::runCli({u"tls-rpt"_s,
                            u"report"_s,
                            Test::dataPath(u"tls-rpt/rfc8460.json.gz"_s),
                            bad,
                            Test::dataPath(u"tls-rpt/google.com_smtp_tls_report.eml"_s),
                            u"--json"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(bad.toUtf8()));
        const QList<QJsonObject> lines = run.jsonLines();
        QCOMPARE(lines.size(), 2);
        const QJsonObject policy = lines.first().value(u"policies"_s).toArray().first().toObject();
        QCOMPARE(policy.value(u"domain"_s).toString(), u"company-y.example"_s);
        QCOMPARE(policy.value(u"failures_by_type"_s)
                     .toObject()
                     .value(u"starttls-not-supported"_s)
                     .toInt(),
                 200);
        QCOMPARE(lines.at(1).value(u"organization"_s).toString(), u"Google Inc."_s);

        const Test::CliRun clean
            = Test::runCli({u"tls-rpt"_s, u"report"_s, Test::dataPath(u"tls-rpt/smtp_tls.json"_s)});
        QCOMPARE(clean.exitCode, 1); // failed sessions: what was checked failed
        QVERIFY(clean.out.contains("validation-failure: 3"));
    }
};

QTEST_GUILESS_MAIN(MtaStsCliTest)
#include "tst_mtastscli.moc"
