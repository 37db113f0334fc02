#include "model/audit/auditor.h"
#include "model/audit/findingcatalogue.h"
#include "model/audit/mxchecks.h"
#include "model/dkim/selectordiscovery.h"
#include "model/dmarc/dmarcdiscovery.h"
#include "model/dns/liveresolver.h"
#include "model/dns/zonefileresolver.h"

#include "await.h"
#include "countingdnsrelay.h"
#include "faultydnsserver.h"
#include "testenv.h"

#include <QTest>

using namespace Sceau;
using namespace Sceau::Audit;
using namespace Qt::StringLiterals;

namespace {
AuditReport
runAudit(Dns::Resolver *resolver, const QString &domain, const QStringList &selectors = {})
{
    Auditor auditor(resolver);
    return Test::await(auditor.audit({domain, selectors, {}}));
}

Finding findingOf(const AuditReport &report, const QString &id)
{
    for (const Finding &finding : report.findings) {
        if (finding.id == id)
            return finding;
    }
    qFatal("no finding %s", qPrintable(id));
}

QStringList ids(const AuditReport &report)
{
    QStringList result;
    for (const Finding &finding : report.findings)
        result << finding.id;
    result.sort();
    return result;
}
} // namespace

class tst_Auditor : public QObject
{
    Q_OBJECT
private slots:
    void findings_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QStringList>("selectors");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("good") << u"good.sceau.test"_s << QStringList{u"s1"_s, u"absent"_s}
                              << QStringList{u"dkim.key-ok"_s,
                                             u"dkim.selector-missing"_s,
                                             u"dmarc.bulk-sender-policy"_s,
                                             u"dmarc.present"_s,
                                             u"mx.present"_s,
                                             u"spf.present"_s};
        QTest::newRow("multiple spf") << u"multi-spf.sceau.test"_s << QStringList()
                                      << QStringList{u"dmarc.bulk-sender-policy"_s,
                                                     u"dmarc.no-rua"_s,
                                                     u"dmarc.policy-none"_s,
                                                     u"dmarc.present"_s,
                                                     u"mx.present"_s,
                                                     u"spf.multiple-records"_s};
        QTest::newRow("null mx") << u"null-mx.sceau.test"_s << QStringList()
                                 << QStringList{u"dmarc.bulk-sender-policy"_s,
                                                u"dmarc.no-rua"_s,
                                                u"dmarc.present"_s,
                                                u"mx.null"_s,
                                                u"spf.present"_s};
        QTest::newRow("no dmarc") << u"no-dmarc.sceau.test"_s << QStringList()
                                  << QStringList{
                                         u"dmarc.missing"_s, u"mx.present"_s, u"spf.present"_s};
        QTest::newRow("multiple dmarc")
            << u"multi-dmarc.sceau.test"_s << QStringList()
            << QStringList{u"dmarc.multiple-records"_s, u"mx.present"_s, u"spf.present"_s};
        QTest::newRow("no mx") << u"no-mx.sceau.test"_s << QStringList()
                               << QStringList{u"dmarc.bulk-sender-policy"_s,
                                              u"dmarc.no-rua"_s,
                                              u"dmarc.present"_s,
                                              u"mx.missing"_s,
                                              u"spf.present"_s};
        QTest::newRow("mx without address") << u"mx-no-address.sceau.test"_s << QStringList()
                                            << QStringList{u"dmarc.bulk-sender-policy"_s,
                                                           u"dmarc.no-rua"_s,
                                                           u"dmarc.present"_s,
                                                           u"mx.host-no-address"_s,
                                                           u"mx.present"_s,
                                                           u"spf.present"_s};
        QTest::newRow("no spf") << u"no-spf.sceau.test"_s << QStringList()
                                << QStringList{u"dmarc.bulk-sender-policy"_s,
                                               u"dmarc.no-rua"_s,
                                               u"dmarc.present"_s,
                                               u"mx.present"_s,
                                               u"spf.missing"_s};
        QTest::newRow("weak spf: the SPF validator's findings")
            << u"weak-spf.sceau.test"_s << QStringList()
            << QStringList{u"dmarc.bulk-sender-policy"_s,
                           u"dmarc.no-rua"_s,
                           u"dmarc.present"_s,
                           u"mx.present"_s,
                           u"spf.all-pass"_s,
                           u"spf.present"_s,
                           u"spf.ptr-used"_s};
        QTest::newRow("nonexistent")
            << u"nowhere.sceau.test"_s << QStringList() << QStringList{u"domain.not-found"_s};
    }

    // The same zone gives the same findings from the real Knot and from the zone file offline.
    void findings()
    {
        QFETCH(QString, domain);
        QFETCH(QStringList, selectors);
        QFETCH(QStringList, expected);

        Dns::LiveResolver live(Test::knotConfig());
        const AuditReport fromServer = runAudit(&live, domain, selectors);
        QCOMPARE(ids(fromServer), expected);
        QVERIFY(fromServer.complete());

        Dns::ZoneFileResolver offline;
        QVERIFY(offline.addZoneFile(Test::knotZoneFile()));
        const AuditReport fromZone = runAudit(&offline, domain, selectors);
        QCOMPARE(ids(fromZone), expected);
        QCOMPARE(fromZone.findings, fromServer.findings);
        QCOMPARE(fromZone.assessment, fromServer.assessment);
    }

    void goodDomainDetails()
    {
        Dns::LiveResolver live(Test::knotConfig());
        const AuditReport report = runAudit(&live, u"good.sceau.test"_s, {u"s1"_s});
        QCOMPARE(report.spfRecords, QStringList{u"v=spf1 mx -all"_s}); // the other TXT is not SPF
        QCOMPARE(report.dmarcRecords.size(), 1);
        QCOMPARE(report.mx.size(), 2);
        QCOMPARE(report.mx.first().exchange, u"mx1.good.sceau.test"_s);
        QCOMPARE(report.mx.first().addresses, (QStringList{u"192.0.2.25"_s, u"2001:db8::25"_s}));
        QCOMPARE(report.dkim.first().records.first().left(8), u"v=DKIM1;"_s); // strings joined
        // TXT, MX, selector, A+AAAA per MX host; then the SPF tree's: "mx" (MX, A+AAAA per
        // host) and the deprecated type SPF; then DMARC's: the tree walk (_dmarc.good.sceau.test,
        // _dmarc.sceau.test, _dmarc.test), the apex TXT and the MX of the rua host.
        QCOMPARE(report.lookups, 2 + 1 + 4 + (1 + 4 + 1) + (3 + 1 + 1));
        QCOMPARE(report.score(), 100);
        // The rule cited is the RFC's own text, section sign included (UTF-8, not Latin-1).
        for (const Finding &finding : report.findings) {
            if (finding.id == u"mx.present"_s)
                QCOMPARE(finding.rfc, u"RFC 5321 §5.1"_s);
        }
        QCOMPARE(report.spfLookups, 1); // "mx" (RFC 7208 §4.6.4)
        QCOMPARE(runAudit(&live, u"multi-spf.sceau.test"_s).spfLookups, -1); // no single record
    }

    // A lookup that failed is never reported as a missing record.
    void timeoutIsLookupFailedNeverMissing()
    {
        Test::FaultyDnsServer silent(Test::FaultyDnsServer::Fault::Silent);
        Dns::ResolverConfig config = Test::knotConfig();
        config.servers = {silent.address()};
        config.timeoutMs = 100;
        Dns::LiveResolver resolver(config);
        const AuditReport report = runAudit(&resolver, u"no-dmarc.sceau.test"_s, {u"s1"_s});
        QCOMPARE(ids(report), QStringList(4, u"dns.lookup-failed"_s));
        QVERIFY(report.resolverUnreachable());
        QVERIFY(!report.complete());
        for (const Finding &finding : report.findings) {
            QCOMPARE(finding.args.at(2), u"timeout"_s);
            QVERIFY(!finding.id.endsWith(u".missing"_s));
        }
    }

    void servFailIsLookupFailed()
    {
        Test::FaultyDnsServer servfail(Test::FaultyDnsServer::Fault::ServFail);
        Dns::ResolverConfig config = Test::knotConfig();
        config.servers = {servfail.address()};
        Dns::LiveResolver resolver(config);
        const AuditReport report = runAudit(&resolver, u"no-spf.sceau.test"_s);
        QCOMPARE(ids(report), QStringList(3, u"dns.lookup-failed"_s));
        QCOMPARE(report.findings.first().args.at(2), u"servfail"_s);
        // Could not check is not a posture error: the score is provisional, not lowered.
        for (const Finding &finding : report.findings) {
            QCOMPARE(finding.severity, Severity::Warning);
            QVERIFY(isCouldNotCheck(finding));
        }
        QVERIFY(!hasPostureError(report.findings));
        QVERIFY(report.scoreProvisional());
        QCOMPARE(report.score(), std::nullopt); // nothing could be rated (docs/scoring.md)
        QCOMPARE(report.assessment.state, OverallState::CouldNotCheck);
        // The probes of DKIM discovery failed too: counted, never findings of absence.
        QCOMPARE(report.dkimSelectorsFailed, Dkim::commonSelectors());
        QVERIFY(report.resolverUnreachable());
    }

    // RFC 7505 §3, RFC 2181 §10.3, RFC 1035 §3.3.9: the same from the test Knot and offline.
    void mxRules_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QStringList>("expected");
        const QStringList fine{
            u"dmarc.bulk-sender-policy"_s, u"dmarc.no-rua"_s, u"dmarc.present"_s, u"spf.present"_s};
        QTest::newRow("null MX") << u"null.mx.test"_s << (QStringList{u"mx.null"_s} + fine);
        QTest::newRow("MX 10 .") << u"null-ten.mx.test"_s
                                 << (QStringList{u"mx.null-preference"_s} + fine);
        QTest::newRow("null beside others")
            << u"null-mixed.mx.test"_s << (QStringList{u"mx.null-mixed"_s} + fine);
        QTest::newRow("alias") << u"alias.mx.test"_s
                               << (QStringList{u"mx.exchange-alias"_s, u"mx.present"_s} + fine);
        QTest::newRow("address") << u"address.mx.test"_s
                                 << (QStringList{u"mx.exchange-address"_s, u"mx.present"_s} + fine);
        QTest::newRow("no address")
            << u"no-address.mx.test"_s
            << (QStringList{u"mx.host-no-address"_s, u"mx.present"_s} + fine);
    }
    void mxRules()
    {
        QFETCH(QString, domain);
        QFETCH(QStringList, expected);
        expected.sort();
        Dns::LiveResolver live(Test::knotConfig());
        const AuditReport fromServer = runAudit(&live, domain);
        QCOMPARE(ids(fromServer), expected);
        QVERIFY(fromServer.complete());

        Dns::ZoneFileResolver offline;
        QVERIFY(offline.addZoneFile(Test::dataPath(u"zones/mx.test.zone"_s)));
        const AuditReport fromZone = runAudit(&offline, domain);
        QCOMPARE(fromZone.findings, fromServer.findings);
        QCOMPARE(fromZone.lookups, fromServer.lookups);
        for (const Finding &finding : fromZone.findings)
            QVERIFY2(!FindingCatalogue::text(finding).explanation.contains(u"%"_s),
                     qPrintable(finding.id));
    }

    void mxRuleDetails()
    {
        Dns::ZoneFileResolver offline;
        QVERIFY(offline.addZoneFile(Test::dataPath(u"zones/mx.test.zone"_s)));
        const AuditReport alias = runAudit(&offline, u"alias.mx.test"_s);
        const Finding aliasFinding = findingOf(alias, u"mx.exchange-alias"_s);
        QCOMPARE(aliasFinding.severity, Severity::Warning);
        QCOMPARE(
            aliasFinding.args,
            (QStringList{u"mail.alias.mx.test"_s, u"alias.mx.test"_s, u"host.alias.mx.test"_s}));
        QCOMPARE(alias.mx.first().addresses, QStringList{u"192.0.2.25"_s});

        const AuditReport address = runAudit(&offline, u"address.mx.test"_s);
        QCOMPARE(findingOf(address, u"mx.exchange-address"_s).severity, Severity::Error);
        // TXT, the SPF validator's type-99 SPF, MX: no A/AAAA of "192.0.2.25"; then the DMARC
        // tree walk (_dmarc.address.mx.test, _dmarc.mx.test, _dmarc.test) and the apex TXT;
        // then the DKIM discovery's probes.
        QCOMPARE(address.lookups, 3 + (3 + 1) + int(Dkim::commonSelectors().size()));

        const AuditReport ten = runAudit(&offline, u"null-ten.mx.test"_s);
        QCOMPARE(findingOf(ten, u"mx.null-preference"_s).severity, Severity::Error);
        QCOMPARE(findingOf(ten, u"mx.null-preference"_s).args.at(1), u"10"_s);
        QCOMPARE(findingOf(runAudit(&offline, u"null.mx.test"_s), u"mx.null"_s).severity,
                 Severity::Info);
    }

    // No selector given: the common selectors are probed within the audit, and the report
    // says which were probed and which keys were found (issue 12 §1).
    void discoversSelectorsByDefault()
    {
        Dns::LiveResolver live(Test::knotConfig());
        const AuditReport report = runAudit(&live, u"good.score.test"_s);
        QVERIFY(report.dkimDiscovered);
        QCOMPARE(report.dkimSelectorsProbed, Dkim::commonSelectors());
        QCOMPARE(report.dkimSelectorsFailed, QStringList());
        QCOMPARE(report.dkim.size(), 1);
        QCOMPARE(report.dkim.first().selector, u"google"_s);
        QVERIFY(report.dkim.first().records.first().startsWith(u"v=DKIM1;"_s));
        QVERIFY(ids(report).contains(u"dkim.key-ok"_s));
        // The absent selectors are no findings: discovery reports what it found.
        QVERIFY(!ids(report).contains(u"dkim.selector-missing"_s));
        QVERIFY(report.complete());
        QCOMPARE(report.assessment.area(Area::Dkim).state, AreaState::Good);

        // Nothing found: DKIM not assessed, never good.
        const AuditReport none = runAudit(&live, u"nokey.score.test"_s);
        QVERIFY(none.dkim.isEmpty());
        QCOMPARE(none.dkimSelectorsProbed, Dkim::commonSelectors());
        QCOMPARE(none.assessment.area(Area::Dkim).state, AreaState::CouldNotCheck);

        // Selectors given: only those are asked, no discovery.
        const AuditReport given = runAudit(&live, u"good.score.test"_s, {u"s9"_s});
        QVERIFY(!given.dkimDiscovered);
        QCOMPARE(given.dkimSelectorsProbed, QStringList{u"s9"_s});
        QVERIFY(ids(given).contains(u"dkim.selector-missing"_s));
        QCOMPARE(given.lookups + int(Dkim::commonSelectors().size()) - 1, report.lookups);
    }

    // The probes go out with the audit's other questions, not one after another: against a
    // silent server the audit takes about one timeout. Asked in turn, the 34 probes alone would
    // take 34 timeouts; the bound is half of that, far above one timeout on a loaded machine.
    // The probes of selector discovery are asked at once: against a server that never answers,
    // with a timeout far longer than the wait, every probe reaches it before any could have
    // timed out (asked one after another, only the first would have).
    void discoveryIsConcurrent()
    {
        Test::FaultyDnsServer silent(Test::FaultyDnsServer::Fault::Silent);
        Dns::ResolverConfig config = Test::knotConfig();
        config.servers = {silent.address()};
        config.timeoutMs = 60000;
        config.attempts = 1;
        Dns::LiveResolver resolver(config);
        Auditor auditor(&resolver);
        QFuture<AuditReport> running = auditor.audit({u"good.score.test"_s, {}, {}});
        const int probes = int(Dkim::commonSelectors().size());
        QTRY_VERIFY_WITH_TIMEOUT(silent.queriesReceived() >= probes, 10000);
        QVERIFY(!running.isFinished());
        running.cancel();
    }

    void exchangeIsAddress_data()
    {
        QTest::addColumn<QString>("exchange");
        QTest::addColumn<bool>("address");
        QTest::newRow("IPv4") << u"192.0.2.25"_s << true;
        QTest::newRow("literal") << u"[192.0.2.25]"_s << true;
        QTest::newRow("IPv6") << u"2001:db8::25"_s << true;
        QTest::newRow("name") << u"mx1.example.com"_s << false;
        QTest::newRow("numeric labels, not a quad") << u"25.2.0.192.in-addr"_s << false;
        QTest::newRow("three numbers") << u"192.0.2"_s << false;
        QTest::newRow("over 255") << u"192.0.2.256"_s << false;
    }
    void exchangeIsAddress()
    {
        QFETCH(QString, exchange);
        QFETCH(bool, address);
        QCOMPARE(Checks::exchangeIsAddress(exchange), address);
    }

    // A failed MX host lookup is "could not check" for that host, never "no address".
    void failedMxHostIsCouldNotCheck()
    {
        Dns::ZoneFileResolver zone;
        QVERIFY(zone.addZoneText("@ 300 IN SOA ns hm 1 2 3 4 5\n"
                                 "@ 300 IN TXT \"v=spf1 -all\"\n"
                                 // psd=n: the DMARC walk stops here (RFC 9989 §4.10)
                                 "_dmarc 300 IN TXT \"v=DMARC1; p=reject; psd=n; "
                                 "rua=mailto:d@host-fails.test\"\n"
                                 "@ 300 IN MX 10 mx.other.test.\n",
                                 u"host-fails.test"_s));
        Test::FaultyDnsServer servfail(Test::FaultyDnsServer::Fault::ServFail);
        Dns::ResolverConfig config = Test::knotConfig();
        config.servers = {servfail.address()};
        Dns::LiveResolver failing(config);
        zone.setFallback(&failing);
        const AuditReport report = runAudit(&zone, u"host-fails.test"_s);
        QCOMPARE(ids(report),
                 (QStringList{u"dmarc.bulk-sender-policy"_s,
                              u"dmarc.present"_s,
                              u"dns.lookup-failed"_s,
                              u"dns.lookup-failed"_s,
                              u"mx.present"_s,
                              u"spf.present"_s}));
        QCOMPARE(report.failedLookups, 2); // A and AAAA of mx.other.test
        QVERIFY(servfail.queriesReceived() >= 2);
        QVERIFY(!report.complete());
        QVERIFY(report.scoreProvisional());
        QVERIFY(!hasPostureError(report.findings));
        QCOMPARE(report.score(), 100);
        QCOMPARE(report.mx.first().addresses, QStringList());
    }

    // Only one sub-lookup fails: the others still give their findings.
    void partialFailureKeepsTheRest()
    {
        Dns::ZoneFileResolver zone;
        QVERIFY(zone.addZoneText("@ 300 IN SOA ns hm 1 2 3 4 5\n"
                                 "@ 300 IN TXT \"v=spf1 -all\"\n"
                                 "@ 300 IN MX 10 mx.other.test.\n",
                                 u"partial.test"_s));
        Test::FaultyDnsServer servfail(Test::FaultyDnsServer::Fault::ServFail);
        Dns::ResolverConfig config = Test::knotConfig();
        config.servers = {servfail.address()};
        Dns::LiveResolver failing(config);
        zone.setFallback(&failing); // mx.other.test goes to the failing server
        const AuditReport report = runAudit(&zone, u"partial.test"_s);
        QCOMPARE(ids(report),
                 // The DMARC walk's last step (_dmarc.test) goes to the failing server too:
                 // "could not determine", never dmarc.missing (RFC 9989 §4.10).
                 (QStringList{u"dns.lookup-failed"_s,
                              u"dns.lookup-failed"_s,
                              u"dns.lookup-failed"_s,
                              u"mx.present"_s,
                              u"spf.present"_s}));
        QVERIFY(!report.complete());
        QVERIFY(!report.resolverUnreachable());
    }

    // Canceling stops the audit: no report, and no question beyond those already handed to
    // the resolver. How it could fail, and why the wait is long enough to see it: with one
    // query on the wire at a time (maxInFlight 1) the resolver sends in order, so the probe,
    // asked right after cancel, is answered only after every question the audit had asked. Had
    // the cancel been ignored, the SPF and MX answers would have made the audit ask for more
    // (the "mx" term, the exchanges' A and AAAA), queued behind the probe: once the probe is
    // answered they would be in flight, and the relay in front of Knot would count them.
    void cancelStopsTheAudit()
    {
        Test::CountingDnsRelay server;
        Dns::ResolverConfig config = Test::knotConfig();
        config.servers = {server.address()};
        config.maxInFlight = 1;
        Dns::LiveResolver resolver(config);
        Auditor auditor(&resolver);
        QFuture<AuditReport> future = auditor.audit({u"good.sceau.test"_s, {}, {}});
        future.cancel();
        QVERIFY(Test::awaitFinished(future));
        const auto probe = Test::await(resolver.lookup(u"probe.sceau.test"_s, Dns::RrType::TXT));
        QCOMPARE(probe.status, Dns::LookupStatus::NxDomain);
        QCOMPARE(resolver.inFlight(), 0);
        QCOMPARE(future.resultCount(), 0);
        QCOMPARE(server.queries(u"good.sceau.test"_s, Dns::RrType::TXT), 1);
        QCOMPARE(server.queries(u"_dmarc.good.sceau.test"_s, Dns::RrType::TXT), 1);
        QCOMPARE(server.queries(u"good.sceau.test"_s, Dns::RrType::MX), 1);
        // The three above, the DMARC walk's other names and the DKIM discovery's probes (all
        // asked at once with them), and the probe.
        QCOMPARE(server.total(),
                 4 + int(Dmarc::walkDomains(u"good.sceau.test"_s).size()) - 1
                     + int(Dkim::commonSelectors().size()));
    }

    void everyFindingHasCatalogueText()
    {
        Dns::ZoneFileResolver offline;
        QVERIFY(offline.addZoneFile(Test::knotZoneFile()));
        const QStringList domains{u"good.sceau.test"_s,
                                  u"multi-spf.sceau.test"_s,
                                  u"null-mx.sceau.test"_s,
                                  u"multi-dmarc.sceau.test"_s,
                                  u"no-mx.sceau.test"_s,
                                  u"mx-no-address.sceau.test"_s,
                                  u"no-spf.sceau.test"_s,
                                  u"nowhere.sceau.test"_s};
        for (const QString &domain : domains) {
            for (const Finding &finding : runAudit(&offline, domain, {u"s1"_s, u"s2"_s}).findings) {
                const FindingText text = FindingCatalogue::text(finding);
                QVERIFY2(text.title != finding.id, qPrintable(finding.id));
                QVERIFY2(!text.explanation.isEmpty(), qPrintable(finding.id));
                QVERIFY2(!text.explanation.contains(u"%"_s), qPrintable(text.explanation));
            }
        }
    }
};

QTEST_GUILESS_MAIN(tst_Auditor)
#include "tst_auditor.moc"
