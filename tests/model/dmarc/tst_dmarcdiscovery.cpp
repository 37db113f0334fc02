#include "countingdnsrelay.h"
#include "faultydnsserver.h"
#include "model/dmarc/dmarccheck.h"
#include "model/dmarc/dmarcfindings.h"
#include "model/dns/liveresolver.h"
#include "tests/support/await.h"
#include "tests/support/testenv.h"

#include <QTest>

using namespace Sceau;
using namespace Sceau::Dmarc;
using namespace Qt::StringLiterals;

namespace {
QStringList ids(const QList<Finding> &findings)
{
    QStringList list;
    for (const Finding &finding : findings)
        list << finding.id;
    list.sort();
    return list;
}

QStringList queried(const Discovery &discovery)
{
    QStringList names;
    for (const WalkStep &step : discovery.steps)
        names << step.lookup.name;
    return names;
}
} // namespace

// Policy discovery by the RFC 9989 tree walk (§4.10) against the test Knot (zone dmarc.test),
// and the failures that make it "could not determine": a failing server at the first step and
// in the middle of the walk, a CNAME loop, a timeout, SERVFAIL, REFUSED.
class DmarcDiscoveryTest : public QObject
{
    Q_OBJECT
private:
    DmarcCheck check(Dns::Resolver *resolver, const QString &domain)
    {
        return Test::await(checkDmarc(resolver, domain));
    }

