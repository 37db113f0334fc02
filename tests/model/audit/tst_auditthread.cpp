#include "model/audit/auditor.h"
#include "model/audit/auditthread.h"
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

// An auditor on a thread of its own (issue 13 §2) against the test Knot: the same reports as
// the auditor here, under the ids given; canceled audits never report; it goes away cleanly
// with audits still on the wire.
class tst_AuditThread : public QObject
{
    Q_OBJECT
private slots:
    void sameReportsAsHere()
    {
        const auto made = AuditThread::create(Test::settingsOf(Test::knotConfig()), this);
        QVERIFY(made);
        std::unique_ptr<AuditThread> thread(*made);
        QSignalSpy ready(thread.get(), &AuditThread::reportReady);
        const QStringList domains{u"good.sceau.test"_s,
                                  u"multi-spf.sceau.test"_s,
                                  u"null-mx.sceau.test"_s,
                                  u"absent.sceau.test"_s};
        for (int i = 0; i < domains.size(); ++i)
            thread->audit(100 + i, {domains.at(i), {}, {}});
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), domains.size(), 30000);
        Dns::LiveResolver live(Test::knotConfig());
        Auditor here(&live);
        QSet<qint64> seen;
        for (const QList<QVariant> &signal : std::as_const(ready)) {
            const qint64 id = signal.at(0).toLongLong();
            const auto report = signal.at(1).value<AuditReport>();
            QVERIFY(id >= 100 && id < 100 + domains.size());
            seen << id;
            QCOMPARE(report.domain, domains.at(id - 100));
            const AuditReport alone = Test::await(here.audit({report.domain, {}, {}}));
            QCOMPARE(Test::findingLines(report), Test::findingLines(alone));
            QCOMPARE(report.failedLookups, alone.failedLookups);
        }
        QCOMPARE(seen.size(), domains.size());
    }

    void canceledAuditsNeverReport()
    {
        Test::FaultyDnsServer silent(Test::FaultyDnsServer::Fault::Silent);
        std::unique_ptr<AuditThread> thread(asking(silent, 300));
        QVERIFY(thread);
        QSignalSpy ready(thread.get(), &AuditThread::reportReady);
        thread->audit(1, {u"good.sceau.test"_s, {}, {}});
        thread->audit(2, {u"null-mx.sceau.test"_s, {}, {}});
        QTRY_VERIFY(silent.queriesReceived() > 0);
        thread->cancelAll();
        // An audit started after them times out and reports; the canceled ones, which would
        // have timed out first, never do.
        thread->audit(4, {u"absent.sceau.test"_s, {}, {}});
        QVERIFY(ready.wait(30000));
        QCOMPARE(ready.size(), 1);
        QCOMPARE(ready.first().first().toLongLong(), 4);
        QVERIFY(!ready.first().at(1).value<AuditReport>().complete()); // could not check
    }

    // Deleted with audits waiting for answers: the thread ends, nothing reports, no leak (ASan).
    void deletedWhileAuditing()
    {
        Test::FaultyDnsServer silent(Test::FaultyDnsServer::Fault::Silent);
        AuditThread *thread = asking(silent, 5000);
        QVERIFY(thread);
        QSignalSpy ready(thread, &AuditThread::reportReady);
        for (int i = 0; i < 8; ++i)
            thread->audit(i, {u"good.sceau.test"_s, {}, {}});
        QTRY_VERIFY(silent.queriesReceived() >= 8);
        delete thread;
        QCOMPARE(ready.size(), 0);
    }

    void badSettingsAreRefused()
    {
        Dns::ResolverSettings offline;
        offline.offline = true; // and no zone file
        const auto made = AuditThread::create(offline, this);
        QVERIFY(!made);
        QCOMPARE(made.error().code, ErrorCode::InvalidInput);
    }

private:
    // An audit thread whose resolver asks only server, with this timeout per attempt (ms); null
    // if it cannot be made.
    static AuditThread *asking(const Test::FaultyDnsServer &server, int timeoutMs)
    {
        Dns::ResolverSettings settings;
        settings.servers = {server.address()};
        settings.timeoutMs = timeoutMs;
        const auto made = AuditThread::create(settings);
        return made ? *made : nullptr;
    }
};

QTEST_GUILESS_MAIN(tst_AuditThread)
#include "tst_auditthread.moc"
