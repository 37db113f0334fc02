#include "model/dmarc/aggregateparser.h"
#include "model/dmarc/reportimport.h"
#include "tests/support/testenv.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Sceau;
using namespace Sceau::Dmarc;
using namespace Qt::StringLiterals;

// Aggregate reports (RFC 9990, RFC 7489) as real reporters send them: every parsedmarc sample
// with its counts (counted independently with Python's xml.etree), the malformed ones with
// their reason, the bounds (gzip and zip bombs, records, field lengths).
class AggregateReportTest : public QObject
{
    Q_OBJECT
private slots:
    void samples_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("org");
        QTest::addColumn<QString>("reportId");
        QTest::addColumn<QString>("domain");
        QTest::addColumn<int>("records");
        QTest::addColumn<qint64>("messages");
        QTest::addColumn<QString>("firstIp");
        const QString x = u"dmarc/aggregate/parsedmarc-extract_report/"_s;
        const QString p = u"dmarc/aggregate/parsedmarc/"_s;
        const QString google = u"11038226378739404135"_s;
        auto row = [](const QString &file,
                      const char *format,
                      const QString &org,
                      const QString &id,
                      const char *domain,
                      int records,
                      qint64 messages,
                      const char *ip) {
            QTest::newRow(qPrintable(file.section(u'/', -1)))
                << file << QString::fromLatin1(format) << org << id << QString::fromLatin1(domain)
                << records << messages << QString::fromLatin1(ip);
        };
        row(x + u"changed-input.xml"_s,
            "rfc7489",
            u"fred.com"_s,
            google,
            "example.com",
            20,
            3047,
            "209.85.220.69");
        row(x + u"nice-input.xml"_s,
            "rfc7489",
            u"google.com"_s,
            google,
            "example.com",
            20,
            3047,
            "209.85.220.69");
        row(x + u"nice-input.xml.gz"_s,
            "rfc7489",
            u"google.com"_s,
            google,
            "example.com",
            20,
            3047,
            "209.85.220.69");
        row(x + u"nice-input.xml.zip"_s,
            "rfc7489",
            u"google.com"_s,
            google,
            "example.com",
            20,
            3047,
            "209.85.220.69");
        row(p + u"!example.com!1538204542!1538463818.xml"_s,
            "rfc7489",
            {},
            u"example.com:1538463741"_s,
            "example.com",
            1,
            1,
            "12.20.127.122");
        row(p + u"!large-example.com!1711897200!1711983600.xml"_s,
            "rfc7489",
            {},
            u"example.com:1711897200"_s,
            "example.com",
            2286,
            2286,
            "12.20.121.1");
        row(p + u"Report_domain-_borschow.com_Submitter-_google.com_Report-ID-_949348866075514174.eml"_s,
            "rfc7489",
            u"google.com"_s,
            u"949348866075514174"_s,
            "borschow.com",
            1,
            1,
            "92.53.116.102");
        row(p + u"addisonfoods.com!example.com!1536105600!1536191999.xml"_s,
            "rfc7489",
            u"addisonfoods.com"_s,
            u"3ceb5548498640beaeb47327e202b0b9"_s,
            "example.com",
            1,
            1,
            "109.203.100.17");
        row(p + u"empty_reason.xml"_s,
            "rfc7489",
            u"example.org"_s,
            u"20240125141224705995"_s,
            "example.com",
            1,
            2,
            "198.51.100.123");
        row(p + u"estadocuenta1.infonacot.gob.mx!example.com!1536853302!1536939702!2940.xml.zip"_s,
            "rfc7489",
            u"XYZ Corporation"_s,
            u"2940"_s,
            "example.com",
            1,
            1,
            "148.243.137.254");
        row(p + u"example.net!example.com!1529366400!1529452799.xml"_s,
            "rfc7489",
            u"example.net"_s,
            u"b043f0e264cf4ea995e93765242f6dfb"_s,
            "example.com",
            1,
            1,
            "199.230.200.36");
        row(p + u"fastmail.com!example.com!1516060800!1516147199!102675056.xml.gz"_s,
            "rfc7489",
            u"FastMail Pty Ltd"_s,
            u"102675056"_s,
            "indemed.com",
            1,
            1,
            "104.195.80.20");
        // An unclosed <xs:schema> wraps the report: parsedmarc recovers, so does Sceau.
        row(p + u"ikea.com!example.de!1538690400!1538776800.xml"_s,
            "rfc7489",
            u"ikea.com"_s,
            u"aggr_report_2018_10_05_5bc7e9b4f3e8a"_s,
            "example.de",
            1,
            1,
            "234.234.234.234");
        // Base64 gzip followed by stray bytes.
        row(p + u"mimecast-weird-gzip.eml"_s,
            "rfc7489",
            u"Mimecast"_s,
            u"157a5fe30ec76f4bc0d8bccfc96c118a167a1280fee7c7465af5115e73082e5e"_s,
            "ab.id.au",
            1,
            1,
            "40.93.199.22");
        row(p + u"old_draft_from_wiki.xml"_s,
            "rfc7489",
            u"acme.com"_s,
            u"9391651994964116463"_s,
            "example.com",
            1,
            2,
            "72.150.241.94");
        row(p + u"protection.outlook.com!example.com!1711756800!1711843200.xml"_s,
            "rfc7489",
            u"Outlook.com"_s,
            u"cfeafefe4129445e8c81018bd9177197"_s,
            "example.com",
            1,
            1,
            "100.24.188.149");
        // No namespace, but the RFC 9990 elements testing and discovery_method.
        row(p + u"rfc9990-example.net!example.com!1700000000!1700086399.xml"_s,
            "rfc9990",
            u"example.net"_s,
            u"dmarcbis-test-report-001"_s,
            "example.com",
            2,
            7,
            "198.51.100.1");
        row(p + u"rfc9990-sample.xml"_s,
            "rfc9990",
            u"Sample Reporter"_s,
            u"3v98abbp8ya9n3va8yr8oa3ya"_s,
            "example.com",
            1,
            123,
            "192.0.2.123");
        row(p + u"twilight.eml"_s,
            "rfc7489",
            u"google.com"_s,
            u"1627703331531660819"_s,
            "twlnet.com",
            1,
            1,
            "87.106.127.28");
        row(p + u"usssa.com!example.com!1538784000!1538870399.xml"_s,
            "rfc7489",
            u"usssa.com"_s,
            u"8953b4d4a4ee4218b6ac0e2cb2667ee1"_s,
            "example.com",
            2,
            2,
            "12.20.127.40");
        row(p + u"veeam.com!example.com!1530133200!1530219600.xml"_s,
            "rfc7489",
            u"veeam.com"_s,
            u"sonexushealth.com:1530233361"_s,
            "example.com",
            1,
            1,
            "199.230.200.36");
    }
    void samples()
    {
        QFETCH(QString, file);
        QFETCH(QString, format);
        QFETCH(QString, org);
        QFETCH(QString, reportId);
        QFETCH(QString, domain);
        QFETCH(int, records);
        QFETCH(qint64, messages);
        QFETCH(QString, firstIp);
        const QList<ReadReport> read = readReportPath(Test::dataPath(file));
        QCOMPARE(read.size(), 1);
        QVERIFY2(read.first().ok(), qPrintable(read.first().error.value_or(Error{}).detail));
        QVERIFY(read.first().aggregate);
        const AggregateReport &report = *read.first().aggregate;
        QCOMPARE(report.format == ReportFormat::Rfc9990 ? u"rfc9990"_s : u"rfc7489"_s, format);
        QCOMPARE(report.orgName, org);
        QCOMPARE(report.reportId, reportId);
        QCOMPARE(report.policy.domain, domain);
        QCOMPARE(report.records.size(), records);
        QCOMPARE(report.messages(), messages);
        QVERIFY(report.begin.isValid() && report.end.isValid() && report.begin <= report.end);
        QCOMPARE(report.records.first().sourceIp, firstIp);
    }

    // Every file of the sample folders is in the table above: a new sample cannot go untested.
    void everySampleListed()
    {
        int files = 0;
        for (const QString &folder : {u"parsedmarc"_s, u"parsedmarc-extract_report"_s})
            files += QDir(Test::dataPath(u"dmarc/aggregate/"_s + folder))
                         .entryList(QDir::Files)
                         .size();
        QCOMPARE(files, 21);
    }

    // The fields of one RFC 9990 report, namespace included.
    void rfc9990Fields()
    {
        const auto report = parseAggregateReport(
            Test::readData(u"dmarc/aggregate/parsedmarc/rfc9990-sample.xml"_s));
        QVERIFY(report);
        QCOMPARE(report->format, ReportFormat::Rfc9990);
        QCOMPARE(report->begin, QDateTime::fromSecsSinceEpoch(302832000, Qt::UTC));
        QCOMPARE(report->policy.p, u"quarantine"_s);
        QCOMPARE(report->policy.np, u"none"_s);
        QCOMPARE(report->policy.testing, u"n"_s);
        QCOMPARE(report->policy.discoveryMethod, u"treewalk"_s);
        const ReportRecord &record = report->records.first();
        QCOMPARE(record.disposition, u"pass"_s);
        QCOMPARE(record.dkim, u"pass"_s);
        QCOMPARE(record.spf, u"fail"_s);
        QVERIFY(record.dmarcPass());
        QCOMPARE(record.envelopeFrom, u"example.com"_s);
        QCOMPARE(record.dkimResults.size(), 1);
        QCOMPARE(record.dkimResults.first().selector, u"abc123"_s);
        QCOMPARE(record.spfResults.first().result, u"fail"_s);
    }

    // Tokens in any case, white space around values (reporters send "Pass", " none ").
    void tolerant()
    {
        const QByteArray xml = "<?xml version=\"1.0\"?>\n<feedback><report_metadata>"
                               "<org_name> X </org_name><report_id>1</report_id><date_range>"
                               "<begin> 10 </begin><end>20</end></date_range></report_metadata>"
                               "<policy_published><domain>Example.COM</domain><pct>50</pct>"
                               "</policy_published><record><row><source_ip>192.0.2.1</source_ip>"
                               "<count>3</count><policy_evaluated><disposition>None</disposition>"
                               "<dkim>Pass</dkim><spf>FAIL</spf><reason><type>forwarded</type>"
                               "</reason></policy_evaluated><unknown>x</unknown></row>"
                               "<identifiers><header_from>Example.com</header_from></identifiers>"
                               "</record></feedback>"_ba;
        const auto report = parseAggregateReport(xml);
        QVERIFY(report);
        QCOMPARE(report->orgName, u"X"_s);
        QCOMPARE(report->policy.domain, u"example.com"_s);
        QCOMPARE(report->policy.pct, u"50"_s);
        const ReportRecord &record = report->records.first();
        QCOMPARE(record.disposition, u"none"_s);
        QCOMPARE(record.dkim, u"pass"_s);
        QCOMPARE(record.spf, u"fail"_s);
        QCOMPARE(record.reasons, QStringList{u"forwarded"_s});
        QCOMPARE(record.headerFrom, u"example.com"_s);
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QString>("reason");
        const QByteArray meta = "<report_metadata><org_name>o</org_name><report_id>r</report_id>"
                                "<date_range><begin>1</begin><end>2</end></date_range>"
                                "</report_metadata>"_ba;
        const QByteArray policy
            = "<policy_published><domain>d.example</domain></policy_published>"_ba;
        QTest::newRow("empty") << QByteArray() << u"empty or not XML"_s;
        QTest::newRow("not xml") << "hello"_ba << u"empty or not XML"_s;
        QTest::newRow("other root") << "<html><body/></html>"_ba << u"no <feedback>"_s;
        QTest::newRow("truncated")
            << "<feedback>" + meta + "<record><row>"_ba << u"malformed at line 1"_s;
        QTest::newRow("no report id")
            << "<feedback><report_metadata><date_range><begin>1</begin><end>2</end></date_range>"
               "</report_metadata>"
                   + policy + "</feedback>"
            << u"<report_id>"_s;
        QTest::newRow("no period")
            << "<feedback><report_metadata><report_id>r</report_id></report_metadata>" + policy
                   + "</feedback>"
            << u"<date_range>"_s;
        QTest::newRow("bad begin")
            << "<feedback><report_metadata><report_id>r</report_id><date_range><begin>yesterday"
               "</begin><end>2</end></date_range></report_metadata>"
                   + policy + "</feedback>"
            << u"<date_range>"_s;
        QTest::newRow("no domain")
            << "<feedback>" + meta + "</feedback>" << u"<policy_published> <domain>"_s;
        QTest::newRow("bad count")
            << "<feedback>" + meta + policy
                   + "<record><row><source_ip>192.0.2.1</source_ip><count>many</count></row>"
                     "</record></feedback>"
            << u"<count> is not a number: \"many\""_s;
        QTest::newRow("no source ip")
            << "<feedback>" + meta + policy
                   + "<record><row><count>1</count></row></record></feedback>"
            << u"<source_ip>"_s;
        QTest::newRow("long field")
            << "<feedback><report_metadata><org_name>" + QByteArray(5000, 'a') + "</org_name>"
            << u"longer than 2048 characters"_s;
    }
    void malformed()
    {
        QFETCH(QByteArray, xml);
        QFETCH(QString, reason);
        const auto report = parseAggregateReport(xml);
        QVERIFY(!report);
        QCOMPARE(report.error().code, ErrorCode::InvalidInput);
        QVERIFY2(report.error().detail.contains(reason), qPrintable(report.error().detail));
    }

    // The record bound: past MaxReportRecords the report is refused, not read on.
    void tooManyRecords()
    {
        QByteArray xml = "<feedback><report_metadata><report_id>r</report_id></report_metadata>"_ba;
        const QByteArray record = "<record/>"_ba;
        xml.reserve(xml.size() + record.size() * (MaxReportRecords + 1));
        for (int i = 0; i <= MaxReportRecords; ++i)
            xml += record;
        const auto report = parseAggregateReport(xml + "</feedback>");
        QVERIFY(!report);
        QVERIFY(report.error().detail.contains(QString::number(MaxReportRecords)));
    }

    // A bad file names itself and its reason; the files after it are still read.
    void badFileNamed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"broken.xml"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("<feedback><report_metadata>");
        file.close();
        const QList<ReadReport> read = readReportPath(path);
        QCOMPARE(read.size(), 1);
        QVERIFY(!read.first().ok());
        QVERIFY(read.first().error->detail.startsWith(path + u": "_s));
        QVERIFY(read.first().error->detail.contains(u"malformed"_s));
        const QList<ReadReport> missing = readReportPath(dir.filePath(u"absent.xml"_s));
        QVERIFY(missing.first().error->detail.contains(u"cannot be opened"_s));
    }

    // 200 MiB of zeros compressed by gzip and by zip (real tools): both stopped at the bound.
    void bombs_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<QString>("output");
        QTest::newRow("gzip") << QStringList{u"gzip"_s, u"-n"_s, u"bomb.xml"_s} << u"bomb.xml.gz"_s;
        QTest::newRow("zip")
            << QStringList{u"python3"_s,
                           u"-c"_s,
                           u"import zipfile; z=zipfile.ZipFile('bomb.zip','w',"
                           "zipfile.ZIP_DEFLATED); z.write('bomb.xml'); z.close()"_s}
            << u"bomb.zip"_s;
    }
    void bombs()
    {
        QFETCH(QStringList, command);
        QFETCH(QString, output);
        QTemporaryDir dir;
        {
            QFile raw(dir.filePath(u"bomb.xml"_s));
            QVERIFY(raw.open(QIODevice::WriteOnly));
            raw.write("<feedback>");
            const QByteArray block(1024 * 1024, ' ');
            for (qsizetype written = 0; written <= MaxReportXmlSize; written += block.size())
                raw.write(block);
        }
        QProcess tool;
        tool.setWorkingDirectory(dir.path());
        tool.start(command.first(), command.mid(1));
        QVERIFY(tool.waitForFinished(60000));
        QCOMPARE(tool.exitCode(), 0);
        const QString bomb = dir.filePath(output);
        QVERIFY(QFileInfo(bomb).size() < 1024 * 1024);
        const QList<ReadReport> read = readReportPath(bomb);
        QCOMPARE(read.size(), 1);
        QVERIFY(!read.first().ok());
        QVERIFY(read.first().error->detail.contains(u"inflates to more than"_s));
    }

    void damagedArchives_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("cut");
        QTest::addColumn<QString>("reason");
        QTest::newRow("zip cut") << u"nice-input.xml.zip"_s << 300 << u"zip archive is damaged"_s;
        QTest::newRow("gzip cut") << u"nice-input.xml.gz"_s << 300 << u"damaged or cut short"_s;
    }
    void damagedArchives()
    {
        QFETCH(QString, file);
        QFETCH(int, cut);
        QFETCH(QString, reason);
        const QByteArray content
            = Test::readData(u"dmarc/aggregate/parsedmarc-extract_report/"_s + file).first(cut);
        const QList<ReadReport> read = readReports(content, file);
        QCOMPARE(read.size(), 1);
        QVERIFY(!read.first().ok());
        QVERIFY(read.first().error->detail.contains(reason));
    }

    // An mbox of three mails: two reports and one mail without any; a Maildir of the same.
    void mailboxes()
    {
        const QByteArray google = Test::readData(u"dmarc/aggregate/parsedmarc/twilight.eml"_s);
        const QByteArray failure
            = Test::readData(u"dmarc/failure/parsedmarc/dmarc_ruf_report_linkedin.eml"_s);
        const QByteArray plain = "From: a@b.example\nSubject: hi\n\nFrom the start\n"_ba;
        // An MDA escapes body lines that begin with "From " (mboxrd).
        auto escaped = [](QByteArray message) {
            QByteArray lines = "\n" + message;
            return lines.replace("\nFrom ", "\n>From ").mid(1);
        };
        const QByteArray mbox = "From MAILER-DAEMON Mon Jan  1 00:00:00 2024\n" + escaped(google)
                                + "\nFrom MAILER-DAEMON Mon Jan  1 00:00:00 2024\n" + escaped(plain)
                                + "\nFrom MAILER-DAEMON Mon Jan  1 00:00:00 2024\n"
                                + escaped(failure);
        const QList<ReadReport> read = readReports(mbox, u"box"_s);
        QCOMPARE(read.size(), 3);
        QVERIFY(read.at(0).aggregate);
        QCOMPARE(read.at(0).source, u"box#1"_s);
        QVERIFY(!read.at(1).ok());
        QVERIFY(read.at(1).error->detail.startsWith(u"box#2: no DMARC report found"_s));
        QVERIFY(read.at(2).failure);

        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(u"cur"_s) && QDir(dir.path()).mkpath(u"new"_s));
        QDir(dir.path()).mkpath(u"tmp"_s);
        for (const auto &[name, content] :
             {std::pair{u"new/1"_s, google}, std::pair{u"cur/2:2,S"_s, failure}}) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        const QList<ReadReport> maildir = readReportPath(dir.path());
        QCOMPARE(maildir.size(), 2);
        QVERIFY(maildir.at(0).aggregate); // new/ first
        QVERIFY(maildir.at(1).failure);
        QVERIFY(
            readReportPath(dir.filePath(u"tmp"_s)).first().error->detail.contains(u"Maildir"_s));
    }
};

QTEST_GUILESS_MAIN(AggregateReportTest)
#include "tst_aggregatereport.moc"
