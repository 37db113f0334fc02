#include "model/bimi/bimirecord.h"

#include <QTest>

using namespace Sceau;
using namespace Sceau::Bimi;
using namespace Qt::StringLiterals;

// The BIMI Assertion Record grammar, table-driven: each tag, each error, case, the declination.
class BimiRecordTest : public QObject
{
    Q_OBJECT
private slots:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("location");
        QTest::addColumn<QString>("authority");
        QTest::addColumn<int>("avp");
        QTest::addColumn<QStringList>("lps");
        QTest::addColumn<int>("unknown");
        const int unset = int(AvatarPreference::Unset);
        QTest::newRow("l and a")
            << "v=BIMI1; l=https://e.example/l.svg; a=https://e.example/v.pem"_ba << true
            << u"https://e.example/l.svg"_s << u"https://e.example/v.pem"_s << unset
            << QStringList() << 0;
        QTest::newRow("l only, final ;")
            << "v=BIMI1;l=https://e.example/l.svg;"_ba << true << u"https://e.example/l.svg"_s
            << QString() << unset << QStringList() << 0;
        QTest::newRow("declination") << "v=BIMI1; l=; a=;"_ba << true << QString() << QString()
                                     << unset << QStringList() << 0;
        QTest::newRow("avp=brand") << "v=BIMI1; l=https://e.example/l.svg; avp=brand"_ba << true
                                   << u"https://e.example/l.svg"_s << QString()
                                   << int(AvatarPreference::Brand) << QStringList() << 0;
        QTest::newRow("avp=Personal") << "v=BIMI1; l=https://e.example/l.svg; avp=Personal"_ba
                                      << true << u"https://e.example/l.svg"_s << QString()
                                      << int(AvatarPreference::Personal) << QStringList() << 0;
        QTest::newRow("lps") << "v=BIMI1; l=https://e.example/l.svg; lps=news, support"_ba << true
                             << u"https://e.example/l.svg"_s << QString() << unset
                             << QStringList{u"news"_s, u"support"_s} << 0;
        QTest::newRow("unknown tag kept")
            << "v=BIMI1; l=https://e.example/l.svg; x=1"_ba << true << u"https://e.example/l.svg"_s
            << QString() << unset << QStringList() << 1;
        const QString none;
        for (const auto &[name, text] : std::initializer_list<std::pair<const char *, QByteArray>>{
                 {"v lower case", "v=bimi1; l=https://e.example/l.svg"_ba},
                 {"v not first", "l=https://e.example/l.svg; v=BIMI1"_ba},
                 {"other version", "v=BIMI12; l=https://e.example/l.svg"_ba},
                 {"no l", "v=BIMI1; a=https://e.example/v.pem"_ba},
                 {"http l", "v=BIMI1; l=http://e.example/l.svg"_ba},
                 {"l without host", "v=BIMI1; l=https:///l.svg"_ba},
                 {"http a", "v=BIMI1; l=https://e.example/l.svg; a=http://e.example/v.pem"_ba},
                 {"duplicate l",
                  "v=BIMI1; l=https://e.example/l.svg; l=https://e.example/m.svg"_ba},
                 {"second v", "v=BIMI1; l=; v=BIMI1"_ba},
                 {"bad avp", "v=BIMI1; l=https://e.example/l.svg; avp=both"_ba},
                 {"bad lps", "v=BIMI1; l=https://e.example/l.svg; lps=a b"_ba},
                 {"not a pair", "v=BIMI1; l=https://e.example/l.svg; junk"_ba},
                 {"too long", "v=BIMI1; l=https://e.example/"_ba + QByteArray(5000, 'a')},
             })
            QTest::newRow(name) << text << false << none << none << unset << QStringList() << 0;
    }
    void parse()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, valid);
        const auto record = parseBimiRecord(text);
        QCOMPARE(record.hasValue(), valid);
        if (!valid) {
            QVERIFY(!record.error().detail.isEmpty());
            return;
        }
        QFETCH(QString, location);
        QFETCH(QString, authority);
        QFETCH(int, avp);
        QFETCH(QStringList, lps);
        QFETCH(int, unknown);
        QCOMPARE(record->location, location);
        QCOMPARE(record->authority, authority);
        QCOMPARE(int(record->avatarPreference), avp);
        QCOMPARE(record->localPartSelectors, lps);
        QCOMPARE(record->unknownTags.size(), unknown);
        QCOMPARE(record->declined(), location.isEmpty() && authority.isEmpty());
        // What the wizard writes reads back the same.
        QCOMPARE(parseBimiRecord(bimiRecordText(*record).toLatin1()).value().location, location);
    }

    void candidates()
    {
        QVERIFY(isBimiCandidate("v=BIMI1; l="_ba));
        QVERIFY(isBimiCandidate("v=BIMI1"_ba));
        QVERIFY(!isBimiCandidate("v=BIMI12; l="_ba));
        QVERIFY(!isBimiCandidate("v=spf1 -all"_ba));
    }
};

QTEST_GUILESS_MAIN(BimiRecordTest)
#include "tst_bimirecord.moc"
