#include "countingdnsrelay.h"
#include "model/bimi/bimidmarc.h"
#include "model/bimi/dmarcprerequisite.h"
#include "model/dns/liveresolver.h"
#include "tests/support/await.h"
#include "tests/support/testenv.h"

#include <QTest>

using namespace Sceau;
using namespace Sceau::Bimi;
using namespace Qt::StringLiterals;
using Lookup = DmarcState::Lookup;
using Verdict = DmarcPrerequisite::Verdict;

Q_DECLARE_METATYPE(Sceau::Bimi::DmarcState::Lookup)
Q_DECLARE_METATYPE(Sceau::Bimi::DmarcPrerequisite::Verdict)

// The BIMI DMARC prerequisite fed by the real DMARC discovery (RFC 9989 tree walk) against the
// test Knot (bimi.test: p=quarantine; sp=none at the organisational domain, p=reject at
// good.bimi.test); and a failed lookup in the walk, which is "could not check", never "no
// DMARC" and never "met".
class BimiDmarcTest : public QObject
{
    Q_OBJECT
private slots:
    void discovery_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<Lookup>("author");
        QTest::addColumn<QString>("org");
        QTest::addColumn<Verdict>("verdict");
        QTest::newRow("own p=reject")
            << u"good.bimi.test"_s << Lookup::Found << u"bimi.test"_s << Verdict::Met;
        QTest::newRow("inherits sp=none")
            << u"sub.bimi.test"_s << Lookup::None << u"bimi.test"_s << Verdict::NotMet;
        QTest::newRow("org itself")
            << u"bimi.test"_s << Lookup::Found << u"bimi.test"_s << Verdict::Met;
    }
    void discovery()
    {
        QFETCH(QString, domain);
        QFETCH(Lookup, author);
        QFETCH(QString, org);
        QFETCH(Verdict, verdict);
        Dns::LiveResolver resolver(Test::knotConfig());
        BimiCheckRequest request;
        request.domain = domain;
        const BimiCheckRequest full = Test::await(withDmarcDiscovery(&resolver, request));
        QCOMPARE(full.authorDmarc.lookup, author);
        QCOMPARE(full.orgDomain, org);
        QCOMPARE(full.orgDmarc.lookup, Lookup::Found);
        QCOMPARE(full.orgDmarc.policy.policy, Dmarc::Policy::Quarantine);
        QCOMPARE(evaluateDmarcPrerequisite(domain, full.authorDmarc, org, full.orgDmarc).verdict,
                 verdict);
    }

    // The author's _dmarc query fails (SERVFAIL, REFUSED, timeout): the author's state could not
    // be checked, and so the prerequisite, although the organisational domain answered.
    void failureIsCouldNotCheck_data()
    {
        QTest::addColumn<int>("fault");
        QTest::newRow("servfail") << int(Test::CountingDnsRelay::Fault::ServFail);
        QTest::newRow("refused") << int(Test::CountingDnsRelay::Fault::Refused);
        QTest::newRow("timeout") << int(Test::CountingDnsRelay::Fault::Silent);
    }
    void failureIsCouldNotCheck()
    {
        QFETCH(int, fault);
        Test::CountingDnsRelay relay;
        relay.fail(
            u"_dmarc.good.bimi.test"_s, Dns::RrType::TXT, Test::CountingDnsRelay::Fault(fault));
        Dns::ResolverConfig config = Test::knotConfig();
        config.servers = {relay.address()};
        Dns::LiveResolver resolver(config);
        BimiCheckRequest request;
        request.domain = u"good.bimi.test"_s;
        const BimiCheckRequest full = Test::await(withDmarcDiscovery(&resolver, request));
        QCOMPARE(full.authorDmarc.lookup, Lookup::CouldNotCheck);
        const DmarcPrerequisite prerequisite = evaluateDmarcPrerequisite(
            full.domain, full.authorDmarc, full.orgDomain, full.orgDmarc);
        QCOMPARE(prerequisite.verdict, Verdict::CouldNotCheck);
        QVERIFY(!prerequisite.findings.isEmpty());
    }
};

QTEST_GUILESS_MAIN(BimiDmarcTest)
#include "tst_bimidmarc.moc"
