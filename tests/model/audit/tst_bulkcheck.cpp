#include "model/audit/auditor.h"
#include "model/audit/auditthread.h"
#include "model/audit/bulkcheck.h"
#include "model/dns/liveresolver.h"

#include "audittesthelpers.h"
#include "await.h"
#include "faultydnsserver.h"
#include "testenv.h"

#include <QSignalSpy>
#include <QTest>

using namespace Sceau;
using namespace Sceau::Audit;
using namespace Qt::StringLiterals;

// The bulk check of issue 12 §4 against the test Knot: every domain reported once, at most
// MaxAtOnce audits at a time, results identical to one-by-one audits; cancel stops it.
class tst_BulkCheck : public QObject
{
    Q_OBJECT
private slots:
    void everyDomainOnceAndBounded()
    {
        Dns::LiveResolver live(Test::knotConfig());
        Auditor auditor(&live);
        const QStringList domains = fourThenAbsent(BulkCheck::MaxAtOnce + 8);
        BulkCheck bulk;
        QSignalSpy ready(&bulk, &BulkCheck::reportReady);
        QSignalSpy finished(&bulk, &BulkCheck::finished);
        const auto most = Test::mostInFlight(bulk);
        bulk.start(&auditor, domains);
        QCOMPARE(bulk.inFlight(), BulkCheck::MaxAtOnce); // the others wait their turn
        QVERIFY(bulk.isRunning());
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(*most <= BulkCheck::MaxAtOnce);
        QCOMPARE(ready.size(), domains.size());
        QCOMPARE(bulk.done(), int(domains.size()));
        QList<int> seen;
        QHash<int, AuditReport> reports;
        for (const QList<QVariant> &signal : ready) {
            const int index = signal.at(0).toInt();
            seen << index;
            reports.insert(index, signal.at(1).value<AuditReport>());
        }
        std::sort(seen.begin(), seen.end());
        for (int i = 0; i < domains.size(); ++i) {
            QCOMPARE(seen.at(i), i);
            QCOMPARE(reports.value(i).domain, domains.at(i));
        }
        // The same findings as one audit at a time.
        for (int i = 0; i < 4; ++i) {
            const AuditReport alone = Test::await(auditor.audit({domains.at(i), {}, {}}));
            QCOMPARE(Test::findingLines(reports.value(i)), Test::findingLines(alone));
        }
    }

    // Another bound (the CLI's) holds the same way: that many at once, never more.
    void maxAtOnceIsSettable()
    {
        Dns::LiveResolver live(Test::knotConfig());
        Auditor auditor(&live);
        QStringList domains;
        for (int i = 0; i < 12; ++i)
            domains << u"absent%1.sceau.test"_s.arg(i);
        BulkCheck bulk;
        bulk.setMaxAtOnce(5);
        QSignalSpy finished(&bulk, &BulkCheck::finished);
        const auto most = Test::mostInFlight(bulk);
        bulk.start(&auditor, domains);
        QCOMPARE(bulk.inFlight(), 5);
        QVERIFY(finished.wait(30000));
        QVERIFY(*most <= 5);
        QCOMPARE(bulk.done(), 12);
        bulk.setMaxAtOnce(0); // at least one
        QCOMPARE(bulk.maxAtOnce(), 1);
    }

