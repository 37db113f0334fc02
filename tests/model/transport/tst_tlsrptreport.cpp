#include "model/transport/tlsrptimport.h"
#include "model/transport/tlsrptreport.h"
#include "tests/support/testenv.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Sceau;
using namespace Sceau::Transport;
using namespace Qt::StringLiterals;

// SMTP TLS reports (RFC 8460 §4) as real reporters send them (parsedmarc's samples): JSON,
// gzip, inside a mail; the deviations they carry; the bounds.
class TlsRptReportTest : public QObject
{
    Q_OBJECT
private slots:
    void rfcExample()
    {
        const auto report = importTlsRptReport(Test::readData(u"tls-rpt/rfc8460.json"_s));
        QVERIFY(report);
        QCOMPARE(report->organization, u"Company-X"_s);
        QCOMPARE(report->reportId, u"5065427c-23d3-47ca-b6e0-946ea0e8c4be"_s);
        QCOMPARE(report->start, QDateTime(QDate(2016, 4, 1), QTime(0, 0), Qt::UTC));
        QCOMPARE(report->policies.size(), 1);
        const TlsRptPolicy &policy = report->policies.first();
        QCOMPARE(policy.type, u"sts"_s);
        QCOMPARE(policy.domain, u"company-y.example"_s);
        QCOMPARE(policy.policyString.size(), 4);
        QCOMPARE(policy.mxHosts, QStringList{u"*.mail.company-y.example"_s});
        QCOMPARE(policy.successfulSessions, 5326);
        QCOMPARE(policy.failedSessions, 303);
        const QMap<QString, qint64> byType{{u"certificate-expired"_s, 100},
                                           {u"starttls-not-supported"_s, 200},
                                           {u"validation-failure"_s, 3}};
        QCOMPARE(policy.failuresByType(), byType);
        QCOMPARE(policy.failures.at(2).failureReasonCode,
                 u"X509_V_ERR_PROXY_PATH_LENGTH_EXCEEDED"_s);
    }

    // Mail.ru: no sending-mta-ip, no policy-string, the same result-type twice.
    void missingFields()
    {
        const auto report = importTlsRptReport(Test::readData(u"tls-rpt/mail.ru.json"_s));
        QVERIFY(report);
        const TlsRptPolicy &policy = report->policies.first();
        QVERIFY(policy.policyString.isEmpty());
        QVERIFY(policy.failures.first().sendingMtaIp.isEmpty());
        QCOMPARE(policy.failuresByType().value(u"sts-policy-fetch-error"_s), 2);
    }

    // The same report gzip-compressed, and Google's inside a mail (base64 gzip attachment).
    void wrappers_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("domain");
        QTest::addColumn<qint64>("failed");
        QTest::newRow("json") << u"tls-rpt/smtp_tls.json"_s << u"example.com"_s << qint64(3);
        QTest::newRow("json.gz") << u"tls-rpt/rfc8460.json.gz"_s << u"company-y.example"_s
                                 << qint64(303);
        QTest::newRow("eml") << u"tls-rpt/google.com_smtp_tls_report.eml"_s
                             << u"cardinalhealth.ca"_s << qint64(-1);
    }
    void wrappers()
    {
        QFETCH(QString, file);
        QFETCH(QString, domain);
        QFETCH(qint64, failed);
        const auto report = importTlsRptFile(Test::dataPath(file));
        QVERIFY2(report, report ? "" : qPrintable(report.error().detail));
        QVERIFY(!report->policies.isEmpty());
        QCOMPARE(report->policies.first().domain, domain);
        if (failed >= 0)
            QCOMPARE(report->policies.first().failedSessions, failed);
    }

    void tolerance()
    {
        const auto report = parseTlsRptReport(R"({"organization-name":"X","policies":[{
            "policy":{"policy-type":"sts","policy-string":"version: STSv1\nmode: enforce",
                      "policy-domain":"example.org","mx-host":["a.example.org","b.example.org"],
                      "vendor-extra":{"x":1}},
            "summary":{"total-successful-session-count":"12","total-failure-session-count":2},
            "failure-details":[{"result-type":"sts-webpki-invalid","failed-session-count":"2"}]}],
            "unknown-top":true})"_ba);
        QVERIFY(report);
        const TlsRptPolicy &policy = report->policies.first();
        QCOMPARE(policy.policyString, QStringList({u"version: STSv1"_s, u"mode: enforce"_s}));
        QCOMPARE(policy.mxHosts.size(), 2);
        QCOMPARE(policy.successfulSessions, 12);
        QCOMPARE(policy.failuresByType().value(u"sts-webpki-invalid"_s), 2);
        QVERIFY(!report->start.isValid());
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not json") << "hello"_ba;
        QTest::newRow("array") << "[1,2]"_ba;
        QTest::newRow("no policies") << R"({"organization-name":"X"})"_ba;
        QTest::newRow("broken json") << R"({"policies":[)"_ba;
        QTest::newRow("truncated gzip") << Test::readData(u"tls-rpt/rfc8460.json.gz"_s).first(40);
        QTest::newRow("mail without report")
            << "From: a@b\r\nContent-Type: text/plain\r\n\r\nhello\r\n"_ba;
    }
    void refused()
    {
        QFETCH(QByteArray, content);
        const auto report = importTlsRptReport(content);
        QVERIFY(!report);
        QCOMPARE(report.error().code, ErrorCode::InvalidInput);
        QVERIFY(!report.error().detail.isEmpty());
    }

    // A small file that inflates past the bound stops there.
    void gzipBomb()
    {
        QTemporaryDir dir;
        const QString raw = dir.filePath(u"zeros"_s);
        QFile file(raw);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray block(1024 * 1024, ' ');
        for (int i = 0; i < 20; ++i)
            file.write(block);
        file.close();
        QProcess gzip;
        gzip.start(u"gzip"_s, {u"-n"_s, raw});
        QVERIFY(gzip.waitForFinished());
        QCOMPARE(gzip.exitCode(), 0);
        const auto report = importTlsRptFile(raw + u".gz"_s);
        QVERIFY(!report);
        QVERIFY(QFileInfo(raw + u".gz"_s).size() < 100 * 1024);
    }

    void unreadable()
    {
        const auto report = importTlsRptFile(u"/nonexistent/report.json"_s);
        QVERIFY(!report);
        QCOMPARE(report.error().code, ErrorCode::FileUnreadable);
    }
};

QTEST_GUILESS_MAIN(TlsRptReportTest)
#include "tst_tlsrptreport.moc"
