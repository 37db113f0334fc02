#include "model/dns/zonefileresolver.h"

#include "testenv.h"

#include <QTest>

using namespace Sceau;
using namespace Sceau::Dns;
using namespace Qt::StringLiterals;

// The zone-file source answers as an authoritative server would (DESIGN.md §2).
class tst_ZoneFileResolver : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(m_zones.addZoneFile(Test::knotZoneFile())); }

    void answers_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<RrType>("type");
        QTest::addColumn<LookupStatus>("status");
        QTest::addColumn<int>("count");
        QTest::newRow("txt") << u"good.sceau.test"_s << RrType::TXT << LookupStatus::Answer << 2;
        QTest::newRow("case-insensitive")
            << u"GOOD.Sceau.Test"_s << RrType::MX << LookupStatus::Answer << 2;
        QTest::newRow("nodata") << u"address-only.sceau.test"_s << RrType::TXT
                                << LookupStatus::NoData << 0;
        QTest::newRow("nxdomain") << u"nope.sceau.test"_s << RrType::TXT << LookupStatus::NxDomain
                                  << 0;
        QTest::newRow("empty non-terminal")
            << u"ent.sceau.test"_s << RrType::TXT << LookupStatus::NoData << 0;
        QTest::newRow("below a leaf")
            << u"x.leaf.ent.sceau.test"_s << RrType::TXT << LookupStatus::NxDomain << 0;
        QTest::newRow("cname") << u"alias.sceau.test"_s << RrType::TXT << LookupStatus::Answer << 1;
        QTest::newRow("wildcard") << u"any.wild.sceau.test"_s << RrType::TXT << LookupStatus::Answer
                                  << 1;
        QTest::newRow("apex soa") << u"sceau.test"_s << RrType::SOA << LookupStatus::Answer << 1;
    }
    void answers()
    {
        QFETCH(QString, name);
        QFETCH(RrType, type);
        QFETCH(LookupStatus, status);
        QFETCH(int, count);
        const auto future = m_zones.lookup(name, type);
        QVERIFY(future.isFinished()); // zone files alone never wait
        const LookupResult result = future.result();
        QCOMPARE(result.status, status);
        QCOMPARE(result.records.size(), count);
        QVERIFY(result.authoritative);
        for (const ResourceRecord &record : result.records)
            QCOMPARE(record.type, type);
    }

    void txtKeepsEachString()
    {
        const LookupResult result
            = m_zones.lookup(u"multi-string.sceau.test"_s, RrType::TXT).result();
        QCOMPARE(result.records.size(), 1);
        const ResourceRecord &txt = result.records.first();
        QCOMPARE(txt.txtStrings, (QList<QByteArray>{"v=spf1 ", "ip4:192.0.2.0/24 ", "-all"}));
        QCOMPARE(txt.txtJoined(), "v=spf1 ip4:192.0.2.0/24 -all");
    }

    void cnameChainIsInAnswerSection()
    {
        const LookupResult result = m_zones.lookup(u"alias.sceau.test"_s, RrType::TXT).result();
        QCOMPARE(result.answerSection.size(), 2);
        QCOMPARE(result.answerSection.first().type, RrType::CNAME);
        QCOMPARE(result.records.first().owner, u"multi-string.sceau.test"_s);
    }

    void wildcardOwnerIsTheQueryName()
    {
        const LookupResult result = m_zones.lookup(u"a.b.wild.sceau.test"_s, RrType::TXT).result();
        QCOMPARE(result.status, LookupStatus::Answer);
        QCOMPARE(result.records.first().owner, u"a.b.wild.sceau.test"_s);
    }

    void offlineOutsideZonesIsNxDomain()
    {
        ZoneFileResolver zones;
        QVERIFY(zones.addZoneText("@ 300 IN TXT \"hello\"\n", u"draft.test"_s));
        const auto future = zones.lookup(u"example.org"_s, RrType::TXT);
        QVERIFY(future.isFinished());
        QCOMPARE(future.result().status, LookupStatus::NxDomain);
        QCOMPARE(zones.lookup(u"draft.test"_s, RrType::TXT).result().records.first().txtJoined(),
                 "hello");
    }

    void fallbackAnswersOutsideZones()
    {
        ZoneFileResolver live; // stands for the live source: another overlay, real code path
        QVERIFY(live.addZoneText("www 300 IN A 192.0.2.7\n", u"other.test"_s));
        ZoneFileResolver overlay;
        QVERIFY(overlay.addZoneText("@ 300 IN TXT \"draft\"\n", u"draft.test"_s));
        overlay.setFallback(&live);
        QCOMPARE(overlay.lookup(u"www.other.test"_s, RrType::A).result().records.first().rdata,
                 QStringList{u"192.0.2.7"_s});
    }

    // Offline answers are given again for the same question, never past a change: a zone
    // added, or a fallback set, answers from then on.
    void keptAnswersFollowChanges()
    {
        ZoneFileResolver zones;
        QVERIFY(zones.addZoneText("@ 300 IN TXT \"hello\"\n", u"draft.test"_s));
        QCOMPARE(zones.lookup(u"www.other.test"_s, RrType::A).result().status,
                 LookupStatus::NxDomain);
        QCOMPARE(zones.lookup(u"WWW.Other.test"_s, RrType::A).result().status,
                 LookupStatus::NxDomain);
        QVERIFY(zones.addZoneText("www 300 IN A 192.0.2.7\n", u"other.test"_s));
        QCOMPARE(zones.lookup(u"www.other.test"_s, RrType::A).result().records.first().rdata,
                 QStringList{u"192.0.2.7"_s});
        QCOMPARE(zones.lookup(u"www.other.test"_s, RrType::TXT).result().status,
                 LookupStatus::NoData);

        ZoneFileResolver live;
        QVERIFY(live.addZoneText("mail 300 IN A 192.0.2.9\n", u"elsewhere.test"_s));
        QCOMPARE(zones.lookup(u"mail.elsewhere.test"_s, RrType::A).result().status,
                 LookupStatus::NxDomain);
        zones.setFallback(&live);
        QCOMPARE(zones.lookup(u"mail.elsewhere.test"_s, RrType::A).result().records.first().rdata,
                 QStringList{u"192.0.2.9"_s});
    }

    void badZonesAreRejectedWithALine()
    {
        ZoneFileResolver zones;
        const auto bad = zones.addZoneText("@ 300 IN A not-an-address\n", u"bad.test"_s);
        QVERIFY(!bad);
        QCOMPARE(bad.error().code, ErrorCode::ZoneFileInvalid);
        QVERIFY2(bad.error().detail.startsWith(u"line 1: "_s), qPrintable(bad.error().detail));
        QVERIFY(zones.zones().isEmpty()); // nothing of a bad file is kept
        const auto noOrigin = zones.addZoneText("www 300 IN A 192.0.2.1\n");
        QVERIFY(!noOrigin);
        const auto missing = zones.addZoneFile(u"/nonexistent/zone"_s);
        QCOMPARE(missing.error().code, ErrorCode::FileUnreadable);
        QVERIFY(zones.addZoneText("@ 300 IN A 192.0.2.1\n", u"dup.test"_s));
        QVERIFY(!zones.addZoneText("@ 300 IN A 192.0.2.2\n", u"dup.test"_s));
    }

private:
    ZoneFileResolver m_zones;
};

QTEST_GUILESS_MAIN(tst_ZoneFileResolver)
#include "tst_zonefileresolver.moc"