    // Shared with two more threads (AuditThread): every domain once, each thread takes some,
    // the same findings as one-by-one audits here, and never more than the bound at once.
    void threadsShareTheWork()
    {
        Dns::LiveResolver live(Test::knotConfig());
        Auditor auditor(&live);
        const QStringList domains = fourThenAbsent(40);
        BulkCheck bulk;
        QVERIFY(bulk.setThreads(3, Test::settingsOf(Test::knotConfig())));
        QCOMPARE(bulk.threads(), 3);
        const QList<AuditThread *> others = bulk.findChildren<AuditThread *>();
        QCOMPARE(others.size(), 2);
        QSignalSpy first(others.at(0), &AuditThread::reportReady);
        QSignalSpy second(others.at(1), &AuditThread::reportReady);
        bulk.setMaxAtOnce(9);
        QSignalSpy ready(&bulk, &BulkCheck::reportReady);
        QSignalSpy finished(&bulk, &BulkCheck::finished);
        const auto most = Test::mostInFlight(bulk);
        bulk.start(&auditor, domains);
        QCOMPARE(bulk.inFlight(), 9);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(*most <= 9);
        QCOMPARE(ready.size(), domains.size());
        QVERIFY(!first.isEmpty());
        QVERIFY(!second.isEmpty());
        QVERIFY(first.size() + second.size() < domains.size()); // and this thread some
        QHash<int, AuditReport> reports;
        for (const QList<QVariant> &signal : std::as_const(ready))
            reports.insert(signal.at(0).toInt(), signal.at(1).value<AuditReport>());
        QCOMPARE(reports.size(), domains.size());
        for (int i = 0; i < domains.size(); ++i) {
            QCOMPARE(reports.value(i).domain, domains.at(i));
            if (i < 4) {
                const AuditReport alone = Test::await(auditor.audit({domains.at(i), {}, {}}));
                QCOMPARE(Test::findingLines(reports.value(i)), Test::findingLines(alone));
            }
        }
        // Bad settings: refused, and this thread alone from then on.
        Dns::ResolverSettings offline;
        offline.offline = true;
        QVERIFY(!bulk.setThreads(2, offline));
        QCOMPARE(bulk.threads(), 1);
        QVERIFY(bulk.findChildren<AuditThread *>().isEmpty());
    }

    void cancelStopsEveryAudit()
    {
        Test::FaultyDnsServer silent(Test::FaultyDnsServer::Fault::Silent);
        Dns::ResolverConfig config = Test::knotConfig();
        config.servers = {silent.address()};
        config.timeoutMs = 5000;
        Dns::LiveResolver resolver(config);
        Auditor auditor(&resolver);
        BulkCheck bulk;
        QVERIFY(bulk.setThreads(2, Test::settingsOf(config))); // the other thread's audits stop too
        QSignalSpy ready(&bulk, &BulkCheck::reportReady);
        QSignalSpy finished(&bulk, &BulkCheck::finished);
        bulk.start(&auditor,
                   {u"good.sceau.test"_s, u"no-dmarc.sceau.test"_s, u"null-mx.sceau.test"_s});
        QTRY_VERIFY(silent.queriesReceived() > 0);
        bulk.cancel();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY(!bulk.isRunning());
        QCOMPARE(ready.size(), 0);
        // Started again, it runs afresh: a late answer of the canceled run is never counted.
        bulk.start(&auditor, {u"good.sceau.test"_s});
        QCOMPARE(bulk.done(), 0);
        bulk.cancel();
        QCOMPARE(finished.size(), 2);
        QCOMPARE(ready.size(), 0);
    }

    void emptyListFinishesAtOnce()
    {
        Dns::LiveResolver live(Test::knotConfig());
        Auditor auditor(&live);
        BulkCheck bulk;
        QSignalSpy finished(&bulk, &BulkCheck::finished);
        bulk.start(&auditor, {});
        QVERIFY(finished.wait(1000));
        QCOMPARE(finished.first().first().toBool(), false);
    }

private:
    // count domains: four of the test zone with different findings, then absent ones (NXDOMAIN:
    // quick, and still audited).
    static QStringList fourThenAbsent(int count)
    {
        QStringList domains{u"good.sceau.test"_s,
                            u"multi-spf.sceau.test"_s,
                            u"null-mx.sceau.test"_s,
                            u"no-dmarc.sceau.test"_s};
        for (int i = 0; domains.size() < count; ++i)
            domains << u"absent%1.sceau.test"_s.arg(i);
        return domains;
    }
};

QTEST_GUILESS_MAIN(tst_BulkCheck)
#include "tst_bulkcheck.moc"
