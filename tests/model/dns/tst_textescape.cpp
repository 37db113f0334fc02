#include "model/dns/textescape.h"
#include "model/dns/zonefileresolver.h"

#include "await.h"

#include <QTest>

using namespace Sceau;
using namespace Qt::StringLiterals;

// The one rule for showing DNS text: printable ASCII as is, every other octet as \DDD.
class tst_TextEscape : public QObject
{
    Q_OBJECT
private slots:
    void escapeText_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("shown");
        QTest::newRow("printable ASCII") << QByteArray("v=spf1 -all") << u"v=spf1 -all"_s;
        QTest::newRow("ESC and backspace") << QByteArray("a\x1b[2Jb\x08") << u"a\\027[2Jb\\008"_s;
        QTest::newRow("0xff, NUL, DEL, tab")
            << QByteArray("\xff\0\x7f\t", 4) << u"\\255\\000\\127\\009"_s;
        QTest::newRow("UTF-8 octets") << QByteArray("cl\xc3\xa9") << u"cl\\195\\169"_s;
        QTest::newRow("backslash") << QByteArray("a\\027") << u"a\\\\027"_s;
        QTest::newRow("quote kept") << QByteArray("say \"hi\"") << u"say \"hi\""_s;
    }
    void escapeText()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, shown);
        QCOMPARE(Dns::escapeText(bytes), shown);
        // The same octets carried one per character give the same text.
        QCOMPARE(Dns::escapeLatin1Text(QString::fromLatin1(bytes)), shown);
    }

    void latin1AboveFfIsItsUtf8()
    {
        QCOMPARE(Dns::escapeLatin1Text(u"a\u2014b"_s), u"a\\226\\128\\148b"_s);
        QCOMPARE(Dns::escapeLatin1Text(u"\U0001F600"_s), u"\\240\\159\\152\\128"_s);
    }

    void quotedText()
    {
        QCOMPARE(Dns::quotedText(QByteArray("a\"b\\c\x1b")), u"\"a\\\"b\\\\c\\027\""_s);
    }

    // A TXT record keeps its bytes; its presentation form (dns query) follows the one rule.
    void txtRecordKeepsItsBytes()
    {
        Dns::ZoneFileResolver zone;
        QVERIFY(zone.addZoneText("@ 300 IN SOA ns hm 1 2 3 4 5\n"
                                 "@ 300 IN TXT \"x=\\027[31m\\008\\255\" \"tab\\009\"\n",
                                 u"escape.test"_s));
        const Dns::LookupResult txt = Test::await(zone.lookup(u"escape.test"_s, Dns::RrType::TXT));
        QCOMPARE(txt.status, Dns::LookupStatus::Answer);
        const Dns::ResourceRecord &record = txt.records.first();
        QCOMPARE(record.txtStrings,
                 (QList<QByteArray>{QByteArray("x=\x1b[31m\x08\xff"), QByteArray("tab\t")}));
        QCOMPARE(record.rdata, (QStringList{u"\"x=\\027[31m\\008\\255\""_s, u"\"tab\\009\""_s}));
        QVERIFY(!record.toText().contains(QChar(0x1b)));
    }
};

QTEST_GUILESS_MAIN(tst_TextEscape)
#include "tst_textescape.moc"
