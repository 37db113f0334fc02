#include "model/dns/zonefileresolver.h"
#include "model/transport/tlsrptcheck.h"
#include "model/transport/tlsrptrecord.h"
#include "tests/support/await.h"

#include <QTest>

using namespace Sceau;
using namespace Sceau::Transport;
using namespace Qt::StringLiterals;
using State = TlsRptRecordSelection::State;

// The _smtp._tls record (RFC 8460 §3): grammar, URIs, selection, the builder, the check.
class TlsRptRecordTest : public QObject
{
    Q_OBJECT
private slots:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QStringList>("rua"); // empty: invalid
        QTest::addColumn<QStringList>("unsupported");
        QTest::newRow("mailto") << "v=TLSRPTv1; rua=mailto:tls@example.com"_ba
                                << QStringList{u"mailto:tls@example.com"_s} << QStringList();
        QTest::newRow("RFC 8460 example, two URIs")
            << "v=TLSRPTv1;rua=mailto:reports@example.com,https://reporting.example.com/v1/tlsrpt"_ba
            << QStringList{u"mailto:reports@example.com"_s,
                           u"https://reporting.example.com/v1/tlsrpt"_s}
            << QStringList();
        QTest::newRow("spaces and final ;")
            << "v=TLSRPTv1 ; rua=mailto:a@b.example , mailto:c@d.example ;"_ba
            << QStringList{u"mailto:a@b.example"_s, u"mailto:c@d.example"_s} << QStringList();
        QTest::newRow("one unsupported")
            << "v=TLSRPTv1; rua=mailto:a@b.example,ftp://x.example/"_ba
            << QStringList{u"mailto:a@b.example"_s, u"ftp://x.example/"_s}
            << QStringList{u"ftp://x.example/"_s};
        QTest::newRow("extension") << "v=TLSRPTv1; rua=mailto:a@b.example; x-y=1"_ba
                                   << QStringList{u"mailto:a@b.example"_s} << QStringList();
        QTest::newRow("only unsupported")
            << "v=TLSRPTv1; rua=http://x.example/"_ba << QStringList() << QStringList();
        QTest::newRow("mailto without @")
            << "v=TLSRPTv1; rua=mailto:reports"_ba << QStringList() << QStringList();
        QTest::newRow("no rua") << "v=TLSRPTv1;"_ba << QStringList() << QStringList();
        QTest::newRow("two rua") << "v=TLSRPTv1; rua=mailto:a@b.example; rua=mailto:c@d.example"_ba
                                 << QStringList() << QStringList();
        QTest::newRow("empty URI")
            << "v=TLSRPTv1; rua=mailto:a@b.example,,"_ba << QStringList() << QStringList();
        QTest::newRow("version not first")
            << "rua=mailto:a@b.example; v=TLSRPTv1"_ba << QStringList() << QStringList();
        QTest::newRow("other version")
            << "v=TLSRPTv10; rua=mailto:a@b.example"_ba << QStringList() << QStringList();
    }
    void parse()
    {
        QFETCH(QByteArray, text);
        QFETCH(QStringList, rua);
        QFETCH(QStringList, unsupported);
        const auto record = parseTlsRptRecord(text);
        QCOMPARE(record.hasValue(), !rua.isEmpty());
        if (record) {
            QCOMPARE(record->rua, rua);
            QCOMPARE(record->unsupported, unsupported);
        }
    }

    void selection()
    {
        QCOMPARE(selectTlsRptRecord({"v=spf1 -all"_ba}).state, State::Absent);
        QCOMPARE(selectTlsRptRecord({"v=TLSRPTv1; rua=mailto:a@b.example"_ba, "x"_ba}).state,
                 State::Valid);
        QCOMPARE(selectTlsRptRecord({"v=TLSRPTv1; rua=mailto:a@b.example"_ba,
                                     "v=TLSRPTv1; rua=mailto:c@d.example"_ba})
                     .state,
                 State::Multiple);
        QCOMPARE(selectTlsRptRecord({"v=TLSRPTv1; rua=x"_ba}).state, State::Invalid);
    }

    void builder()
    {
        const QString text
            = tlsRptRecordText({u"tls@example.com"_s, u" https://r.example/a,b "_s, u""_s});
        QCOMPARE(text, u"v=TLSRPTv1; rua=mailto:tls@example.com,https://r.example/a%2Cb"_s);
        const auto record = parseTlsRptRecord(text.toUtf8());
        QVERIFY(record);
        QCOMPARE(record->rua.size(), 2);
        QVERIFY(record->unsupported.isEmpty());
    }

    void check_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QStringList>("ids");
        QTest::newRow("valid") << u"good.rpt.test"_s << QStringList{u"tls-rpt.record-valid"_s};
        QTest::newRow("none") << u"none.rpt.test"_s << QStringList{u"tls-rpt.no-record"_s};
        QTest::newRow("nxdomain") << u"absent.rpt.test"_s << QStringList{u"tls-rpt.no-record"_s};
        QTest::newRow("two") << u"two.rpt.test"_s << QStringList{u"tls-rpt.multiple-records"_s};
        QTest::newRow("bad") << u"bad.rpt.test"_s << QStringList{u"tls-rpt.invalid-record"_s};
        QTest::newRow("unsupported")
            << u"ftp.rpt.test"_s
            << QStringList{u"tls-rpt.unsupported-uri"_s, u"tls-rpt.record-valid"_s};
    }
    void check()
    {
        QFETCH(QString, domain);
        QFETCH(QStringList, ids);
        Dns::ZoneFileResolver zone;
        QVERIFY(zone.addZoneText(
            "$ORIGIN rpt.test.\n@ 300 IN SOA ns hostmaster 1 3600 600 86400 300\n@ 300 IN NS ns\n"
            "_smtp._tls.good 300 IN TXT \"v=TLSRPTv1; rua=mailto:tls@rpt.test\"\n"
            "_smtp._tls.none 300 IN TXT \"v=spf1 -all\"\n"
            "_smtp._tls.two 300 IN TXT \"v=TLSRPTv1; rua=mailto:a@rpt.test\"\n"
            "_smtp._tls.two 300 IN TXT \"v=TLSRPTv1; rua=mailto:b@rpt.test\"\n"
            "_smtp._tls.bad 300 IN TXT \"v=TLSRPTv1; ruf=mailto:a@rpt.test\"\n"
            "_smtp._tls.ftp 300 IN TXT \"v=TLSRPTv1; rua=mailto:a@rpt.test,ftp://rpt.test/\"\n"));
        const TlsRptCheck result = Test::await(checkTlsRpt(&zone, domain));
        QStringList got;
        for (const Finding &f : result.findings)
            got << f.id;
        QCOMPARE(got, ids);
        QVERIFY(!result.incomplete());
    }

    // A failed lookup is could not check, never "no record".
    void lookupFailed()
    {
        Dns::LookupResult failed;
        failed.name = u"_smtp._tls.example.com"_s;
        failed.type = Dns::RrType::TXT;
        failed.status = Dns::LookupStatus::ServerFailure;
        const QList<Finding> findings = tlsRptFindings(u"example.com"_s, failed, {});
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().id, u"dns.lookup-failed"_s);
        QVERIFY(isCouldNotCheck(findings.first()));
    }
};

QTEST_GUILESS_MAIN(TlsRptRecordTest)
#include "tst_tlsrptrecord.moc"
