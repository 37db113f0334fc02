#include "model/dns/cachingresolver.h"
#include "model/dns/liveresolver.h"

#include "testenv.h"

#include <QTest>

using namespace Sceau;
using namespace Sceau::Dns;
using namespace Qt::StringLiterals;

class tst_CachingResolver : public QObject
{
    Q_OBJECT
private slots:
    // Identical questions, asked together or later, reach the real server once.
    void sameQuestionGoesOutOnce()
    {
        LiveResolver live(Test::knotConfig());
        CachingResolver cache(&live);
        QList<LookupResult> results;
        for (int i = 0; i < 5; ++i)
            cache.lookup(u"good.sceau.test"_s, RrType::TXT).then(&cache, [&](const LookupResult &r) { results << r; });
        cache.lookup(u"GOOD.sceau.test"_s, RrType::MX).then(&cache, [&](const LookupResult &r) { results << r; });
        QTRY_COMPARE(results.size(), 6);
        QCOMPARE(cache.upstreamLookups(), 2);
        std::optional<LookupResult> later;
        cache.lookup(u"good.sceau.test"_s, RrType::TXT).then(&cache, [&](const LookupResult &r) { later = r; });
        QTRY_VERIFY(later.has_value());
        QCOMPARE(cache.upstreamLookups(), 2);
        QCOMPARE(later->records, results.first().records);
        QCOMPARE(later->status, LookupStatus::Answer);
    }
};

QTEST_GUILESS_MAIN(tst_CachingResolver)
#include "tst_cachingresolver.moc"
