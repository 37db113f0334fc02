#include "model/dns/cachingresolver.h"
#include "model/dns/liveresolver.h"
#include "model/dns/zonefileresolver.h"
#include "model/spf/spflimits.h"
#include "model/spf/spftreebuilder.h"

#include "await.h"
#include "faultydnsserver.h"
#include "testenv.h"

#include <QTest>

using namespace Sceau;
using namespace Sceau::Spf;
using namespace Qt::StringLiterals;
using Test::await;

namespace {

// A zone for sender.test with the given records ("name TXT \"…\"" lines, relative names).
QByteArray zone(const QByteArray &records)
{
    return "$ORIGIN sender.test.\n$TTL 300\n"
           "@ SOA ns.sender.test. hostmaster.sender.test. 1 3600 600 86400 300\n"
           + records;
}

// The hostile zone of issue 7: levels × width records, each including every record of the
// next level, so the tree would have width^levels nodes (5^12 ≈ 244 million).
QByteArray hostileZone(int levels, int width)
{
    QByteArray records;
    for (int level = 0; level < levels; ++level) {
        for (int i = 0; i < width; ++i) {
            QByteArray record = "v=spf1";
            for (int next = 0; next < width && level + 1 < levels; ++next)
                record += " include:l" + QByteArray::number(level + 1) + "n"
                          + QByteArray::number(next) + ".sender.test";
            record += " -all";
            records += "l" + QByteArray::number(level) + "n" + QByteArray::number(i) + " TXT \""
                       + record + "\"\n";
        }
    }
    QByteArray root = "v=spf1";
    for (int i = 0; i < width; ++i)
        root += " include:l0n" + QByteArray::number(i) + ".sender.test";
    return zone("@ TXT \"" + root + " -all\"\n" + records);
}

// Every node of the tree, depth first.
QList<SpfTreeNode> nodes(const SpfTreeNode &tree)
{
    QList<SpfTreeNode> all{tree};
    for (const SpfTreeNode &child : tree.children)
        all << nodes(child);
    return all;
}

} // namespace

// The include tree (RFC 7208 §5.2, §6.1, §4.6.4) on zone texts, failures from real faulty
// servers in tests/support.
class tst_SpfTreeBuilder : public QObject
{
    Q_OBJECT
private slots:
    // Issue 7 §2: 5 includes per level, 12 levels. The tree stays within its budget and says
    // what it did not follow; the cache sends each name once.
    void hostileTreeIsBounded()
    {
        const QByteArray text = hostileZone(12, 5);
        QVERIFY(text.size() < 12 * 1024);
        Dns::ZoneFileResolver zones;
        QVERIFY(zones.addZoneText(text));
        Dns::CachingResolver cache(&zones);
        SpfTreeBuilder builder(&cache);
        const SpfTreeNode tree = await(builder.build(u"sender.test"_s));
        QVERIFY2(tree.nodeCount() <= MaxTreeNodes, qPrintable(QString::number(tree.nodeCount())));
        QVERIFY(tree.queries <= MaxTreeQueries);
        QVERIFY(tree.truncated());
        const QList<SpfTreeNode> all = nodes(tree);
        QVERIFY(std::any_of(all.cbegin(), all.cend(), [](const SpfTreeNode &node) {
            return !node.notFollowed.isEmpty()
                   && node.notFollowed.first().startsWith(u"include:"_s);
        }));
        QVERIFY(tree.totalLookups > MaxLookups);
        // 61 distinct names at most reached the zone: the shared records were fetched once.
        QVERIFY(cache.upstreamLookups() <= 61);
    }

    // Many a terms: the query budget stops resolving, and marks the terms left.
    void queryBudgetMarksTermsNotFollowed()
    {
        // One string per term: the strings of a TXT record are joined (RFC 7208 §3.3).
        QByteArray record = "\"v=spf1\"";
        const int terms = MaxTreeQueries / 2 + 5; // a: costs two queries (A and AAAA)
        for (int i = 0; i < terms; ++i)
            record += " \" a:h" + QByteArray::number(i) + ".sender.test\"";
        Dns::ZoneFileResolver zones;
        QVERIFY(zones.addZoneText(zone("@ TXT " + record + " \" -all\"\n")));
        SpfTreeBuilder builder(&zones);
        const SpfTreeNode tree = await(builder.build(u"sender.test"_s));
        QVERIFY(tree.queries <= MaxTreeQueries);
        QVERIFY(!tree.notFollowed.isEmpty());
        QVERIFY(tree.truncated());
    }

