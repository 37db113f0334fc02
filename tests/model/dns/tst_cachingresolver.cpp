#include "model/dns/cachingresolver.h"
#include "model/dns/liveresolver.h"

#include "await.h"
#include "countingdnsrelay.h"
#include "faultydnsserver.h"
#include "testenv.h"

#include <QTest>

using namespace Sceau;
using namespace Sceau::Dns;
using namespace Qt::StringLiterals;

namespace {
// A live resolver whose queries go through server (one attempt: one query per lookup).
ResolverConfig configFor(const NameServer &server)
{
    ResolverConfig config = Test::knotConfig();
    config.servers = {server};
    return config;
}
} // namespace

// What the cache saves is counted where it matters: at a real server in front of the test
// Knot, not by the cache's own counter.
class tst_CachingResolver : public QObject
{
    Q_OBJECT
private slots:
    // Identical questions, asked together or later, in any case, reach the server once.
    void sameQuestionGoesOutOnce()
    {
        Test::CountingDnsRelay server;
        LiveResolver live(configFor(server.address()));
        CachingResolver cache(&live);
        QList<QFuture<LookupResult>> together;
        for (int i = 0; i < 5; ++i)
            together << cache.lookup(u"good.sceau.test"_s, RrType::TXT);
        together << cache.lookup(u"GOOD.sceau.test"_s, RrType::MX);
        QList<LookupResult> results;
        for (const auto &future : together)
            results << Test::await(future);
        QCOMPARE(server.queries(u"good.sceau.test"_s, RrType::TXT), 1);
        QCOMPARE(server.queries(u"good.sceau.test"_s, RrType::MX), 1);
        QCOMPARE(server.total(), 2);
        for (const LookupResult &result : results.first(5))
            QCOMPARE(result.records, results.first().records);
        QCOMPARE(results.first().status, LookupStatus::Answer);
        QCOMPARE(results.last().status, LookupStatus::Answer);

        const LookupResult later = Test::await(cache.lookup(u"Good.Sceau.Test"_s, RrType::TXT));
        QCOMPARE(later.status, LookupStatus::Answer);
        QCOMPARE(later.records, results.first().records);
        QCOMPARE(server.total(), 2); // nothing more went out

        // Another type of the same name is another question (good.sceau.test has no A).
        QCOMPARE(Test::await(cache.lookup(u"good.sceau.test"_s, RrType::A)).status,
                 LookupStatus::NoData);
        QCOMPARE(server.queries(u"good.sceau.test"_s, RrType::A), 1);
        QCOMPARE(server.total(), 3);
    }

    // A failure is kept too (one audit, one picture): the same failing question is not asked
    // again, together or later.
    void failureGoesOutOnce()
    {
        Test::FaultyDnsServer servfail(Test::FaultyDnsServer::Fault::ServFail);
        LiveResolver live(configFor(servfail.address()));
        CachingResolver cache(&live);
        auto first = cache.lookup(u"good.sceau.test"_s, RrType::TXT);
        auto second = cache.lookup(u"good.sceau.test"_s, RrType::TXT);
        QVERIFY(Test::await(first).failed());
        QVERIFY(Test::await(second).failed());
        QVERIFY(Test::await(cache.lookup(u"good.sceau.test"_s, RrType::TXT)).failed());
        QCOMPARE(servfail.queriesReceived(), 1);
    }

    // Two caches (two audits) do not share answers: each asks the server itself.
    void cachesAreIndependent()
    {
        Test::CountingDnsRelay server;
        LiveResolver live(configFor(server.address()));
        CachingResolver one(&live);
        CachingResolver two(&live);
        Test::await(one.lookup(u"good.sceau.test"_s, RrType::TXT));
        Test::await(two.lookup(u"good.sceau.test"_s, RrType::TXT));
        QCOMPARE(server.queries(u"good.sceau.test"_s, RrType::TXT), 2);
    }
};

QTEST_GUILESS_MAIN(tst_CachingResolver)
#include "tst_cachingresolver.moc"
