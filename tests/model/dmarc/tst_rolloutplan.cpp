#include "model/dmarc/dmarcdraft.h"
#include "model/dmarc/dmarcrecord.h"
#include "model/dmarc/rolloutplan.h"

#include <QTest>

using namespace Sceau;
using namespace Sceau::Dmarc;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Sceau::Dmarc::Readiness)

// The rollout plan (none → t=y → quarantine → reject) computed from RolloutEvidence, and the
// wizard's draft: the record it writes reads back to the same policy, and never has pct=.
class RolloutPlanTest : public QObject
{
    Q_OBJECT
private:
    static RolloutEvidence evidence(int days, qint64 messages, qint64 passing)
    {
        RolloutEvidence e;
        e.policyDomain = u"example.com"_s;
        e.begin = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        e.end = e.begin.addDays(days);
        e.reports = days;
        e.messages = messages;
        e.passingAligned = passing;
        if (passing < messages) {
            SourceImpact source;
            source.sourceIp = u"192.0.2.7"_s;
            source.headerFrom = u"example.com"_s;
            source.messages = source.failingMessages = messages - passing;
            e.failingSources << source;
        }
        return e;
    }

private slots:
    void noEvidence()
    {
        const QList<RolloutStep> steps = planRollout(QDate(2026, 3, 1), std::nullopt);
        QCOMPARE(steps.size(), 4);
        QCOMPARE(steps.at(0).tags, u"p=none"_s);
        QCOMPARE(steps.at(1).tags, u"p=quarantine; t=y"_s);
        QCOMPARE(steps.at(3).tags, u"p=reject"_s);
        QCOMPARE(steps.at(1).date, QDate(2026, 3, 15));
        QCOMPARE(steps.at(3).date, QDate(2026, 4, 12));
        for (const RolloutStep &step : steps.mid(1)) {
            QCOMPARE(step.readiness, Readiness::NoEvidence);
            QVERIFY(!step.tags.contains(u"pct"_s));
        }
    }

    void judged_data()
    {
        QTest::addColumn<int>("days");
        QTest::addColumn<qint64>("passing");
        QTest::addColumn<Readiness>("testMode");
        QTest::addColumn<Readiness>("quarantine");
        QTest::addColumn<Readiness>("reject");
        QTest::newRow("all pass, long enough")
            << 60 << qint64(1000) << Readiness::Safe << Readiness::Safe << Readiness::Safe;
        QTest::newRow("all pass, 20 days")
            << 20 << qint64(1000) << Readiness::Safe << Readiness::TooEarly << Readiness::TooEarly;
        QTest::newRow("95 % pass")
            << 60 << qint64(950) << Readiness::Safe << Readiness::Unsafe << Readiness::Unsafe;
        QTest::newRow("99 % pass")
            << 60 << qint64(990) << Readiness::Safe << Readiness::Safe << Readiness::Unsafe;
        QTest::newRow("half pass")
            << 60 << qint64(500) << Readiness::Unsafe << Readiness::Unsafe << Readiness::Unsafe;
    }
    void judged()
    {
        QFETCH(int, days);
        QFETCH(qint64, passing);
        QFETCH(Readiness, testMode);
        QFETCH(Readiness, quarantine);
        QFETCH(Readiness, reject);
        const QList<RolloutStep> steps
            = planRollout(QDate(2026, 1, 1), evidence(days, 1000, passing));
        QCOMPARE(steps.at(1).readiness, testMode);
        QCOMPARE(steps.at(2).readiness, quarantine);
        QCOMPARE(steps.at(3).readiness, reject);
        QCOMPARE(steps.at(3).wouldBeHit.size(), passing < 1000 ? 1 : 0);
    }

    void draftRoundTrip()
    {
        Draft draft;
        draft.domain = u"example.com"_s;
        draft.policy.policy = Policy::Quarantine;
        draft.policy.subdomainPolicy = Policy::Reject;
        draft.writeSubdomainPolicy = true;
        draft.policy.nonExistentPolicy = Policy::Reject;
        draft.policy.spfAlignment = AlignmentMode::Strict;
        draft.policy.testMode = true;
        draft.rua = {u"a@example.com"_s};
        draft.ruf = {u"mailto:f@other.example"_s};
        draft.failureOptions = {u"1"_s};
        const QString text = recordText(draft);
        QVERIFY(!text.contains(u"pct"_s));
        const Record record = parseRecord(text.toUtf8());
        QVERIFY(record.valid);
        QCOMPARE(record.effective.policy, Policy::Quarantine);
        QCOMPARE(record.effective.subdomainPolicy, Policy::Reject);
        QCOMPARE(record.effective.nonExistentPolicy, Policy::Reject);
        QCOMPARE(record.effective.spfAlignment, AlignmentMode::Strict);
        QVERIFY(record.effective.testMode);
        QCOMPARE(record.failureOptions, QStringList{u"1"_s});
        QCOMPARE(
            authorisationLines(draft),
            QStringList{u"example.com._report._dmarc.other.example. 3600 IN TXT \"v=DMARC1;\""_s});
        // A record longer than one string is split in 255-byte strings.
        for (int i = 0; i < 20; ++i)
            draft.rua << u"reports%1@example.com"_s.arg(i);
        QVERIFY(zoneLine(draft).count(u'"') >= 4);
    }
};

QTEST_GUILESS_MAIN(RolloutPlanTest)
#include "tst_rolloutplan.moc"
