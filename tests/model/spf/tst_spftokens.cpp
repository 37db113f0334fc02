#include "model/spf/spfrecord.h"
#include "model/spf/spfresult.h"
#include "model/spf/spfterm.h"
#include "model/spf/spftree.h"
#include "tests/support/tokentablecheck.h"

#include <QTest>

using namespace Sceau;
using namespace Qt::StringLiterals;

// The SPF token tables (spfterm.h, spfresult.h, spftree.h): the words of RFC 7208 and of the
// JSON contract, both ways.
class SpfTokensTest : public QObject
{
    Q_OBJECT
private slots:
    void termKinds()
    {
        Test::verifyTokenTable(Spf::TermKinds,
                               int(Spf::TermKind::UnknownModifier) + 1,
                               {u"all"_s,
                                u"include"_s,
                                u"a"_s,
                                u"mx"_s,
                                u"ptr"_s,
                                u"ip4"_s,
                                u"ip6"_s,
                                u"exists"_s,
                                u"redirect"_s,
                                u"exp"_s},
                               {Spf::TermKind::UnknownModifier});
        QCOMPARE(Spf::kindToken(Spf::TermKind::Explanation), u"exp"_s);
        QCOMPARE(Spf::kindToken(Spf::TermKind::UnknownModifier), QString());
    }
    void qualifiers()
    {
        Test::verifyTokenTable(Spf::Qualifiers, 4, {u"+"_s, u"-"_s, u"~"_s, u"?"_s});
        QCOMPARE(Spf::qualifierToken(Spf::Qualifier::SoftFail), u"~"_s);
    }
    void verdicts()
    {
        Test::verifyTokenTable(Spf::Verdicts,
                               int(Spf::Verdict::PermError) + 1,
                               {u"none"_s,
                                u"neutral"_s,
                                u"pass"_s,
                                u"fail"_s,
                                u"softfail"_s,
                                u"temperror"_s,
                                u"permerror"_s});
        QCOMPARE(Spf::verdictToken(Spf::Verdict::TempError), u"temperror"_s);
    }
    void treeStates()
    {
        Test::verifyTokenTable(Spf::TreeStates,
                               int(Spf::SpfTreeNode::State::TooDeep) + 1,
                               {u"ok"_s,
                                u"no-record"_s,
                                u"multiple-records"_s,
                                u"syntax-error"_s,
                                u"lookup-failed"_s,
                                u"loop"_s,
                                u"macro-target"_s,
                                u"too-deep"_s});
        QCOMPARE(Spf::stateToken(Spf::SpfTreeNode::State::NoRecord), u"no-record"_s);
    }

    // The parser reads qualifiers and names through the same tables: any case (§4.6.1), and
    // the modifiers' names are no mechanisms.
    void parserUsesTheTables_data()
    {
        QTest::addColumn<QString>("record");
        QTest::addColumn<bool>("valid");
        QTest::newRow("qualifiers") << u"v=spf1 +a -mx ~ptr ?all"_s << true;
        QTest::newRow("upper case") << u"v=spf1 INCLUDE:_spf.example Ip4:192.0.2.1 -ALL"_s << true;
        QTest::newRow("modifiers any case")
            << u"v=spf1 Redirect=_spf.example EXP=x.example"_s << true;
        QTest::newRow("redirect as a mechanism") << u"v=spf1 redirect:_spf.example"_s << false;
        QTest::newRow("exp as a mechanism") << u"v=spf1 -exp"_s << false;
        QTest::newRow("unknown qualifier") << u"v=spf1 !all"_s << false;
    }
    void parserUsesTheTables()
    {
        QFETCH(QString, record);
        QFETCH(bool, valid);
        const auto parsed = Spf::SpfRecord::parse(record);
        QCOMPARE(bool(parsed), valid);
    }
    void parsedTermsRoundTrip()
    {
        const auto parsed = Spf::SpfRecord::parse(u"v=spf1 +a ~MX:x.example/24 ?all"_s);
        QVERIFY(parsed);
        QCOMPARE(parsed->terms().size(), 3);
        QCOMPARE(parsed->terms().at(0).qualifier, Spf::Qualifier::Pass);
        QCOMPARE(parsed->terms().at(1).qualifier, Spf::Qualifier::SoftFail);
        QCOMPARE(parsed->terms().at(1).kind, Spf::TermKind::Mx);
        QCOMPARE(parsed->terms().at(2).qualifier, Spf::Qualifier::Neutral);
        QCOMPARE(parsed->toText(), u"v=spf1 a ~mx:x.example/24 ?all"_s);
    }
};

QTEST_GUILESS_MAIN(SpfTokensTest)
#include "tst_spftokens.moc"
