#include "model/dns/zonefileresolver.h"
#include "model/spf/spffindings.h"
#include "model/spf/spftreebuilder.h"
#include "model/spf/spfvalidator.h"

#include "await.h"
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
        QVERIFY(!ids(SpfValidator::publicationFindings(u"x.test"_s, txt))
                     .contains(u"spf.string-too-long"_s));
        txt.records.first().txtStrings = {"v=spf1 " + QByteArray(300, 'a')};
        const QList<Finding> findings = SpfValidator::publicationFindings(u"x.test"_s, txt);
        QVERIFY(ids(findings).contains(u"spf.string-too-long"_s));
    }

    void failedLookupIsNotMissing()
    {
        Dns::LookupResult txt;
        txt.status = Dns::LookupStatus::Timeout;
        SpfValidator validator(&m_zones);
        const SpfValidation validation = await(validator.validate(u"good.spf.test"_s, txt));
        QVERIFY(!validation.completed);
        QVERIFY(validation.findings.isEmpty());
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