    Dns::LiveResolver m_knot{Test::knotConfig()};

private slots:
    void walkDomains_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QStringList>("names");
        QTest::newRow("two labels") << u"example.com"_s << QStringList{u"example.com"_s, u"com"_s};
        QTest::newRow("one label") << u"com"_s << QStringList{u"com"_s};
        QTest::newRow("seven labels") << u"a.b.c.d.e.f.g"_s
                                      << QStringList{u"a.b.c.d.e.f.g"_s,
                                                     u"b.c.d.e.f.g"_s,
                                                     u"c.d.e.f.g"_s,
                                                     u"d.e.f.g"_s,
                                                     u"e.f.g"_s,
                                                     u"f.g"_s,
                                                     u"g"_s};
        // More than seven: the Author Domain, then its last seven labels (RFC 9989 §4.10).
        QTest::newRow("ten labels") << u"x.y.z.a.b.c.d.e.f.g"_s
                                    << QStringList{u"x.y.z.a.b.c.d.e.f.g"_s,
                                                   u"a.b.c.d.e.f.g"_s,
                                                   u"b.c.d.e.f.g"_s,
                                                   u"c.d.e.f.g"_s,
                                                   u"d.e.f.g"_s,
                                                   u"e.f.g"_s,
                                                   u"f.g"_s,
                                                   u"g"_s};
    }
    void walkDomains()
    {
        QFETCH(QString, domain);
        QFETCH(QStringList, names);
        QCOMPARE(Dmarc::walkDomains(domain), names);
        QVERIFY(Dmarc::walkDomains(domain).size() <= MaxWalkQueries);
    }

    void ownRecord()
    {
        const DmarcCheck c = check(&m_knot, u"org.dmarc.test"_s);
        const Discovery &d = c.discovery;
        QVERIFY(d.complete());
        QCOMPARE(d.policyDomain(), u"org.dmarc.test"_s);
        QVERIFY(!d.inherited());
        QCOMPARE(d.orgDomain, u"org.dmarc.test"_s); // the record with the fewest labels
        // No psd= tag: the walk goes on to the single label for the Organizational Domain.
        QCOMPARE(
            queried(d),
            (QStringList{u"_dmarc.org.dmarc.test"_s, u"_dmarc.dmarc.test"_s, u"_dmarc.test"_s}));
        QCOMPARE(
            ids(c.findings),
            (QStringList{FindingId::BulkSender, FindingId::Present, FindingId::SubdomainWeaker}));
        QVERIFY(!c.incomplete());
        QCOMPARE(c.destinations.size(), 1);
        QVERIFY(!c.destinations.first().external);
    }

    // Nine labels: the Author Domain, then straight to its last seven, up to the record.
    void deepInherits()
    {
        const DmarcCheck c = check(&m_knot, u"x.a.b.c.d.e.org.dmarc.test"_s);
        const Discovery &d = c.discovery;
        QCOMPARE(queried(d),
                 (QStringList{u"_dmarc.x.a.b.c.d.e.org.dmarc.test"_s,
                              u"_dmarc.b.c.d.e.org.dmarc.test"_s,
                              u"_dmarc.c.d.e.org.dmarc.test"_s,
                              u"_dmarc.d.e.org.dmarc.test"_s,
                              u"_dmarc.e.org.dmarc.test"_s,
                              u"_dmarc.org.dmarc.test"_s,
                              u"_dmarc.dmarc.test"_s,
                              u"_dmarc.test"_s}));
        QCOMPARE(d.steps.size(), MaxWalkQueries);
        QVERIFY(d.inherited());
        QCOMPARE(d.policyDomain(), u"org.dmarc.test"_s);
        QCOMPARE(d.orgDomain, u"org.dmarc.test"_s);
        QVERIFY(ids(c.findings).contains(FindingId::Inherited));
        QVERIFY(!ids(c.findings).contains(FindingId::Missing));
    }

    // psd=y: the walk stops at the PSD; its policy applies, and the Organizational Domain is
    // the name one label below it.
    void publicSuffixDomain()
    {
        const DmarcCheck c = check(&m_knot, u"www.shop.psd.dmarc.test"_s);
        const Discovery &d = c.discovery;
        QCOMPARE(queried(d),
                 (QStringList{u"_dmarc.www.shop.psd.dmarc.test"_s,
                              u"_dmarc.shop.psd.dmarc.test"_s,
                              u"_dmarc.psd.dmarc.test"_s}));
        QCOMPARE(d.policyDomain(), u"psd.dmarc.test"_s);
        QCOMPARE(d.orgDomain, u"shop.psd.dmarc.test"_s);
        QCOMPARE(d.policy()->record->effective.psd, PsdFlag::Yes);
    }

    // psd=n: that domain is the Organizational Domain; the nearest record is the policy.
    void psdNo()
    {
        const DmarcCheck c = check(&m_knot, u"team.corp.dmarc.test"_s);
        const Discovery &d = c.discovery;
        QCOMPARE(d.steps.size(), 2);
        QCOMPARE(d.policyDomain(), u"team.corp.dmarc.test"_s);
        QCOMPARE(d.orgDomain, u"corp.dmarc.test"_s);
        QCOMPARE(ids(c.findings),
                 (QStringList{FindingId::BulkSender,
                              FindingId::NoRua,
                              FindingId::PolicyNone,
                              FindingId::Present,
                              FindingId::TestMode}));
    }

    void findings_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("missing") << u"missing.dmarc.test"_s << QStringList{FindingId::Missing};
        QTest::newRow("apex") << u"apex.dmarc.test"_s
                              << QStringList{FindingId::ApexRecord, FindingId::Missing};
        QTest::newRow("several") << u"multi.dmarc.test"_s << QStringList{FindingId::Multiple};
        QTest::newRow("invalid") << u"invalid.dmarc.test"_s
                                 << QStringList{FindingId::DuplicateTag, FindingId::Invalid};
        // v=dmarc1 is not a DMARC record at all (RFC 9989 §4.8): discarded, so none.
        QTest::newRow("lower case") << u"lower.dmarc.test"_s << QStringList{FindingId::Missing};
        QTest::newRow("monitor") << u"monitor.dmarc.test"_s
                                 << QStringList{FindingId::BulkSender,
                                                FindingId::PolicyNone,
                                                FindingId::Present};
        QTest::newRow("legacy") << u"legacy.dmarc.test"_s
                                << QStringList{FindingId::BulkSender,
                                               FindingId::LegacyTag,
                                               FindingId::LegacyTag,
                                               FindingId::Present,
                                               FindingId::SizeSuffix};
        // rep authorises ext's reports; norep neither does nor has an MX.
        QTest::newRow("external") << u"ext.dmarc.test"_s
                                  << QStringList{FindingId::BulkSender,
                                                 FindingId::Present,
                                                 FindingId::ReportAuthorised,
                                                 FindingId::ReportHostNoMx,
                                                 FindingId::ReportNotAuthorised};
    }
    void findings()
    {
        QFETCH(QString, domain);
        QFETCH(QStringList, expected);
        expected.sort();
        const DmarcCheck c = check(&m_knot, domain);
        QCOMPARE(ids(c.findings), expected);
        QVERIFY(!c.incomplete());
    }

    void externalDestinationNames()
    {
        const DmarcCheck c = check(&m_knot, u"ext.dmarc.test"_s);
        QCOMPARE(c.destinations.size(), 2);
        QCOMPARE(c.destinations.at(0).authorisationName,
                 u"ext.dmarc.test._report._dmarc.rep.dmarc.test"_s);
        QVERIFY(hasDmarcRecord(c.destinations.at(0).authorisation));
        QVERIFY(!hasDmarcRecord(c.destinations.at(1).authorisation));
        QCOMPARE(c.queries(), 3 + 1 + 4); // walk, apex, two MX and two authorisations
    }

    // The first query fails: nothing is known, and nothing is said to be missing.
    void failingServer_data()
    {
        QTest::addColumn<int>("fault");
        QTest::newRow("servfail") << int(Test::FaultyDnsServer::Fault::ServFail);
        QTest::newRow("refused") << int(Test::FaultyDnsServer::Fault::Refused);
        QTest::newRow("timeout") << int(Test::FaultyDnsServer::Fault::Silent);
        QTest::newRow("garbage") << int(Test::FaultyDnsServer::Fault::Garbage);
    }
    void failingServer()
    {
        QFETCH(int, fault);
        Test::FaultyDnsServer server{Test::FaultyDnsServer::Fault(fault)};
        Dns::ResolverConfig config = Test::knotConfig();
        config.servers = {server.address()};
        Dns::LiveResolver failing(config);
        const DmarcCheck c = check(&failing, u"org.dmarc.test"_s);
        QVERIFY(!c.discovery.complete());
        QVERIFY(!c.discovery.policyDetermined());
        QCOMPARE(c.discovery.steps.size(), 1); // the walk stops at the failure
        QVERIFY(c.incomplete());
        QVERIFY(!ids(c.findings).contains(FindingId::Missing));
        QVERIFY(!hasPostureError(c.findings));
        QVERIFY(ids(c.findings).contains(u"dns.lookup-failed"_s));
    }

    // A failure in the MIDDLE of the walk: the answers before it were NXDOMAIN, the record
    // after it (org.dmarc.test) is asked with the rest of the walk but never used — "could not
    // determine", not "no policy" and not the wrong policy.
    void failureMidWalk_data()
    {
        QTest::addColumn<int>("fault");
        QTest::newRow("servfail") << int(Test::CountingDnsRelay::Fault::ServFail);
        QTest::newRow("refused") << int(Test::CountingDnsRelay::Fault::Refused);
        QTest::newRow("timeout") << int(Test::CountingDnsRelay::Fault::Silent);
    }
    void failureMidWalk()
    {
        QFETCH(int, fault);
        Test::CountingDnsRelay relay;
        relay.fail(
            u"_dmarc.d.e.org.dmarc.test"_s, Dns::RrType::TXT, Test::CountingDnsRelay::Fault(fault));
        Dns::ResolverConfig config = Test::knotConfig();
        config.servers = {relay.address()};
        Dns::LiveResolver resolver(config);
        const DmarcCheck c = check(&resolver, u"x.a.b.c.d.e.org.dmarc.test"_s);
        const Discovery &d = c.discovery;
        QCOMPARE(d.steps.size(), 4);
        QCOMPARE(d.failedStep, 3);
        QCOMPARE(d.steps.at(0).lookup.status, Dns::LookupStatus::NxDomain);
        QVERIFY(!d.policyDetermined());
        QVERIFY(d.orgDomain.isEmpty());
        QCOMPARE(relay.queries(u"_dmarc.org.dmarc.test"_s, Dns::RrType::TXT), 1);
        QCOMPARE(ids(c.findings), QStringList{u"dns.lookup-failed"_s});
        QVERIFY(c.incomplete());
    }

    // The walk's answers are taken in its order, whatever order they come back in: the first
    // name times out while the names above it (and org.dmarc.test's record) are answered at
    // once; the walk still stops at the first name, its policy "could not determine".
    void laterAnswersWaitForEarlierOnes()
    {
        Test::CountingDnsRelay relay;
        relay.fail(u"_dmarc.sub.org.dmarc.test"_s,
                   Dns::RrType::TXT,
                   Test::CountingDnsRelay::Fault::Silent);
        Dns::ResolverConfig config = Test::knotConfig();
        config.servers = {relay.address()};
        config.timeoutMs = 300;
        config.attempts = 1;
        Dns::LiveResolver resolver(config);
        const DmarcCheck c = check(&resolver, u"sub.org.dmarc.test"_s);
        const Discovery &d = c.discovery;
        QCOMPARE(relay.queries(u"_dmarc.org.dmarc.test"_s, Dns::RrType::TXT), 1);
        QCOMPARE(d.steps.size(), 1);
        QCOMPARE(d.failedStep, 0);
        QCOMPARE(d.steps.first().lookup.status, Dns::LookupStatus::Timeout);
        QVERIFY(!d.policyDetermined());
        QVERIFY(d.policyDomain().isEmpty());
        QCOMPARE(ids(c.findings), QStringList{u"dns.lookup-failed"_s});
        QVERIFY(c.incomplete());
    }

    // Every name of the walk is asked at once: against a server that never answers, with a
    // timeout far longer than the wait, all eight questions reach it before any could have
    // timed out (asked one after another, only the first would have).
    void walkIsConcurrent()
    {
        Test::FaultyDnsServer silent{Test::FaultyDnsServer::Fault::Silent};
        Dns::ResolverConfig config = Test::knotConfig();
        config.servers = {silent.address()};
        config.timeoutMs = 60000;
        config.attempts = 1;
        Dns::LiveResolver resolver(config);
        const QFuture<Discovery> walk = discover(&resolver, u"x.a.b.c.d.e.org.dmarc.test"_s);
        QTRY_VERIFY_WITH_TIMEOUT(silent.queriesReceived() >= MaxWalkQueries, 10000);
        QVERIFY(!walk.isFinished());
    }

    // A CNAME loop in the middle of the walk is a failure too.
    void cnameLoopMidWalk()
    {
        const DmarcCheck c = check(&m_knot, u"a.loop.dmarc.test"_s);
        QCOMPARE(c.discovery.steps.size(), 2);
        QCOMPARE(c.discovery.steps.last().lookup.status, Dns::LookupStatus::CnameLoop);
        QVERIFY(!c.discovery.policyDetermined());
        QCOMPARE(ids(c.findings), QStringList{u"dns.lookup-failed"_s});
    }

    // A failure after the policy record: the policy stands, the Organizational Domain is
    // unknown, the check incomplete.
    void failureAfterPolicy()
    {
        Test::CountingDnsRelay relay;
        relay.fail(
            u"_dmarc.dmarc.test"_s, Dns::RrType::TXT, Test::CountingDnsRelay::Fault::ServFail);
        Dns::ResolverConfig config = Test::knotConfig();
        config.servers = {relay.address()};
        Dns::LiveResolver resolver(config);
        const DmarcCheck c = check(&resolver, u"monitor.dmarc.test"_s);
        QVERIFY(c.discovery.policyDetermined());
        QCOMPARE(c.discovery.policyDomain(), u"monitor.dmarc.test"_s);
        QVERIFY(c.discovery.orgDomain.isEmpty());
        QVERIFY(c.incomplete());
        QVERIFY(ids(c.findings).contains(FindingId::PolicyNone));
    }

    // decide() alone: psd=y at the Author Domain makes it its own Organizational Domain.
    void psdAtAuthorDomain()
    {
        Dns::LookupResult answer;
        answer.status = Dns::LookupStatus::Answer;
        WalkStep step{u"gov.example"_s, answer, {}, parseRecord("v=DMARC1; p=reject; psd=y")};
        const Discovery d = decide(u"gov.example"_s, {step});
        QCOMPARE(d.orgDomain, u"gov.example"_s);
        QCOMPARE(d.policyDomain(), u"gov.example"_s);
    }
};

QTEST_GUILESS_MAIN(DmarcDiscoveryTest)
#include "tst_dmarcdiscovery.moc"
