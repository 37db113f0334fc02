#include "model/audit/auditor.h"
#include "model/audit/findingcatalogue.h"
#include "model/dns/liveresolver.h"
#include "model/dns/zonefileresolver.h"

#include "faultydnsserver.h"
#include "testenv.h"

#include <QTest>

using namespace Sceau;
using namespace Sceau::Audit;
using namespace Qt::StringLiterals;

namespace {
AuditReport runAudit(Dns::Resolver *resolver, const QString &domain, const QStringList &selectors = {})
{
    Auditor auditor(resolver);
    std::optional<AuditReport> report;
    auditor.audit({domain, selectors}).then(&auditor, [&](const AuditReport &r) { report = r; });
    if (!QTest::qWaitFor([&] { return report.has_value(); }, 10000))
        qFatal("audit of %s never finished", qPrintable(domain));
    return *report;
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
                              << QStringList{u"dkim.key-ok"_s, u"dkim.selector-missing"_s,
                                             u"dmarc.present"_s, u"mx.present"_s, u"spf.present"_s};
        QTest::newRow("multiple spf") << u"multi-spf.sceau.test"_s << QStringList()
                                      << QStringList{u"dmarc.present"_s, u"mx.present"_s, u"spf.multiple-records"_s};
        QTest::newRow("null mx") << u"null-mx.sceau.test"_s << QStringList()
                                 << QStringList{u"dmarc.present"_s, u"mx.null"_s, u"spf.present"_s};
        QTest::newRow("no dmarc") << u"no-dmarc.sceau.test"_s << QStringList()
                                  << QStringList{u"dmarc.missing"_s, u"mx.present"_s, u"spf.present"_s};
        QTest::newRow("multiple dmarc") << u"multi-dmarc.sceau.test"_s << QStringList()
                                        << QStringList{u"dmarc.multiple-records"_s, u"mx.present"_s, u"spf.present"_s};
        QTest::newRow("no mx") << u"no-mx.sceau.test"_s << QStringList()
                               << QStringList{u"dmarc.present"_s, u"mx.missing"_s, u"spf.present"_s};
        QTest::newRow("mx without address") << u"mx-no-address.sceau.test"_s << QStringList()
                                            << QStringList{u"dmarc.present"_s, u"mx.host-no-address"_s,
                                                           u"mx.present"_s, u"spf.present"_s};
        QTest::newRow("no spf") << u"no-spf.sceau.test"_s << QStringList()
                                << QStringList{u"dmarc.present"_s, u"mx.present"_s, u"spf.missing"_s};
        QTest::newRow("weak spf: the SPF validator's findings") << u"weak-spf.sceau.test"_s << QStringList()
                                  << QStringList{u"dmarc.present"_s, u"mx.present"_s, u"spf.all-pass"_s,
                                                 u"spf.present"_s, u"spf.ptr-used"_s};
        QTest::newRow("nonexistent") << u"nowhere.sceau.test"_s << QStringList()
                                     << QStringList{u"domain.not-found"_s};
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
        QCOMPARE(fromZone.score, fromServer.score);
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
        // TXT, DMARC, MX, selector, A+AAAA per MX host; then the SPF tree's: "mx" (MX, A+AAAA
        // per host) and the deprecated type SPF.
        QCOMPARE(report.lookups, 3 + 1 + 4 + (1 + 4 + 1));
        QCOMPARE(report.score, 100);
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
        QCOMPARE(report.findings.first().severity, Severity::Error);
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
        QCOMPARE(ids(report), (QStringList{u"dmarc.missing"_s, u"dns.lookup-failed"_s, u"dns.lookup-failed"_s,
                                           u"mx.present"_s, u"spf.present"_s}));
        QVERIFY(!report.complete());
        QVERIFY(!report.resolverUnreachable());
    }

    void cancelStopsTheAudit()
    {
        Test::FaultyDnsServer silent(Test::FaultyDnsServer::Fault::Silent);
        Dns::ResolverConfig config = Test::knotConfig();
        config.servers = {silent.address()};
        config.timeoutMs = 200;
        Dns::LiveResolver resolver(config);
        Auditor auditor(&resolver);
        QFuture<AuditReport> future = auditor.audit({u"good.sceau.test"_s, {}});
        bool delivered = false;
        QFuture<void> after = future.then(&auditor, [&](const AuditReport &) { delivered = true; });
        future.cancel();
        QTRY_VERIFY(future.isFinished());
        QVERIFY(future.isCanceled());
        QTest::qWait(300);
        QVERIFY(!delivered);
    }

    void everyFindingHasCatalogueText()
    {
        Dns::ZoneFileResolver offline;
        QVERIFY(offline.addZoneFile(Test::knotZoneFile()));
        const QStringList domains{u"good.sceau.test"_s, u"multi-spf.sceau.test"_s, u"null-mx.sceau.test"_s,
                                  u"multi-dmarc.sceau.test"_s, u"no-mx.sceau.test"_s,
                                  u"mx-no-address.sceau.test"_s, u"no-spf.sceau.test"_s, u"nowhere.sceau.test"_s};
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
