#include "model/audit/areaassessment.h"
#include "model/audit/auditor.h"
#include "model/dns/liveresolver.h"
#include "model/dns/zonefileresolver.h"

#include "await.h"
#include "faultydnsserver.h"
#include "testenv.h"
#include "tokentablecheck.h"

#include <QTest>

using namespace Sceau;
using namespace Sceau::Audit;
using namespace Qt::StringLiterals;

namespace {

enum class Fault { None, ServFail, Silent };

// A domain of its own beside the suite's faulty servers: the zone answers for itself, every
// other name goes to the faulty server.
const QByteArray DeepIncludeZone = "@ 300 IN SOA ns hm 1 2 3 4 5\n"
                                   "@ 300 IN TXT \"v=spf1 include:_spf.deep.test -all\"\n"
                                   // the include's own include is out of the zone: it fails
                                   "_spf 300 IN TXT \"v=spf1 include:spf.elsewhere.test -all\"\n"
                                   "@ 300 IN MX 10 mx\n"
                                   "mx 300 IN A 192.0.2.25\n"
                                   // psd=n: the DMARC walk stops here (RFC 9989 §4.10)
                                   "_dmarc 300 IN TXT \"v=DMARC1; p=reject; psd=n; "
                                   "rua=mailto:d@deep.test\"\n";
const QByteArray MxHostZone = "@ 300 IN SOA ns hm 1 2 3 4 5\n"
                              "@ 300 IN TXT \"v=spf1 ip4:192.0.2.0/24 -all\"\n"
                              "@ 300 IN MX 10 mx.elsewhere.test.\n"
                              "_dmarc 300 IN TXT \"v=DMARC1; p=reject; psd=n; "
                              "rua=mailto:d@host.test\"\n";

QStringList states(const DomainAssessment &assessment)
{
    QStringList result;
    for (const AreaAssessment &area : assessment.areas)
        result << AreaStates.token(area.state);
    return result;
}

// One state per area, and it never contradicts its findings (docs/scoring.md "States").
void verifyConsistent(const AuditReport &report)
{
    const DomainAssessment &assessment = report.assessment;
    QCOMPARE(assessment.areas.size(), 7);
    QList<int> routed;
    for (const AreaAssessment &area : assessment.areas) {
        const QByteArray where = Areas.token(area.area).toLatin1();
        const bool rated = area.state == AreaState::Good || area.state == AreaState::ToImprove
                           || area.state == AreaState::Failing;
        QVERIFY2(area.score.has_value() == rated, where);
        bool error = false;
        bool warning = false;
        bool unknown = false;
        for (const int index : area.findings) {
            QVERIFY2(!routed.contains(index), where);
            routed << index;
            const Finding &finding = report.findings.at(index);
            QCOMPARE(areaOf(finding, report), std::optional<Area>(area.area));
            unknown = unknown || isCouldNotCheck(finding);
            error = error || (!isCouldNotCheck(finding) && finding.severity == Severity::Error);
            warning
                = warning || (!isCouldNotCheck(finding) && finding.severity == Severity::Warning);
        }
        if (area.state == AreaState::Good)
            QVERIFY2(!error && !warning && !unknown, where);
        if (area.state == AreaState::ToImprove)
            QVERIFY2(warning && !error && !unknown, where);
        QCOMPARE(area.state == AreaState::Failing, error);
        if (unknown && !error)
            QCOMPARE(area.state, AreaState::CouldNotCheck);
    }
    for (int i = 0; i < report.findings.size(); ++i) {
        if (report.findings.at(i).id != u"domain.not-found"_s)
            QVERIFY2(routed.contains(i), qPrintable(report.findings.at(i).id));
    }
}

} // namespace

class tst_AreaAssessment : public QObject
{
    Q_OBJECT
private slots:
    void tokens()
    {
        Test::verifyTokenTable(
            Areas,
            7,
            {u"spf"_s, u"dkim"_s, u"dmarc"_s, u"bimi"_s, u"mx"_s, u"transport"_s, u"dnssec"_s});
    }
    void stateTokens()
    {
        Test::verifyTokenTable(AreaStates,
                               6,
                               {u"good"_s,
                                u"to-improve"_s,
                                u"failing"_s,
                                u"could-not-check"_s,
                                u"not-applicable"_s,
                                u"not-checked"_s});
    }
    void overallTokens()
    {
        Test::verifyTokenTable(OverallStates,
                               5,
                               {u"good"_s,
                                u"to-improve"_s,
                                u"failing"_s,
                                u"could-not-check"_s,
                                u"domain-not-found"_s});
    }

