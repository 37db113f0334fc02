#include "await.h"
#include "model/core/async.h"

#include <QPromise>
#include <QTest>
#include <QTimer>

using namespace Sceau;

class TestAsync : public QObject
{
    Q_OBJECT
private slots:
    void allResultsKeepsOrderWhateverTheFinishingOrder()
    {
        QPromise<int> first, second, third;
        first.start();
        second.start();
        third.start();
        const auto all = allResults<int>({first.future(), second.future(), third.future()});
        third.addResult(3);
        third.finish();
        QVERIFY(!all.isFinished());
        first.addResult(1);
        first.finish();
        QTimer::singleShot(0, this, [&] {
            second.addResult(2);
            second.finish();
        });
        QCOMPARE(Test::await(all), (QList<int>{1, 2, 3}));
    }

    void canceledFutureGivesDefaultValue()
    {
        QPromise<int> answered, canceled;
        answered.start();
        canceled.start();
        const auto all = allResults<int>({answered.future(), canceled.future()});
        answered.addResult(7);
        answered.finish();
        canceled.future().cancel();
        canceled.finish();
        QCOMPARE(Test::await(all), (QList<int>{7, 0}));
    }

    void emptyListIsReadyAtOnce()
    {
        const auto all = allResults<int>({});
        QVERIFY(all.isFinished());
        QVERIFY(all.result().isEmpty());
    }

    void onResultReceivesTheCombinedList()
    {
        QPromise<QString> promise;
        promise.start();
        QList<QString> received;
        onResult(allResults<QString>({promise.future()}), this, [&](const QList<QString> &values) {
            received = values;
        });
        promise.addResult(QStringLiteral("a"));
        promise.finish();
        QVERIFY(QTest::qWaitFor([&] { return !received.isEmpty(); }, 5000));
        QCOMPARE(received, QStringList{QStringLiteral("a")});
    }
};

QTEST_GUILESS_MAIN(TestAsync)
#include "tst_async.moc"
