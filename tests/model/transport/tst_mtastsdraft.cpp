#include "model/transport/mtastsdraft.h"
#include "model/transport/mtastsrecord.h"

#include <QTest>
#include <QTimeZone>

using namespace Sceau;
using namespace Sceau::Transport;
using namespace Qt::StringLiterals;

// What the MTA-STS wizard publishes: prefill from a check, the id bump, the texts, the next mode.
class MtaStsDraftTest : public QObject
{
    Q_OBJECT
private:
    const QDateTime m_now{QDate(2026, 11, 30), QTime(12, 0), Qt::UTC};

    static MtaStsCheck published(MtaStsMode mode)
    {
        MtaStsCheck check;
        check.domain = u"example.com"_s;
        check.mxHosts = {u"mail.example.com"_s, u"backup.example.net"_s};
        check.record.state = MtaStsRecordSelection::State::Valid;
        check.record.record.id = u"20260101T000000"_s;
        MtaStsPolicy policy;
        policy.mode = mode;
        policy.mx = {u"mail.example.com"_s};
        policy.maxAge = 86400;
        policy.ignoredFields = {u"x"_s};
        check.policy = policy;
        return check;
    }

private slots:
    void nothingPublished()
    {
        MtaStsCheck check;
        check.domain = u"example.com"_s;
        check.mxHosts = {u"mail.example.com"_s, u"mx2.example.com"_s};
        const MtaStsDraft draft = MtaStsDraft::fromCheck(check);
        QCOMPARE(draft.policy.mode, MtaStsMode::Testing);
        QCOMPARE(draft.policy.mx, check.mxHosts);
        QCOMPARE(draft.policy.maxAge, 604800);
        QVERIFY(draft.changed());
        QCOMPARE(draft.id(m_now), u"20261130T120000"_s);
        QCOMPARE(draft.recordZoneLine(m_now),
                 u"_mta-sts.example.com. 3600 IN TXT \"v=STSv1; id=20261130T120000\""_s);
        QCOMPARE(draft.policyUrl(), u"https://mta-sts.example.com/.well-known/mta-sts.txt"_s);
        QVERIFY(parseMtaStsPolicy(draft.policyText()));
        QCOMPARE(draft.suggestedMode(check.mxHosts), MtaStsMode::Testing);
    }

    // The id stays while the policy is the published one, and changes with it.
    void idBump()
    {
        MtaStsDraft draft = MtaStsDraft::fromCheck(published(MtaStsMode::Testing));
        QVERIFY(!draft.changed()); // ignored fields do not make a difference
        QCOMPARE(draft.id(m_now), u"20260101T000000"_s);
        draft.policy.mode = MtaStsMode::Enforce;
        QVERIFY(draft.changed());
        QCOMPARE(draft.id(m_now), u"20261130T120000"_s);
        draft.policy.mode = MtaStsMode::Testing;
        QCOMPARE(draft.id(m_now), u"20260101T000000"_s);
    }

    // testing → enforce only once every MX is covered.
    void walk()
    {
        const MtaStsCheck check = published(MtaStsMode::Testing);
        MtaStsDraft draft = MtaStsDraft::fromCheck(check);
        QCOMPARE(draft.suggestedMode(check.mxHosts), MtaStsMode::Testing); // backup not covered
        draft.policy.mx << u"backup.example.net"_s;
        QCOMPARE(draft.suggestedMode(check.mxHosts), MtaStsMode::Enforce);
        QCOMPARE(MtaStsDraft::fromCheck(published(MtaStsMode::None)).suggestedMode({}),
                 MtaStsMode::Testing);
        QCOMPARE(MtaStsDraft::fromCheck(published(MtaStsMode::Enforce)).suggestedMode({}),
                 MtaStsMode::Enforce);
    }

    void tlsRpt()
    {
        QCOMPARE(
            tlsRptZoneLine(u"example.com"_s, {u"tls@example.com"_s}),
            u"_smtp._tls.example.com. 3600 IN TXT \"v=TLSRPTv1; rua=mailto:tls@example.com\""_s);
    }
};

QTEST_GUILESS_MAIN(MtaStsDraftTest)
#include "tst_mtastsdraft.moc"