    void weightsSumTo100()
    {
        int sum = 0;
        for (const Area area : {Area::Spf,
                                Area::Dkim,
                                Area::Dmarc,
                                Area::Bimi,
                                Area::Mx,
                                Area::Transport,
                                Area::Dnssec})
            sum += areaWeight(area);
        QCOMPARE(sum, 100);
    }

    // A failed lookup goes to the area of the name it asked (docs/scoring.md "Areas").
    void failedLookupArea_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("area");
        QTest::newRow("domain TXT") << u"example.test"_s << u"TXT"_s << u"spf"_s;
        QTest::newRow("include") << u"_spf.provider.test"_s << u"TXT"_s << u"spf"_s;
        QTest::newRow("spf a target") << u"web.example.test"_s << u"A"_s << u"spf"_s;
        QTest::newRow("selector") << u"s1._domainkey.example.test"_s << u"TXT"_s << u"dkim"_s;
        QTest::newRow("dmarc") << u"_dmarc.example.test"_s << u"TXT"_s << u"dmarc"_s;
        QTest::newRow("dmarc parent") << u"_dmarc.test"_s << u"TXT"_s << u"dmarc"_s;
        QTest::newRow("report authorisation")
            << u"example.test._report._dmarc.rep.test"_s << u"TXT"_s << u"dmarc"_s;
        QTest::newRow("mx") << u"example.test"_s << u"MX"_s << u"mx"_s;
        QTest::newRow("mx host") << u"mx.example.test"_s << u"AAAA"_s << u"mx"_s;
        QTest::newRow("mta-sts") << u"_mta-sts.example.test"_s << u"TXT"_s << u"transport"_s;
        QTest::newRow("tls-rpt") << u"_smtp._tls.example.test"_s << u"TXT"_s << u"transport"_s;
        QTest::newRow("tlsa") << u"_25._tcp.mx.example.test"_s << u"TLSA"_s << u"transport"_s;
        QTest::newRow("bimi") << u"default._bimi.example.test"_s << u"TXT"_s << u"bimi"_s;
    }
    void failedLookupArea()
    {
        QFETCH(QString, name);
        QFETCH(QString, type);
        QFETCH(QString, area);
        AuditReport report;
        report.domain = u"example.test"_s;
        report.mx << MxHost{10, u"mx.example.test"_s, {}};
        const Finding failed{
            u"dns.lookup-failed"_s, Severity::Warning, {name, type, u"servfail"_s, {}}, {}};
        QCOMPARE(areaOf(failed, report), Areas.value(area));
        QCOMPARE(areaOf(Finding{u"domain.not-found"_s, Severity::Error, {}, {}}, report),
                 std::nullopt);
    }

    // Real audits (the Knot fixture, zones beside the suite's faulty servers): one state per
    // area, the overall state, score and whether it is provisional.
    void assessment_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QByteArray>("zone");    // empty: the Knot fixture
        QTest::addColumn<int>("fault");          // Fault: the server behind the zone, or alone
        QTest::addColumn<QStringList>("states"); // in the order of Areas
        QTest::addColumn<QString>("overall");
        QTest::addColumn<int>("score"); // -1: none
        QTest::addColumn<bool>("provisional");
        const QString nc = u"not-checked"_s;
        const QString na = u"not-applicable"_s;
        const QString cnc = u"could-not-check"_s;
        const QString good = u"good"_s;
        QTest::newRow("good domain")
            << u"good.score.test"_s << QByteArray() << int(Fault::None)
            << QStringList{good, good, good, nc, good, nc, nc} << u"good"_s << 100 << false;
        QTest::newRow("domain not found: no score, never 75/100")
            << u"nowhere.score.test"_s << QByteArray() << int(Fault::None)
            << QStringList{na, na, na, na, na, na, na} << u"domain-not-found"_s << -1 << false;
        QTest::newRow("DKIM not assessed is not good")
            << u"nokey.score.test"_s << QByteArray() << int(Fault::None)
            << QStringList{good, cnc, good, nc, good, nc, nc} << u"good"_s << 100 << true;
        // SPF: spf.missing (error) → 25; DMARC p=none: one warning → 85; the weighted mean
        // (25×20 + 100×20 + 85×25 + 100×10) / 75 = 75, but a failing area caps it at 60.
        QTest::newRow("failing and to improve")
            << u"weak.score.test"_s << QByteArray() << int(Fault::None)
            << QStringList{u"failing"_s, good, u"to-improve"_s, nc, good, nc, nc} << u"failing"_s
            << 60 << false;
        QTest::newRow("SPF lookup failing deep in an include: could not check, not failing")
            << u"deep.test"_s << DeepIncludeZone << int(Fault::ServFail)
            << QStringList{cnc, cnc, good, nc, good, nc, nc} << u"good"_s << 100 << true;
        QTest::newRow("SERVFAIL everywhere: nothing rated")
            << u"good.score.test"_s << QByteArray() << int(Fault::ServFail)
            << QStringList{cnc, cnc, cnc, nc, cnc, nc, nc} << cnc << -1 << true;
        QTest::newRow("MX host timing out: MX could not check, provisional")
            << u"host.test"_s << MxHostZone << int(Fault::Silent)
            << QStringList{good, cnc, good, nc, cnc, nc, nc} << u"good"_s << 100 << true;
    }
    void assessment()
    {
        QFETCH(QString, domain);
        QFETCH(QByteArray, zone);
        QFETCH(int, fault);
        QFETCH(QStringList, states);
        QFETCH(QString, overall);
        QFETCH(int, score);
        QFETCH(bool, provisional);

        std::unique_ptr<Test::FaultyDnsServer> faulty;
        Dns::ResolverConfig config = Test::knotConfig();
        if (Fault(fault) != Fault::None) {
            faulty = std::make_unique<Test::FaultyDnsServer>(
                Fault(fault) == Fault::ServFail ? Test::FaultyDnsServer::Fault::ServFail
                                                : Test::FaultyDnsServer::Fault::Silent);
            config.servers = {faulty->address()};
            config.timeoutMs = 100;
        }
        Dns::LiveResolver live(config);
        Dns::ZoneFileResolver zoneResolver;
        Dns::Resolver *resolver = &live;
        if (!zone.isEmpty()) {
            QVERIFY(zoneResolver.addZoneText(zone, domain));
            zoneResolver.setFallback(&live);
            resolver = &zoneResolver;
        }
        Auditor auditor(resolver);
        const AuditReport report = Test::await(auditor.audit({domain, {}, {}}));

        QCOMPARE(::states(report.assessment), states);
        QCOMPARE(OverallStates.token(report.assessment.state), overall);
        QCOMPARE(report.assessment.score.value_or(-1), score);
        QCOMPARE(report.score(), report.assessment.score);
        QCOMPARE(report.assessment.provisional, provisional);
        QCOMPARE(report.scoreProvisional(), provisional);
        verifyConsistent(report);
        if (faulty)
            QVERIFY(faulty->queriesReceived() > 0);
    }

    // The key facts say what was found, in words (docs/scoring.md).
    void facts()
    {
        Dns::LiveResolver live(Test::knotConfig());
        Auditor auditor(&live);
        const AuditReport good = Test::await(auditor.audit({u"good.score.test"_s, {}, {}}));
        const DomainAssessment &assessment = good.assessment;
        QCOMPARE(assessment.area(Area::Spf).facts,
                 (QStringList{u"ends with -all"_s, u"1/10 DNS lookups"_s}));
        QCOMPARE(assessment.area(Area::Dmarc).facts,
                 (QStringList{u"p=reject"_s, u"reports to dmarc@good.score.test"_s}));
        QCOMPARE(assessment.area(Area::Mx).facts, QStringList{u"1 MX"_s});
        QCOMPARE(assessment.area(Area::Dkim).facts,
                 (QStringList{u"common selectors probed: 34"_s, u"key at google"_s}));

        const AuditReport nokey = Test::await(auditor.audit({u"nokey.score.test"_s, {}, {}}));
        QCOMPARE(nokey.assessment.area(Area::Dkim).facts,
                 (QStringList{u"common selectors probed: 34"_s,
                              u"no key found: DKIM not assessed (give the selector)"_s}));
        QCOMPARE(nokey.assessment.area(Area::Dkim).score, std::nullopt);
    }
};

QTEST_GUILESS_MAIN(tst_AreaAssessment)
#include "tst_areaassessment.moc"