    // RFC 7208 §6.1: redirect= is ignored in a record with all: not followed, not counted.
    void redirectIgnoredWhenAllIsPresent()
    {
        Dns::ZoneFileResolver zones;
        QVERIFY(zones.addZoneText(
            zone("@ TXT \"v=spf1 ip4:192.0.2.1 -all redirect=other.sender.test\"\n"
                 "other TXT \"v=spf1 ip4:198.51.100.0/24 -all\"\n"
                 "plain TXT \"v=spf1 ip4:192.0.2.1 redirect=other.sender.test\"\n")));
        SpfTreeBuilder builder(&zones);
        const SpfTreeNode ignored = await(builder.build(u"sender.test"_s));
        QVERIFY(ignored.children.isEmpty());
        QCOMPARE(ignored.ownLookups, 0);
        QCOMPARE(ignored.allNetworks(), QStringList{u"192.0.2.1"_s});
        QVERIFY(ignored.queryingTerms().isEmpty());
        // Without all, the redirect applies.
        const SpfTreeNode followed = await(builder.build(u"plain.sender.test"_s));
        QCOMPARE(followed.children.size(), 1);
        QCOMPARE(followed.totalLookups, 1);
        QVERIFY(followed.allNetworks().contains(u"198.51.100.0/24"_s));
    }

    // A failed a/mx/exists/include lookup is a failure with its name and reason, never void.
    void failuresAreCarriedNotVoid_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<QString>("status");
        QTest::newRow("servfail") << int(Test::FaultyDnsServer::Fault::ServFail) << u"servfail"_s;
        QTest::newRow("refused") << int(Test::FaultyDnsServer::Fault::Refused) << u"refused"_s;
        QTest::newRow("timeout") << int(Test::FaultyDnsServer::Fault::Silent) << u"timeout"_s;
    }
    void failuresAreCarriedNotVoid()
    {
        QFETCH(int, fault);
        QFETCH(QString, status);
        Test::FaultyDnsServer server{Test::FaultyDnsServer::Fault(fault)};
        Dns::ResolverConfig config = Test::knotConfig();
        config.servers = {server.address()};
        Dns::LiveResolver elsewhere(config);
        Dns::ZoneFileResolver zones;
        zones.setFallback(&elsewhere);
        QVERIFY(
            zones.addZoneText(zone("@ TXT \"v=spf1 a:x1.elsewhere.example a:x2.elsewhere.example "
                                   "a:x3.elsewhere.example exists:x4.elsewhere.example mx "
                                   "include:_spf.elsewhere.example -all\"\n"
                                   "@ MX 10 mx1.elsewhere.example.\n")));
        SpfTreeBuilder builder(&zones);
        const SpfTreeNode tree = await(builder.build(u"sender.test"_s));
        QVERIFY(tree.voidTerms.isEmpty());
        QVERIFY(!tree.allFailures().isEmpty());
        QStringList names;
        for (const LookupFailure &failure : tree.allFailures()) {
            QCOMPARE(Dns::statusToken(failure.status), status);
            names << failure.name;
        }
        for (const QString &name : {u"x1.elsewhere.example"_s,
                                    u"x2.elsewhere.example"_s,
                                    u"x3.elsewhere.example"_s,
                                    u"x4.elsewhere.example"_s,
                                    u"mx1.elsewhere.example"_s, // the mx host, not dropped
                                    u"_spf.elsewhere.example"_s})
            QVERIFY2(names.contains(name), qPrintable(name));
        QCOMPARE(tree.children.size(), 1);
        QCOMPARE(tree.children.first().state, SpfTreeNode::State::LookupFailed);
        QCOMPARE(tree.children.first().failures.first().term, u"include:_spf.elsewhere.example"_s);
    }

    // The same names answered NXDOMAIN are void: the failure test above can fail.
    void nxdomainIsVoid()
    {
        Dns::ZoneFileResolver zones; // offline: names outside the zone do not exist
        QVERIFY(zones.addZoneText(zone("@ TXT \"v=spf1 a:x1.elsewhere.example "
                                       "exists:x4.elsewhere.example -all\"\n")));
        SpfTreeBuilder builder(&zones);
        const SpfTreeNode tree = await(builder.build(u"sender.test"_s));
        QCOMPARE(tree.voidTerms,
                 (QStringList{u"a:x1.elsewhere.example"_s, u"exists:x4.elsewhere.example"_s}));
        QVERIFY(tree.allFailures().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_SpfTreeBuilder)
#include "tst_spftreebuilder.moc"
