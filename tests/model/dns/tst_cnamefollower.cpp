#include "model/dns/cnamefollower.h"

#include "model/dns/liveresolver.h"
#include "model/dns/zonefileresolver.h"

#include "await.h"
#include "faultydnsserver.h"
#include "testenv.h"

#include <QTest>

using namespace Sceau;
using namespace Sceau::Dns;
using namespace Qt::StringLiterals;

namespace {
QStringList cnameOwners(const QList<ResourceRecord> &answer)
{
    QStringList owners;
    for (const ResourceRecord &record : answer) {
        if (record.type == RrType::CNAME)
            owners << record.owner;
    }
    return owners;
}
} // namespace

// One CNAME follower for every source: the test Knot (live source) and a ZoneFileResolver
// loaded with the same zone texts (tests/data/zones/cname*.zone) must agree on every case.
class tst_CnameFollower : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_zones.addZoneText(Test::readData(u"zones/cname.test.zone"_s)));
        QVERIFY(m_zones.addZoneText(Test::readData(u"zones/cname-target.test.zone"_s)));
    }

    void liveAndZoneFilesAgree_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<RrType>("type");
        QTest::addColumn<LookupStatus>("status");
        QTest::addColumn<QString>("finalOwner"); // owner of the records; empty: no records
        QTest::addColumn<QStringList>("chain");  // owners of the CNAMEs followed, in order

        QTest::newRow("in-zone chain")
            << u"chain.cname.test"_s << RrType::TXT << LookupStatus::Answer << u"hop2.cname.test"_s
            << QStringList{u"chain.cname.test"_s, u"hop1.cname.test"_s};
        QTest::newRow("hosted dkim: target in a second zone")
            << u"s1._domainkey.cname.test"_s << RrType::TXT << LookupStatus::Answer
            << u"s1.dkim.cname-target.test"_s << QStringList{u"s1._domainkey.cname.test"_s};
        QTest::newRow("second zone, then a chain there")
            << u"_dmarc.cname.test"_s << RrType::TXT << LookupStatus::Answer
            << u"dmarc.records.cname-target.test"_s
            << QStringList{u"_dmarc.cname.test"_s, u"_dmarc.hosted.cname-target.test"_s};
        QTest::newRow("exactly the hop limit")
            << u"max1.cname.test"_s << RrType::TXT << LookupStatus::Answer << u"long9.cname.test"_s
            << QStringList{u"max1.cname.test"_s,
                           u"long2.cname.test"_s,
                           u"long3.cname.test"_s,
                           u"long4.cname.test"_s,
                           u"long5.cname.test"_s,
                           u"long6.cname.test"_s,
                           u"long7.cname.test"_s,
                           u"long8.cname.test"_s};
        QTest::newRow("loop") << u"_dmarc.loop.cname.test"_s << RrType::TXT
                              << LookupStatus::CnameLoop << QString() << QStringList();
        QTest::newRow("loop through the second zone")
            << u"across.cname.test"_s << RrType::TXT << LookupStatus::CnameLoop << QString()
            << QStringList();
        QTest::newRow("longer than the hop limit")
            << u"long0.cname.test"_s << RrType::TXT << LookupStatus::CnameChainTooLong << QString()
            << QStringList();
        QTest::newRow("dangling target in the zone")
            << u"dangling.cname.test"_s << RrType::TXT << LookupStatus::NxDomain << QString()
            << QStringList{u"dangling.cname.test"_s};
        QTest::newRow("dangling target in the second zone")
            << u"away.cname.test"_s << RrType::TXT << LookupStatus::NxDomain << QString()
            << QStringList{u"away.cname.test"_s};
        QTest::newRow("target without the type")
            << u"nodata.cname.test"_s << RrType::TXT << LookupStatus::NoData << QString()
            << QStringList{u"nodata.cname.test"_s};
        QTest::newRow("the CNAME itself asked")
            << u"chain.cname.test"_s << RrType::CNAME << LookupStatus::Answer
            << u"chain.cname.test"_s << QStringList{u"chain.cname.test"_s};
    }
    void liveAndZoneFilesAgree()
    {
        QFETCH(QString, name);
        QFETCH(RrType, type);
        QFETCH(LookupStatus, status);
        QFETCH(QString, finalOwner);
        QFETCH(QStringList, chain);

        LiveResolver live(Test::knotConfig());
        const LookupResult fromKnot = Test::await(live.lookup(name, type));
        const LookupResult fromZones = Test::await(m_zones.lookup(name, type));
        for (const LookupResult &result : {fromKnot, fromZones}) {
            const QByteArray source = result.server == u"zone file"_s ? "zone file" : "knot";
            const QByteArray why = source + ": " + statusToken(result.status).toUtf8() + " "
                                   + result.detail.toUtf8();
            QVERIFY2(result.status == status, why.constData());
            QCOMPARE(result.name, name); // the name asked, never the target
            QCOMPARE(result.type, type);
            QCOMPARE(result.records.isEmpty(), finalOwner.isEmpty());
            for (const ResourceRecord &record : result.records) {
                QCOMPARE(record.owner, finalOwner);
                QCOMPARE(record.type, type);
            }
            if (!result.failed())
                QCOMPARE(cnameOwners(result.answerSection), chain);
        }
        QCOMPARE(fromKnot.records, fromZones.records);
        if (fromKnot.failed()) {
            QCOMPARE(fromKnot.detail, fromZones.detail); // the same chain named
        } else {
            QCOMPARE(fromKnot.answerSection, fromZones.answerSection);
        }
    }

    void loopAndTooLongAreFailuresWithTheirOwnReason()
    {
        const LookupResult loop
            = Test::await(m_zones.lookup(u"_dmarc.loop.cname.test"_s, RrType::TXT));
        QVERIFY(loop.failed());
        QVERIFY(!loop.exists());
        QCOMPARE(loop.error().code, ErrorCode::DnsCnameLoop);
        QCOMPARE(statusToken(loop.status), u"cname-loop"_s);
        QCOMPARE(
            loop.detail,
            u"_dmarc.loop.cname.test → a.loop.cname.test → b.loop.cname.test → a.loop.cname.test"_s);

        const LookupResult tooLong
            = Test::await(m_zones.lookup(u"long0.cname.test"_s, RrType::TXT));
        QVERIFY(tooLong.failed());
        QCOMPARE(tooLong.error().code, ErrorCode::DnsCnameChainTooLong);
        QCOMPARE(statusToken(tooLong.status), u"cname-chain-too-long"_s);
        QVERIFY(isFailure(LookupStatus::CnameLoop) && isFailure(LookupStatus::CnameChainTooLong));
        QVERIFY(describe(loop.error()) != describe(tooLong.error()));
    }

    void zoneFileTargetOutsideTheZonesGoesToTheFallback()
    {
        ZoneFileResolver overlay; // only the first zone: the second one is Knot's
        QVERIFY(overlay.addZoneText(Test::readData(u"zones/cname.test.zone"_s)));
        LiveResolver live(Test::knotConfig());
        overlay.setFallback(&live);
        const LookupResult r
            = Test::await(overlay.lookup(u"s1._domainkey.cname.test"_s, RrType::TXT));
        QCOMPARE(r.status, LookupStatus::Answer);
        QCOMPARE(r.records.first().owner, u"s1.dkim.cname-target.test"_s);
        QCOMPARE(r.server, Test::knotServer().toString()); // the last answer came from the fallback
        QCOMPARE(cnameOwners(r.answerSection), QStringList{u"s1._domainkey.cname.test"_s});
    }

    void offlineTargetOutsideTheZonesIsNxDomain()
    {
        ZoneFileResolver offline;
        QVERIFY(offline.addZoneText(Test::readData(u"zones/cname.test.zone"_s)));
        const auto future = offline.lookup(u"s1._domainkey.cname.test"_s, RrType::TXT);
        QVERIFY(future.isFinished()); // zone files alone never wait
        QCOMPARE(future.result().status, LookupStatus::NxDomain);
        QCOMPARE(cnameOwners(future.result().answerSection),
                 QStringList{u"s1._domainkey.cname.test"_s});
    }

    void aFailedTargetFailsTheLookup()
    {
        Test::FaultyDnsServer servfail(Test::FaultyDnsServer::Fault::ServFail);
        ResolverConfig config = Test::knotConfig();
        config.servers = {servfail.address()};
        LiveResolver broken(config);
        ZoneFileResolver overlay;
        QVERIFY(overlay.addZoneText(Test::readData(u"zones/cname.test.zone"_s)));
        overlay.setFallback(&broken);
        const LookupResult r
            = Test::await(overlay.lookup(u"s1._domainkey.cname.test"_s, RrType::TXT));
        QCOMPARE(r.status, LookupStatus::ServerFailure); // could not check, never NODATA
        QVERIFY(r.detail.contains(u"s1.dkim.cname-target.test"_s));
        QCOMPARE(servfail.queriesReceived(), 1);
    }

private:
    ZoneFileResolver m_zones;
};

QTEST_GUILESS_MAIN(tst_CnameFollower)
#include "tst_cnamefollower.moc"
