#include "model/dns/zonefilereader.h"

#include "model/dns/zonefileresolver.h"

#include <QTemporaryFile>
#include <QTest>

using namespace Sceau;
using namespace Sceau::Dns;
using namespace Qt::StringLiterals;

// Zone files are untrusted input: read record by record, bounded, every error a plain sentence
// with its line. Under the asan preset LeakSanitizer checks at exit that no failed parse leaks
// (libldns 1.8.3 leaks on a failed ldns_zone_new_frm_fp_l, which is no longer used).
class tst_ZoneFileReader : public QObject
{
    Q_OBJECT
private slots:
    void directivesAndBlankOwnersCarryOver()
    {
        const auto zone = ZoneFileReader::read("$ORIGIN one.test.\n"
                                               "$TTL 120\n"
                                               "@ IN SOA ns hostmaster 1 3600 600 86400 300\n"
                                               "www IN A 192.0.2.1\n"
                                               "    IN AAAA 2001:db8::1\n"
                                               "; a comment line\n"
                                               "\n"
                                               "$ORIGIN sub.one.test.\n"
                                               "mail 60 IN TXT \"v=spf1 -all\"\n"
                                               "     IN MX 10 mx\n");
        QVERIFY2(zone, zone ? "" : qPrintable(zone.error().detail));
        QCOMPARE(zone->origin, u"one.test"_s);
        QCOMPARE(zone->records.size(), 5);
        QCOMPARE(zone->records.at(1).owner, u"www.one.test"_s);
        QCOMPARE(zone->records.at(1).ttl, 120u);                // $TTL
        QCOMPARE(zone->records.at(2).owner, u"www.one.test"_s); // blank owner: the previous one
        QCOMPARE(zone->records.at(2).type, RrType::AAAA);
        QCOMPARE(zone->records.at(3).owner, u"mail.sub.one.test"_s); // the new $ORIGIN
        QCOMPARE(zone->records.at(3).ttl, 60u);
        QCOMPARE(zone->records.at(4).owner, u"mail.sub.one.test"_s);
        QCOMPARE(zone->records.at(4).mxExchange(), u"mx.sub.one.test"_s);
    }

    void originGivenWhenThereIsNoSoa()
    {
        const auto zone = ZoneFileReader::read("www 300 IN A 192.0.2.1\n", u"Draft.Test"_s);
        QVERIFY(zone);
        QCOMPARE(zone->origin, u"draft.test"_s);
        QCOMPARE(zone->records.first().owner, u"www.draft.test"_s);
        const auto none = ZoneFileReader::read("www.example. 300 IN A 192.0.2.1\n");
        QVERIFY(!none);
        QCOMPARE(none.error().code, ErrorCode::ZoneFileInvalid);
    }

    void errorsArePlainSentencesWithTheirLine_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("message"); // the whole detail
        const QByteArray head
            = "$ORIGIN bad.test.\n@ 300 IN SOA ns hostmaster 1 3600 600 86400 300\n";
        QTest::newRow("string over 255 octets")
            << head + "@ 300 IN TXT \"" + QByteArray(256, 'a') + "\"\n"
            << u"line 3: split the value into strings of at most 255 characters (\"…\" \"…\")"_s;
        QTest::newRow("escapes count as one octet")
            << head + "x 300 IN TXT \"" + QByteArray(200, 'a') + QByteArray("\\065").repeated(56)
                   + "\"\n"
            << u"line 3: split the value into strings of at most 255 characters (\"…\" \"…\")"_s;
        QTest::newRow("bad address")
            << head + "\n\nwww 300 IN A 192.0.2.300\n"
            << u"line 5: the record's data is not valid for its type (an address, a number, a name…)"_s;
        QTest::newRow("missing value")
            << head + "@ 300 IN MX 10\n"
            << u"line 3: a value is missing: the record ends too early for its type"_s;
        QTest::newRow("superfluous text")
            << head + "@ 300 IN A 192.0.2.1 192.0.2.2\n"
            << u"line 3: there is more text than the record type takes"_s;
        QTest::newRow("no type") << head + "www 300 IN\n"
                                 << u"line 3: the record type is missing or unknown"_s;
        QTest::newRow("bad $ORIGIN") << head + "$ORIGIN ..\n"
                                     << u"line 3: a domain name is not valid"_s;
        QTest::newRow("$INCLUDE")
            << head + "$INCLUDE /etc/passwd\n"
            << u"line 3: $INCLUDE is not supported: give each file with its own --zone-file"_s;
    }
    void errorsArePlainSentencesWithTheirLine()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, message);
        const auto zone = ZoneFileReader::read(text);
        QVERIFY(!zone);
        QCOMPARE(zone.error().code, ErrorCode::ZoneFileInvalid);
        QCOMPARE(zone.error().detail, message);
    }

    void aString255OctetsLongIsFine()
    {
        const auto zone
            = ZoneFileReader::read("@ 300 IN TXT \"" + QByteArray(255, 'a') + "\"\n", u"ok.test"_s);
        QVERIFY(zone);
        QCOMPARE(zone->records.first().txtStrings.first().size(), 255);
    }

    void overTheSizeLimitIsRefusedUnread()
    {
        QByteArray text = "@ 300 IN TXT \"x\"\n";
        text.append(QByteArray(ZoneFileReader::MaxBytes - text.size(), ';'));
        text.append('\n'); // one byte over
        const auto zone = ZoneFileReader::read(text, u"big.test"_s);
        QVERIFY(!zone);
        QCOMPARE(zone.error().code, ErrorCode::ZoneFileInvalid);
        QCOMPARE(zone.error().detail,
                 u"the zone file is larger than 1 MiB: load only the zones you need"_s);

        QTemporaryFile file; // the same through a file, which is read no further than the limit
        QVERIFY(file.open());
        QCOMPARE(file.write(text), text.size());
        file.close();
        ZoneFileResolver zones;
        const auto added = zones.addZoneFile(file.fileName(), u"big.test"_s);
        QVERIFY(!added);
        QVERIFY(
            added.error().detail.endsWith(u"larger than 1 MiB: load only the zones you need"_s));
        QVERIFY(added.error().detail.startsWith(file.fileName()));
    }
};

QTEST_GUILESS_MAIN(tst_ZoneFileReader)
#include "tst_zonefilereader.moc"
