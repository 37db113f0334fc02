#include "model/dns/authoritativecheck.h"

#include "await.h"
#include "faultydnsserver.h"
#include "testenv.h"

#include <QTest>

using namespace Sceau;
using namespace Sceau::Dns;
using namespace Qt::StringLiterals;

namespace {
AuthoritativeReport runCheck(AuthoritativeCheck &check, const QString &name)
{
    return Test::await(check.check(name));
}

const ServerAnswer *server(const AuthoritativeReport &report, const QString &host)
{
    for (const ServerAnswer &s : report.servers) {
        if (s.host == host)
            return &s;
    }
    return nullptr;
}

bool servesEd25519Key(const LookupResult &r)
{
    return r.status == LookupStatus::Answer && !r.records.isEmpty()
           && r.records.first().txtJoined().contains("k=ed25519");
}
} // namespace

// The authoritative-NS walk against the test Knot: the zones' NS records point at 127.0.0.1,
// and the direct queries go to the fixture's port.
class tst_AuthoritativeCheck : public QObject
{
    Q_OBJECT
private slots:
    void singleServerZoneServesTheRecord()
    {
        LiveResolver resolver(Test::knotConfig());
        AuthoritativeCheck check(&resolver, Test::knotServer().port, Test::knotConfig());
        const AuthoritativeReport r = runCheck(check, u"ed._domainkey.dkim.test"_s);
        QCOMPARE(r.zone, u"dkim.test"_s); // walked up two labels (NXDOMAIN, NODATA, then NS)
        QVERIFY(r.complete());
        QCOMPARE(r.servers.size(), 1);
        QCOMPARE(r.servers.first().host, u"ns1.dkim.test"_s);
        QCOMPARE(*r.servers.first().address, Test::knotServer());
        QCOMPARE(r.servers.first().result.status, LookupStatus::Answer);
        QVERIFY(r.servers.first().result.authoritative); // AA: the server itself answered
        QCOMPARE(r.countMatching(servesEd25519Key), 1);
        QCOMPARE(r.failedCount(), 0);
    }

    void absentRecordIsNxDomainPerServer()
    {
        LiveResolver resolver(Test::knotConfig());
        AuthoritativeCheck check(&resolver, Test::knotServer().port, Test::knotConfig());
        const AuthoritativeReport r = runCheck(check, u"absent._domainkey.dkim.test"_s);
        QCOMPARE(r.servers.size(), 1);
        QCOMPARE(r.servers.first().result.status, LookupStatus::NxDomain);
        QCOMPARE(r.countMatching(servesEd25519Key), 0);
        QCOMPARE(r.failedCount(), 0);
    }

    // auth.test has three NS: ns1 (the Knot), ns2 (127.0.0.2: nothing listens), ns3 (no
    // address). Published on 1 of 3; the two others are failures, never "not published".
    void unreachableServersAreFailuresNotAbsence()
    {
        LiveResolver resolver(Test::knotConfig());
        AuthoritativeCheck check(&resolver, Test::knotServer().port, Test::knotConfig());
        const AuthoritativeReport r = runCheck(check, u"key._domainkey.auth.test"_s);
        QCOMPARE(r.zone, u"auth.test"_s);
        QCOMPARE(r.servers.size(), 3);
        QCOMPARE(r.countMatching(servesEd25519Key), 1);
        QCOMPARE(r.failedCount(), 2);
        const ServerAnswer *ns1 = server(r, u"ns1.auth.test"_s);
        const ServerAnswer *ns2 = server(r, u"ns2.auth.test"_s);
        const ServerAnswer *ns3 = server(r, u"ns3.auth.test"_s);
        QVERIFY(ns1 && ns2 && ns3);
        QVERIFY(servesEd25519Key(ns1->result));
        QVERIFY(ns2->address);
        QCOMPARE(ns2->address->address, QHostAddress(u"127.0.0.2"_s));
        QVERIFY2(ns2->result.failed(), qPrintable(statusToken(ns2->result.status)));
        QVERIFY(!ns3->address);
        QVERIFY(ns3->result.failed());
        QVERIFY(!ns3->result.detail.isEmpty());
    }

    // A server that answers SERVFAIL is reported as such; the walk itself goes through the
    // resolver, so a failing resolver means no zone (and no server reported as "absent").
    void failingResolverFindsNoZone()
    {
        Test::FaultyDnsServer faulty(Test::FaultyDnsServer::Fault::ServFail);
        ResolverConfig config = Test::knotConfig();
        config.servers = {faulty.address()};
        LiveResolver resolver(config);
        AuthoritativeCheck check(&resolver, Test::knotServer().port, Test::knotConfig());
        const AuthoritativeReport r = runCheck(check, u"ed._domainkey.dkim.test"_s);
        QVERIFY(!r.complete());
        QVERIFY(r.zone.isEmpty());
        QCOMPARE(r.nsLookup.status, LookupStatus::ServerFailure);
        QVERIFY(r.servers.isEmpty());
    }

    void resolverGoneFailsTheWalk()
    {
        auto *resolver = new LiveResolver(Test::knotConfig());
        AuthoritativeCheck check(resolver, Test::knotServer().port, Test::knotConfig());
        delete resolver;
        const AuthoritativeReport r = runCheck(check, u"ed._domainkey.dkim.test"_s);
        QVERIFY(!r.complete());
        QVERIFY(r.nsLookup.failed());
    }

    // The direct queries go to the configured port with RD=0: a faulty server on another port
    // is asked, and its SERVFAIL is that server's result.
    void directQueriesUseThePort()
    {
        Test::FaultyDnsServer faulty(Test::FaultyDnsServer::Fault::ServFail);
        LiveResolver resolver(Test::knotConfig());
        AuthoritativeCheck check(&resolver, faulty.address().port, Test::knotConfig());
        const AuthoritativeReport r = runCheck(check, u"ed._domainkey.dkim.test"_s);
        QCOMPARE(r.servers.size(), 1);
        QCOMPARE(r.servers.first().result.status, LookupStatus::ServerFailure);
        QCOMPARE(r.failedCount(), 1);
        QCOMPARE(faulty.queriesReceived(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_AuthoritativeCheck)
#include "tst_authoritativecheck.moc"
