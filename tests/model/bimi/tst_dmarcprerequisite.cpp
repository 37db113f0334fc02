#include "model/bimi/dmarcprerequisite.h"

#include <QTest>

using namespace Sceau;
using namespace Sceau::Bimi;
using namespace Qt::StringLiterals;
using Lookup = DmarcState::Lookup;
using Verdict = DmarcPrerequisite::Verdict;
using Dmarc::Policy;

Q_DECLARE_METATYPE(Sceau::Bimi::DmarcState)

namespace {
DmarcState
found(Policy p, Policy sp = Policy::Reject, bool test = false, std::optional<int> pct = {})
{
    DmarcState s;
    s.lookup = Lookup::Found;
    s.policy.policy = p;
    s.policy.subdomainPolicy = sp;
    s.policy.testMode = test;
    s.legacyPercent = pct;
    return s;
}
DmarcState state(Lookup lookup)
{
    DmarcState s;
    s.lookup = lookup;
    return s;
}
} // namespace

// The DMARC prerequisite as a pure function: each row an author and an organisational domain
// state, the verdict, and the finding that says what to fix.
class DmarcPrerequisiteTest : public QObject
{
    Q_OBJECT
private slots:
    void table_data()
    {
        QTest::addColumn<QString>("author");
        QTest::addColumn<DmarcState>("authorState");
        QTest::addColumn<DmarcState>("orgState");
        QTest::addColumn<int>("verdict");
        QTest::addColumn<QString>("finding");
        const QString same = u"example.com"_s, sub = u"mail.example.com"_s;
        const DmarcState unused = state(Lookup::None);
        QTest::newRow("reject") << same << found(Policy::Reject) << unused << int(Verdict::Met)
                                << u"bimi.dmarc-enforcing"_s;
        QTest::newRow("quarantine") << same << found(Policy::Quarantine) << unused
                                    << int(Verdict::Met) << u"bimi.dmarc-enforcing"_s;
        QTest::newRow("p=none") << same << found(Policy::None) << unused << int(Verdict::NotMet)
                                << u"bimi.dmarc-not-enforcing"_s;
        QTest::newRow("t=y") << same << found(Policy::Reject, Policy::Reject, true) << unused
                             << int(Verdict::NotMet) << u"bimi.dmarc-test-mode"_s;
        QTest::newRow("legacy pct=50") << same << found(Policy::Reject, Policy::Reject, false, 50)
                                       << unused << int(Verdict::NotMet) << u"bimi.dmarc-partial"_s;
        QTest::newRow("legacy pct=100") << same << found(Policy::Reject, Policy::Reject, false, 100)
                                        << unused << int(Verdict::Met) << u"bimi.dmarc-enforcing"_s;
        QTest::newRow("no record") << same << state(Lookup::None) << unused << int(Verdict::NotMet)
                                   << u"bimi.dmarc-missing"_s;
        QTest::newRow("lookup failed")
            << same << state(Lookup::CouldNotCheck) << unused << int(Verdict::CouldNotCheck)
            << u"bimi.dmarc-could-not-check"_s;
        QTest::newRow("subdomain inherits sp=reject")
            << sub << state(Lookup::None) << found(Policy::Reject) << int(Verdict::Met)
            << u"bimi.dmarc-enforcing"_s;
        QTest::newRow("subdomain inherits sp=none")
            << sub << state(Lookup::None) << found(Policy::Reject, Policy::None)
            << int(Verdict::NotMet) << u"bimi.dmarc-subdomain-not-enforcing"_s;
        QTest::newRow("subdomain own reject, org p=none")
            << sub << found(Policy::Reject) << found(Policy::None) << int(Verdict::NotMet)
            << u"bimi.dmarc-not-enforcing"_s;
        QTest::newRow("subdomain own reject, org unknown")
            << sub << found(Policy::Reject) << state(Lookup::CouldNotCheck)
            << int(Verdict::CouldNotCheck) << u"bimi.dmarc-could-not-check"_s;
        QTest::newRow("subdomain unknown, org reject")
            << sub << state(Lookup::CouldNotCheck) << found(Policy::Reject)
            << int(Verdict::CouldNotCheck) << u"bimi.dmarc-could-not-check"_s;
        QTest::newRow("subdomain, org without DMARC")
            << sub << state(Lookup::None) << state(Lookup::None) << int(Verdict::NotMet)
            << u"bimi.dmarc-missing"_s;
        QTest::newRow("definite failure beats unknown")
            << sub << state(Lookup::CouldNotCheck) << found(Policy::None) << int(Verdict::NotMet)
            << u"bimi.dmarc-not-enforcing"_s;
    }
    void table()
    {
        QFETCH(QString, author);
        QFETCH(DmarcState, authorState);
        QFETCH(DmarcState, orgState);
        QFETCH(int, verdict);
        QFETCH(QString, finding);
        const auto result
            = evaluateDmarcPrerequisite(author, authorState, u"example.com"_s, orgState);
        QCOMPARE(int(result.verdict), verdict);
        QVERIFY2(std::any_of(result.findings.cbegin(),
                             result.findings.cend(),
                             [&](const Finding &f) { return f.id == finding; }),
                 qPrintable(finding));
        // Could not check is never a posture error, never "met".
        if (verdict == int(Verdict::CouldNotCheck))
            QVERIFY(!hasPostureError(result.findings));
    }
};

QTEST_GUILESS_MAIN(DmarcPrerequisiteTest)
#include "tst_dmarcprerequisite.moc"
