#include "model/dns/recordtext.h"
#include "model/publish/recordvalue.h"

#include <QTest>

using namespace Sceau;
using namespace Sceau::Publish;
using Dns::RrType;
using namespace Qt::StringLiterals;

// The one value comparison: quoting and string splitting never make two values differ; a real
// difference always does; values go back to master-file form without loss.
class RecordValueTest : public QObject
{
    Q_OBJECT
private slots:
    void sameValue_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        const int txt = int(RrType::TXT);
        QTest::newRow("split vs joined") << txt << u"\"a\" \"b\""_s << u"\"ab\""_s << true;
        QTest::newRow("typed vs quoted")
            << txt << u"v=spf1 -all"_s << u"\"v=spf1 \" \"-all\""_s << true;
        QTest::newRow("escaped quote") << txt << u"\"say \\\"hi\\\"\""_s << u"say \"hi\""_s << true;
        QTest::newRow("a real difference")
            << txt << u"\"v=spf1 -all\""_s << u"v=spf1 ~all"_s << false;
        QTest::newRow("case of TXT matters") << txt << u"ABC"_s << u"abc"_s << false;
        QTest::newRow("MX name case and dot")
            << int(RrType::MX) << u"10 Mail.Example.COM."_s << u"10 mail.example.com."_s << true;
        QTest::newRow("MX preference")
            << int(RrType::MX) << u"10 mail.example.com."_s << u"20 mail.example.com."_s << false;
    }
    void sameValue()
    {
        QFETCH(int, type);
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        const auto left = canonicalValue(RrType(type), a);
        const auto right = canonicalValue(RrType(type), b);
        QVERIFY(left && right);
        QCOMPARE(*left == *right, same);
    }

    void badValueIsAnError()
    {
        const auto bad = canonicalValue(RrType::MX, u"ten mail"_s);
        QVERIFY(!bad);
        QVERIFY(bad.error().detail.contains(u"ten mail"_s));
    }

    // RRsets compare as sets.
    void rrsets()
    {
        QVERIFY(sameRrset({u"a"_s, u"b"_s}, {u"b"_s, u"a"_s}));
        QVERIFY(!sameRrset({u"a"_s}, {u"a"_s, u"b"_s}));
        QVERIFY(!sameRrset({}, {u"a"_s}));
    }

    // Back to master-file form: a 300-octet value is two strings, non-ASCII octets and quotes
    // survive the round trip through ldns.
    void presentationRoundTrip()
    {
        const QString long300 = QString(300, u'x');
        const QString rdata = presentationRdata(RrType::TXT, long300);
        const auto record = Dns::parseRecord(u"t.example"_s, RrType::TXT, 60, rdata);
        QVERIFY(record);
        QCOMPARE(record->txtStrings.size(), 2);
        QCOMPARE(record->txtStrings.first().size(), 255);
        QCOMPARE(canonicalValue(*record), long300);

        const auto tricky = canonicalValue(RrType::TXT, u"é \"q\" \\ end"_s);
        QVERIFY(tricky);
        const auto back = Dns::parseRecord(
            u"t.example"_s, RrType::TXT, 60, presentationRdata(RrType::TXT, *tricky));
        QVERIFY(back);
        QCOMPARE(back->txtJoined(), u"é \"q\" \\ end"_s.toUtf8());
        QCOMPARE(presentationRdata(RrType::MX, u"10 mx.example"_s), u"10 mx.example"_s);
    }

    // Relative names are the zone's (RFC 1035 §5.1), never the root's: "mail" is not a TLD,
    // "@" is not the root (which would be a null MX).
    void relativeNamesAreTheZones()
    {
        const QString zone = u"publisher.test"_s;
        QCOMPARE(canonicalValue(RrType::MX, u"10 mail"_s, zone).value(),
                 u"10 mail.publisher.test"_s);
        QCOMPARE(canonicalValue(RrType::MX, u"10 @"_s, zone).value(), u"10 publisher.test"_s);
        QCOMPARE(canonicalValue(RrType::CNAME, u"www"_s, zone).value(), u"www.publisher.test"_s);
        QCOMPARE(canonicalValue(RrType::MX, u"10 mx.example.net."_s, zone).value(),
                 u"10 mx.example.net"_s);
        // A name already in the zone is not made relative to it a second time.
        QCOMPARE(canonicalValue(RrType::MX, u"10 MX.publisher.test"_s, zone).value(),
                 u"10 mx.publisher.test"_s);
    }

    // Bounds: a number out of its field, a text too long, a CNAME with two targets.
    void outOfRange()
    {
        QCOMPARE(canonicalValue(RrType::MX, u"70000 mx.example.net."_s).error().code,
                 ErrorCode::InvalidInput);
        QVERIFY(canonicalValue(RrType::MX, u"65535 mx.example.net."_s));
        QVERIFY(!canonicalValue(RrType::TXT, QString(MaxTextOctets + 1, u'y')));
        QVERIFY(canonicalValue(RrType::TXT, QString(MaxTextOctets, u'y')));
        QVERIFY(!checkRrset(RrType::CNAME, {u"a.example"_s, u"b.example"_s}));
        QVERIFY(checkRrset(RrType::CNAME, {u"a.example"_s}));
        QVERIFY(checkRrset(RrType::TXT, {u"a"_s, u"b"_s}));
    }
};

QTEST_GUILESS_MAIN(RecordValueTest)
#include "tst_recordvalue.moc"
