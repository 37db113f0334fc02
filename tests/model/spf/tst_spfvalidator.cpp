#include "model/dns/liveresolver.h"
#include "model/dns/zonefileresolver.h"
#include "model/spf/spffindings.h"
#include "model/spf/spftreebuilder.h"
#include "model/spf/spfvalidator.h"

#include "await.h"
#include "faultydnsserver.h"
#include "testenv.h"

#include <QTest>

using namespace Sceau;
using namespace Sceau::Spf;
using namespace Qt::StringLiterals;
using Test::await;

namespace {
QStringList ids(const QList<Finding> &findings)
{
    QStringList result;
    for (const Finding &finding : findings)
        result << finding.id;
    result.sort();
    return result;
}

// A zone for sender.test with the given records (relative names).
QByteArray zone(const QByteArray &records)
{
    return "$ORIGIN sender.test.\n$TTL 300\n"
           "@ SOA ns.sender.test. hostmaster.sender.test. 1 3600 600 86400 300\n"
           + records;
}
} // namespace

// Validation findings and include trees over the spf.test zone the test Knot also serves,
// read by the zone-file source (offline: names outside the zone do not exist).
class tst_SpfValidator : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        const auto added = m_zones.addZoneFile(Test::dataPath(u"zones/spf.test.zone"_s));
        QVERIFY2(added, qPrintable(added ? QString() : added.error().detail));
    }

    void findings_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("good") << u"good.spf.test"_s << QStringList{};
        QTest::newRow("missing") << u"nothing.spf.test"_s << QStringList{u"spf.missing"_s};
        QTest::newRow("twice") << u"twice.spf.test"_s << QStringList{u"spf.multiple-records"_s};
        QTest::newRow("syntax") << u"syntax.spf.test"_s << QStringList{u"spf.syntax-error"_s};
        QTest::newRow("many") << u"many.spf.test"_s << QStringList{u"spf.lookup-limit"_s};
        QTest::newRow("voids") << u"voids.spf.test"_s << QStringList{u"spf.void-limit"_s};
        QTest::newRow("+all") << u"plusall.spf.test"_s << QStringList{u"spf.all-pass"_s};
        QTest::newRow("?all") << u"neutral.spf.test"_s << QStringList{u"spf.all-neutral"_s};
        QTest::newRow("no all") << u"noall.spf.test"_s << QStringList{u"spf.no-all"_s};
        QTest::newRow("ptr") << u"ptr.spf.test"_s << QStringList{u"spf.ptr-used"_s};
        QTest::newRow("type 99") << u"type99.spf.test"_s
                                 << QStringList{u"spf.deprecated-rr-type"_s};
        QTest::newRow("spf2.0") << u"senderid.spf.test"_s << QStringList{u"spf.spf2-record"_s};
        QTest::newRow("include none")
            << u"incnone.spf.test"_s << QStringList{u"spf.include-without-spf"_s};
        QTest::newRow("loop") << u"loop.spf.test"_s << QStringList{u"spf.include-loop"_s};
        QTest::newRow("large") << u"large.spf.test"_s << QStringList{u"spf.answer-over-512"_s};
    }
    void findings()
    {
        QFETCH(QString, domain);
        QFETCH(QStringList, expected);
        SpfValidator validator(&m_zones);
        const SpfValidation validation = await(validator.validate(domain));
        QVERIFY(validation.completed);
        QCOMPARE(ids(validation.findings), expected);
        for (const Finding &finding : validation.findings) {
            const auto text = findingText(finding);
            QVERIFY2(text, qPrintable(finding.id));
            QVERIFY(!text->title.isEmpty() && !text->explanation.isEmpty()
                    && !text->remediation.isEmpty());
            QVERIFY2(!text->explanation.contains(u"%1"_s), qPrintable(text->explanation));
            QVERIFY(!finding.rfc.isEmpty());
        }
    }

    void includedSyntaxErrorNamesItsTerm()
    {
        SpfValidator validator(&m_zones);
        const SpfValidation validation = await(validator.validate(u"incbad.spf.test"_s));
        QCOMPARE(ids(validation.findings), QStringList{u"spf.syntax-error"_s});
        QCOMPARE(validation.findings.first().args,
                 (QStringList{u"syntax.spf.test"_s, u"ip4:300.1.2.3"_s, u"7"_s}));
    }

    void lookupLimitCountsAndNamesTerms()
    {
        SpfValidator validator(&m_zones);
        const SpfValidation validation = await(validator.validate(u"many.spf.test"_s));
        QCOMPARE(validation.lookups, 12);
        const Finding limit = validation.findings.first();
        QCOMPARE(limit.args.first(), u"12"_s);
        QVERIFY(limit.args.at(1).contains(u"l2.spf.test: a:out.spf.test/24"_s));
    }

    // RFC 7208 §3.3: each string as published counts, not the concatenation.
    void stringTooLongCountsEachString()
    {
        Dns::LookupResult txt;
        txt.status = Dns::LookupStatus::Answer;
        Dns::ResourceRecord record;
        record.type = Dns::RrType::TXT;
        record.txtStrings = {"v=spf1 " + QByteArray(248, 'a'), QByteArray(200, 'b')}; // 255 + 200
        txt.records << record;
        QVERIFY(!ids(SpfValidator::publicationFindings(Publication::from(u"x.test"_s, txt)))
                     .contains(u"spf.string-too-long"_s));
        txt.records.first().txtStrings = {"v=spf1 " + QByteArray(300, 'a')};
        const QList<Finding> findings
            = SpfValidator::publicationFindings(Publication::from(u"x.test"_s, txt));
        QVERIFY(ids(findings).contains(u"spf.string-too-long"_s));
    }

    void failedLookupIsNotMissing()
    {
        Dns::LookupResult txt;
        txt.name = u"good.spf.test"_s;
        txt.status = Dns::LookupStatus::Timeout;
        SpfValidator validator(&m_zones);
        const SpfValidation validation
            = await(validator.validate(Publication::from(u"good.spf.test"_s, txt)));
        QVERIFY(!validation.completed);
        QCOMPARE(ids(validation.findings), QStringList{u"dns.lookup-failed"_s});
        QCOMPARE(validation.failures.size(), 1);
    }

    // Issue 7 §1: failures inside the tree are carried up as dns.lookup-failed (a warning, not
    // a posture error), with the name and the reason; never void, never "include without SPF".
    void treeFailuresAreReported_data()
    {
        QTest::addColumn<QByteArray>("record");
        QTest::addColumn<QStringList>("failedNames");
        QTest::newRow("include") << QByteArray("v=spf1 include:_spf.elsewhere.example -all")
                                 << QStringList{u"_spf.elsewhere.example"_s};
        QTest::newRow("three a") << QByteArray("v=spf1 a:x1.elsewhere.example "
                                               "a:x2.elsewhere.example a:x3.elsewhere.example -all")
                                 << QStringList{u"x1.elsewhere.example"_s,
                                                u"x2.elsewhere.example"_s,
                                                u"x3.elsewhere.example"_s};
        QTest::newRow("exists") << QByteArray("v=spf1 exists:e.elsewhere.example -all")
                                << QStringList{u"e.elsewhere.example"_s};
        QTest::newRow("mx hosts") << QByteArray("v=spf1 mx -all")
                                  << QStringList{u"mx1.elsewhere.example"_s};
        QTest::newRow("redirect") << QByteArray("v=spf1 redirect=_spf.elsewhere.example")
                                  << QStringList{u"_spf.elsewhere.example"_s};
    }
    void treeFailuresAreReported()
    {
        QFETCH(QByteArray, record);
        QFETCH(QStringList, failedNames);
        Test::FaultyDnsServer servfail(Test::FaultyDnsServer::Fault::ServFail);
        Dns::ResolverConfig config = Test::knotConfig();
        config.servers = {servfail.address()};
        Dns::LiveResolver elsewhere(config);
        Dns::ZoneFileResolver zones;
        zones.setFallback(&elsewhere);
        QVERIFY(
            zones.addZoneText(zone("@ TXT \"" + record + "\"\n@ MX 10 mx1.elsewhere.example.\n")));
        SpfValidator validator(&zones);
        const SpfValidation validation = await(validator.validate(u"sender.test"_s));
        QVERIFY(!validation.completed);
        QStringList names;
        for (const Finding &finding : validation.findings) {
            QCOMPARE(finding.id, u"dns.lookup-failed"_s); // nothing else: no void-limit
            QCOMPARE(finding.severity, Severity::Warning);
            QCOMPARE(finding.args.at(2), u"servfail"_s);
            names << finding.args.first();
        }
        names.removeDuplicates();
        names.sort();
        QCOMPARE(names, failedNames);
        QCOMPARE(validation.failures.size(), validation.findings.size());
    }

    // The three a terms of the case above answered NXDOMAIN are void: the limit fires.
    void voidLimitNeedsRealVoids()
    {
        Dns::ZoneFileResolver zones;
        QVERIFY(
            zones.addZoneText(zone("@ TXT \"v=spf1 a:x1.elsewhere.example a:x2.elsewhere.example "
                                   "a:x3.elsewhere.example -all\"\n")));
        SpfValidator validator(&zones);
        const SpfValidation validation = await(validator.validate(u"sender.test"_s));
        QVERIFY(validation.completed);
        QCOMPARE(ids(validation.findings), QStringList{u"spf.void-limit"_s});
    }

    // Issue 7 §3: a record with a leading space is not an SPF record: missing, and only that.
    void leadingSpaceIsMissing()
    {
        Dns::ZoneFileResolver zones;
        QVERIFY(zones.addZoneText(zone("@ TXT \" v=spf1 ip4:192.0.2.1 -all\"\n")));
        SpfValidator validator(&zones);
        const SpfValidation validation = await(validator.validate(u"sender.test"_s));
        QCOMPARE(ids(validation.findings), QStringList{u"spf.missing"_s});
        QVERIFY(!validation.tree);
    }

    // RFC 7208 §6.1: an ignored redirect= costs no lookup.
    void ignoredRedirectIsNotCounted()
    {
        Dns::ZoneFileResolver zones;
        QVERIFY(
            zones.addZoneText(zone("@ TXT \"v=spf1 ip4:192.0.2.1 -all redirect=r.sender.test\"\n"
                                   "r TXT \"v=spf1 +all\"\n")));
        SpfValidator validator(&zones);
        const SpfValidation validation = await(validator.validate(u"sender.test"_s));
        QCOMPARE(validation.lookups, 0);
        QVERIFY(validation.findings.isEmpty()); // r's +all is never reached
    }

    // Issue 7 §4: a pass term matching every address is as bad as +all, in the record or in
    // what it includes.
    void wholeAddressSpace_data()
    {
        QTest::addColumn<QByteArray>("record");
        QTest::addColumn<QStringList>("expected");
        const QStringList whole{u"spf.whole-address-space"_s};
        QTest::newRow("ip4 /0") << QByteArray("v=spf1 ip4:0.0.0.0/0 -all") << whole;
        QTest::newRow("ip4 /0 other base") << QByteArray("v=spf1 +ip4:10.0.0.0/0 -all") << whole;
        QTest::newRow("ip6 /0") << QByteArray("v=spf1 ip6:::/0 -all") << whole;
        QTest::newRow("a/0") << QByteArray("v=spf1 a/0 -all") << whole;
        QTest::newRow("mx//0") << QByteArray("v=spf1 mx//0 -all") << whole;
        QTest::newRow("included") << QByteArray("v=spf1 include:open.sender.test -all") << whole;
        QTest::newRow("+all") << QByteArray("v=spf1 +all") << QStringList{u"spf.all-pass"_s};
        QTest::newRow("-ip4 /0") << QByteArray("v=spf1 -ip4:0.0.0.0/0 ip4:192.0.2.1 -all")
                                 << QStringList{};
        QTest::newRow("ip4 /1") << QByteArray("v=spf1 ip4:0.0.0.0/1 -all") << QStringList{};
        QTest::newRow("failing include")
            << QByteArray("v=spf1 -include:open.sender.test -all") << QStringList{};
    }
    void wholeAddressSpace()
    {
        QFETCH(QByteArray, record);
        QFETCH(QStringList, expected);
        Dns::ZoneFileResolver zones;
        QVERIFY(zones.addZoneText(zone("@ TXT \"" + record
                                       + "\"\n@ A 192.0.2.1\n@ MX 10 @\n"
                                         "open TXT \"v=spf1 ip6:::/0 ip4:0.0.0.0/0\"\n")));
        SpfValidator validator(&zones);
        const SpfValidation validation = await(validator.validate(u"sender.test"_s));
        QStringList found = ids(validation.findings);
        found.removeDuplicates();
        QCOMPARE(found, expected);
        for (const Finding &finding : validation.findings)
            QCOMPARE(finding.severity, Severity::Error);
    }

    void tree()
    {
        SpfTreeBuilder builder(&m_zones);
        const SpfTreeNode tree = await(builder.build(u"good.spf.test"_s));
        QCOMPARE(tree.state, SpfTreeNode::State::Ok);
        QCOMPARE(tree.ownLookups, 2);   // mx, include
        QCOMPARE(tree.totalLookups, 3); // + a:out.spf.test in _inc
        QCOMPARE(tree.children.size(), 1);
        QCOMPARE(tree.children.first().via, u"include:_inc.spf.test"_s);
        QCOMPARE(tree.children.first().totalLookups, 1);
        QCOMPARE(tree.networks,
                 (QStringList{u"192.0.2.0/24"_s, u"192.0.2.10"_s, u"2001:db8::10"_s}));
        QCOMPARE(tree.children.first().networks,
                 (QStringList{u"2001:db8:1::/48"_s, u"198.51.100.7"_s}));
        QCOMPARE(tree.allNetworks().size(), 5);
    }

    void treeStopsAtLoops()
    {
        SpfTreeBuilder builder(&m_zones);
        const SpfTreeNode tree = await(builder.build(u"loop.spf.test"_s));
        QCOMPARE(tree.children.size(), 1);
        QCOMPARE(tree.children.first().children.size(), 1);
        const SpfTreeNode &back = tree.children.first().children.first();
        QCOMPARE(back.state, SpfTreeNode::State::Loop);
        QCOMPARE(back.domain, u"loop.spf.test"_s);
    }

private:
    Dns::ZoneFileResolver m_zones;
};

QTEST_GUILESS_MAIN(tst_SpfValidator)
#include "tst_spfvalidator.moc"
