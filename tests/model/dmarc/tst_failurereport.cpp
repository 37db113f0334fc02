#include "model/dmarc/failurereport.h"
#include "model/dmarc/reportimport.h"
#include "tests/support/testenv.h"

#include <QDir>
#include <QTest>

using namespace Sceau;
using namespace Sceau::Dmarc;
using namespace Qt::StringLiterals;

// Failure reports (RFC 9991 / ARF RFC 5965, RFC 6591 fields): every parsedmarc sample with its
// failing identifiers, read through the same import as aggregate reports.
class FailureReportTest : public QObject
{
    Q_OBJECT
private slots:
    void samples_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("arf");
        QTest::addColumn<QString>("sourceIp");
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("authFailure");
        QTest::addColumn<QString>("mailFrom");
        QTest::addColumn<QString>("delivery");
        QTest::addColumn<QString>("dkimDomain");
        QTest::addColumn<QString>("from");
        QTest::newRow("sharepoint")
            << u"DMARC_Failure_Report_for_domain.de_mail-from_sharepoint_domain.de_ip_10.10.10.10_.eml"_s
            << true << u"10.10.10.10"_s << u"domain.de"_s << u"dmarc"_s << u"sharepoint@domain.de"_s
            << u"smg-policy-action"_s << QString()
            << u"\"=?utf-8?B?SW50ZXJha3RpdmUgV2V0dGJld2VyYmVyLcOcYmVyc2ljaHQ=?=\" <sharepoint@domain.de>"_s;
        // The feedback part in base64, inside multipart/mixed rather than multipart/report.
        QTest::newRow("netease") << u"_Netease_DMARC_Failure_Report_Rent_Reminder.eml"_s << true
                                 << u"167.89.69.24"_s << u"cardinal.com"_s << QString()
                                 << u"<bounces+1137616-c1ad-xsj399=163.com@email.entrata.com>"_s
                                 << u"delivered"_s << u"entrata.com"_s
                                 << u"700 on Washington <info@cardinal.com>"_s;
        QTest::newRow("linkedin crlf")
            << u"dmarc_ruf_report_linkedin.crlf.eml"_s << true << u"10.10.10.10"_s
            << u"example.com"_s << u"dmarc"_s << QString() << u"delivered"_s << QString()
            << u"Sender <sender@example.com>"_s;
        QTest::newRow("linkedin") << u"dmarc_ruf_report_linkedin.eml"_s << true << u"10.10.10.10"_s
                                  << u"example.com"_s << u"dmarc"_s << QString() << u"delivered"_s
                                  << QString() << u"Sender <sender@example.com>"_s;
        // Exim's text report: the summary lines and the copied headers.
        QTest::newRow("exim text")
            << u"exim_plain_text_only_no_arf_part.eml"_s << false << u"203.0.113.68"_s
            << u"example.com"_s << u"dmarc"_s << QString() << QString() << QString()
            << u"<user@example.com>"_s;
    }
    void samples()
    {
        QFETCH(QString, file);
        QFETCH(bool, arf);
        QFETCH(QString, sourceIp);
        QFETCH(QString, domain);
        QFETCH(QString, authFailure);
        QFETCH(QString, mailFrom);
        QFETCH(QString, delivery);
        QFETCH(QString, dkimDomain);
        QFETCH(QString, from);
        const QList<ReadReport> read
            = readReportPath(Test::dataPath(u"dmarc/failure/parsedmarc/"_s + file));
        QCOMPARE(read.size(), 1);
        QVERIFY2(read.first().ok(), qPrintable(read.first().error.value_or(Error{}).detail));
        QVERIFY(read.first().failure);
        const FailureReport &report = *read.first().failure;
        QCOMPARE(report.arf, arf);
        QCOMPARE(report.feedbackType, u"auth-failure"_s);
        QCOMPARE(report.sourceIp, sourceIp);
        QCOMPARE(report.reportedDomain, domain);
        QCOMPARE(report.authFailure, authFailure);
        QCOMPARE(report.originalMailFrom, mailFrom);
        QCOMPARE(report.deliveryResult, delivery);
        QCOMPARE(report.dkimDomain, dkimDomain);
        QCOMPARE(report.originalFrom, from);
    }

    void everySampleListed()
    {
        QCOMPARE(QDir(Test::dataPath(u"dmarc/failure/parsedmarc"_s)).entryList(QDir::Files).size(),
                 5);
    }

    // RFC 6591 §3.1 fields of a made report, DKIM selector and identity alignment included.
    void dkimFields()
    {
        const QByteArray mail
            = "From: r@example.net\r\nSubject: x\r\nContent-Type: multipart/report; "
              "report-type=feedback-report; boundary=b\r\n\r\n--b\r\nContent-Type: "
              "text/plain\r\n\r\n"
              "hi\r\n--b\r\nContent-Type: message/feedback-report\r\n\r\nFeedback-Type: "
              "auth-failure\r\nAuth-Failure: dkim\r\nDKIM-Domain: Example.COM\r\nDKIM-Selector: "
              "s2024\r\nIdentity-Alignment: none\r\nSource-IP: 2001:db8::1\r\n--b\r\n"
              "Content-Type: text/rfc822-headers\r\n\r\nFrom: a@example.com\r\nSubject: s\r\n"
              "Message-ID: <1@x>\r\n--b--\r\n"_ba;
        const auto report = parseFailureReport(mail);
        QVERIFY(report);
        QCOMPARE(report->authFailure, u"dkim"_s);
        QCOMPARE(report->dkimDomain, u"example.com"_s);
        QCOMPARE(report->dkimSelector, u"s2024"_s);
        QCOMPARE(report->identityAlignment, u"none"_s);
        QCOMPARE(report->sourceIp, u"2001:db8::1"_s);
        QCOMPARE(report->originalFrom, u"a@example.com"_s);
        QCOMPARE(report->originalMessageId, u"<1@x>"_s);
    }

    void notAReport()
    {
        const auto report = parseFailureReport("From: a@b\r\nSubject: hello\r\n\r\nhi\r\n"_ba);
        QVERIFY(!report);
        QVERIFY(report.error().detail.contains(u"message/feedback-report"_s));
    }
};

QTEST_GUILESS_MAIN(FailureReportTest)
#include "tst_failurereport.moc"
