#include "model/publish/ttladvice.h"

#include <QTest>

using namespace Sceau::Publish;
using namespace Qt::StringLiterals;

class tst_TtlAdvice : public QObject
{
    Q_OBJECT
private slots:
    // Lower the TTL first when caches could keep the old RRset longer than the advised TTL.
    void ttlAdviceAboveFiveMinutes()
    {
        QVERIFY(!ttlAdvice(0));
        QVERIFY(!ttlAdvice(300));
        const auto advice = ttlAdvice(86400);
        QVERIFY(advice);
        QCOMPARE(advice->lowerTo, 300u);
        QCOMPARE(advice->waitSeconds, 86400u);
        QVERIFY(advice->text().contains(u"86400"_s));
    }
};

QTEST_GUILESS_MAIN(tst_TtlAdvice)
#include "tst_ttladvice.moc"
