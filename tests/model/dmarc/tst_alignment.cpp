#include "model/dmarc/alignment.h"
#include "model/dns/liveresolver.h"
#include "tests/support/await.h"
#include "tests/support/testenv.h"

#include <QTest>

using namespace Sceau;
using namespace Sceau::Dmarc;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Sceau::Dmarc::Verdict)
Q_DECLARE_METATYPE(Sceau::Dmarc::Policy)

namespace {
// A discovery that found record at policyDomain for domain (a complete walk).
Discovery found(const QString &domain, const QString &policyDomain, const QByteArray &record)
{
    Dns::LookupResult answer;
    answer.status = Dns::LookupStatus::Answer;
    Dns::LookupResult none;
    none.status = Dns::LookupStatus::NxDomain;
    QList<WalkStep> steps;
    if (domain != policyDomain)
        steps << WalkStep{domain, none, {}, std::nullopt};
    steps << WalkStep{policyDomain, answer, {record}, parseRecord(record)};
    return decide(domain, steps);
}
} // namespace

// The alignment simulator (RFC 9989 §4.4) and the verdict with the policy applied (§4.7:
// p/sp/np, t=y), table-driven; then one simulation against the test Knot (zone dmarc.test).
class AlignmentTest : public QObject
{
    Q_OBJECT
private slots:
    void isAligned_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("orgA");
        QTest::addColumn<QString>("b");
        QTest::addColumn<QString>("orgB");
        QTest::addColumn<bool>("relaxed");
        QTest::addColumn<bool>("strict");
        QTest::newRow("same name") << u"example.com"_s << u"example.com"_s << u"example.com"_s
                                   << u"example.com"_s << true << true;
        QTest::newRow("same name, any case")
            << u"Example.COM"_s << u""_s << u"example.com"_s << u""_s << true << true;
        QTest::newRow("subdomain, same org")
            << u"mail.example.com"_s << u"example.com"_s << u"example.com"_s << u"example.com"_s
            << true << false;
        QTest::newRow("other org") << u"example.net"_s << u"example.net"_s << u"example.com"_s
                                   << u"example.com"_s << false << false;
        QTest::newRow("org unknown")
            << u"mail.example.com"_s << u""_s << u"example.com"_s << u""_s << false << false;
        QTest::newRow("empty") << u""_s << u""_s << u"example.com"_s << u"example.com"_s << false
                               << false;
    }
    void isAligned()
    {
        QFETCH(QString, a);
        QFETCH(QString, orgA);
        QFETCH(QString, b);
        QFETCH(QString, orgB);
        QFETCH(bool, relaxed);
        QFETCH(bool, strict);
        QCOMPARE(Dmarc::isAligned(a, orgA, b, orgB, AlignmentMode::Relaxed), relaxed);
        QCOMPARE(Dmarc::isAligned(a, orgA, b, orgB, AlignmentMode::Strict), strict);
    }

    void verdict_data()
    {
        QTest::addColumn<QByteArray>("record");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("mailFrom");
        QTest::addColumn<bool>("spfPass");
        QTest::addColumn<QString>("dkimDomain");
        QTest::addColumn<bool>("dkimPass");
        QTest::addColumn<bool>("fromExists");
        QTest::addColumn<Verdict>("verdict");
        QTest::addColumn<Policy>("disposition");
        const QByteArray reject = "v=DMARC1; p=reject; sp=quarantine; np=reject";
        QTest::newRow("spf aligned relaxed")
            << reject << u"example.com"_s << u"bounce.example.com"_s << true << u""_s << false
            << true << Verdict::Pass << Policy::Reject;
        QTest::newRow("spf strict fails on subdomain")
            << QByteArray("v=DMARC1; p=reject; aspf=s") << u"example.com"_s
            << u"bounce.example.com"_s << true << u""_s << false << true << Verdict::Fail
            << Policy::Reject;
        QTest::newRow("spf passes unaligned")
            << reject << u"example.com"_s << u"esp.net"_s << true << u""_s << false << true
            << Verdict::Fail << Policy::Reject;
        QTest::newRow("dkim aligned")
            << reject << u"example.com"_s << u"esp.net"_s << false << u"example.com"_s << true
            << true << Verdict::Pass << Policy::Reject;
        QTest::newRow("dkim aligned but failed")
            << reject << u"example.com"_s << u"esp.net"_s << false << u"example.com"_s << false
            << true << Verdict::Fail << Policy::Reject;
        QTest::newRow("dkim strict on subdomain d=")
            << QByteArray("v=DMARC1; p=reject; adkim=s") << u"example.com"_s << u"esp.net"_s
            << false << u"mail.example.com"_s << true << true << Verdict::Fail << Policy::Reject;
        QTest::newRow("t=y: reject becomes quarantine")
            << QByteArray("v=DMARC1; p=reject; t=y") << u"example.com"_s << u"esp.net"_s << false
            << u""_s << false << true << Verdict::Fail << Policy::Quarantine;
        QTest::newRow("t=y: quarantine becomes none")
            << QByteArray("v=DMARC1; p=quarantine; t=y") << u"example.com"_s << u"esp.net"_s
            << false << u""_s << false << true << Verdict::Fail << Policy::None;
        QTest::newRow("subdomain inherits sp")
            << reject << u"shop.example.com"_s << u"esp.net"_s << false << u""_s << false << true
            << Verdict::Fail << Policy::Quarantine;
        QTest::newRow("non-existent subdomain gets np")
            << QByteArray("v=DMARC1; p=none; np=reject") << u"ghost.example.com"_s << u"esp.net"_s
            << false << u""_s << false << false << Verdict::Fail << Policy::Reject;
    }
    void verdict()
    {
        QFETCH(QByteArray, record);
        QFETCH(QString, from);
        QFETCH(QString, mailFrom);
        QFETCH(bool, spfPass);
        QFETCH(QString, dkimDomain);
        QFETCH(bool, dkimPass);
        QFETCH(bool, fromExists);
        QFETCH(Verdict, verdict);
        QFETCH(Policy, disposition);
        AlignmentInput input;
        input.fromDomain = from;
        input.mailFromDomain = mailFrom;
        input.spfPass = spfPass;
        if (!dkimDomain.isEmpty())
            input.dkim << AlignmentInput::Signature{dkimDomain, dkimPass};
        input.fromDomainExists = fromExists;
        // Organizational Domains as a walk would give them: example.com's subtree is one
        // organisation.
        QHash<QString, QString> orgs;
        for (const QString &d : {from, mailFrom, dkimDomain})
            orgs.insert(d, d.endsWith(u"example.com"_s) ? u"example.com"_s : d);
        const AlignmentResult result
            = evaluateAlignment(input, orgs, found(from, u"example.com"_s, record));
        QCOMPARE(result.verdict, verdict);
        QCOMPARE(result.disposition, disposition);
    }

    void noPolicyAndUndetermined()
    {
        AlignmentInput input{u"example.com"_s, u"example.com"_s, true, {}, true};
        Dns::LookupResult nx;
        nx.status = Dns::LookupStatus::NxDomain;
        const Discovery none = decide(u"example.com"_s, {WalkStep{u"example.com"_s, nx, {}, {}}});
        QCOMPARE(evaluateAlignment(input, {}, none).verdict, Verdict::NoPolicy);
        Dns::LookupResult failed; // Timeout
        const Discovery unknown
            = decide(u"example.com"_s, {WalkStep{u"example.com"_s, failed, {}, {}}});
        QCOMPARE(evaluateAlignment(input, {}, unknown).verdict, Verdict::Undetermined);
    }

    // Against the test Knot: shop.psd.dmarc.test inherits the PSD's policy; its
    // Organizational Domain is itself, so a d= of www.shop.psd.dmarc.test aligns relaxed, and
    // a MAIL FROM of another organisation below the same PSD does not.
    void simulate()
    {
        Dns::LiveResolver knot(Test::knotConfig());
        AlignmentInput input;
        input.fromDomain = u"shop.psd.dmarc.test"_s;
        input.mailFromDomain = u"other.psd.dmarc.test"_s;
        input.spfPass = true;
        input.dkim << AlignmentInput::Signature{u"www.shop.psd.dmarc.test"_s, true};
        const AlignmentResult result = Test::await(simulateAlignment(&knot, input));
        QCOMPARE(result.policyDomain, u"psd.dmarc.test"_s);
        QVERIFY(!result.spf.relaxed); // another organisation below the same PSD
        QVERIFY(result.dkim.first().relaxed);
        QVERIFY(!result.dkim.first().strict);
        QCOMPARE(result.verdict, Verdict::Pass);
        QCOMPARE(result.requested, Policy::Reject); // inherited: sp=, which defaults to p=reject

        input.dkim.clear();
        const AlignmentResult failing = Test::await(simulateAlignment(&knot, input));
        QCOMPARE(failing.verdict, Verdict::Fail);
    }
};

QTEST_GUILESS_MAIN(AlignmentTest)
#include "tst_alignment.moc"
