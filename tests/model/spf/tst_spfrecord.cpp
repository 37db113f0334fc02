#include "model/spf/macrostring.h"
#include "model/spf/parsedrecords.h"
#include "model/spf/spfrecord.h"

#include <QTest>

using namespace Sceau;
using namespace Sceau::Spf;
using namespace Qt::StringLiterals;

// Parser and serialiser of v=spf1 records (RFC 7208 §4.5, §12) and macro expansion (§7).
class tst_SpfRecord : public QObject
{
    Q_OBJECT
private slots:
    // A record met again gives the same outcome as parsing it afresh, errors included.
    void parsedRecordsGiveTheParserResult()
    {
        Spf::ParsedRecords records;
        for (int round = 0; round < 2; ++round) {
            const auto good = records.parse(u"v=spf1 mx include:_spf.example.net -all"_s);
            QVERIFY(good.record);
            QVERIFY(!good.syntaxError);
            QCOMPARE(good.record->terms(),
                     Spf::SpfRecord::parse(u"v=spf1 mx include:_spf.example.net -all"_s)->terms());
            const auto bad = records.parse(u"v=spf1 ip4:300.1.2.3 -all"_s);
            QVERIFY(!bad.record);
            QCOMPARE(bad.record.error(),
                     Spf::SpfRecord::parse(u"v=spf1 ip4:300.1.2.3 -all"_s).error());
            const auto where = Spf::SpfRecord::syntaxError(u"v=spf1 ip4:300.1.2.3 -all"_s);
            QVERIFY(bad.syntaxError && where);
            QCOMPARE(bad.syntaxError->toString(), where->toString());
        }
        for (int i = 0; i < 1500; ++i) // past the bound: still correct
            QVERIFY(
                records
                    .parse(QStringLiteral("v=spf1 ip4:10.0.%1.%2 -all").arg(i / 250).arg(i % 250))
                    .record);
    }

    void parse_data()
    {
        QTest::addColumn<QString>("txt");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("querying");
        QTest::newRow("minimal") << u"v=spf1 -all"_s << true << 0;
        QTest::newRow("empty") << u"v=spf1"_s << true << 0;
        QTest::newRow("mx+include") << u"v=spf1 mx include:_spf.example.net ~all"_s << true << 2;
        QTest::newRow("every mechanism")
            << u"v=spf1 a mx ptr ip4:192.0.2.0/24 ip6:2001:db8::/32 exists:%{i}.x.example include:a.example ?all"_s
            << true << 5;
        QTest::newRow("dual cidr") << u"v=spf1 a:mail.example.com/24//64 mx/30 -all"_s << true << 2;
        QTest::newRow("modifiers")
            << u"v=spf1 redirect=_spf.example.com exp=explain.%{d} foo=bar"_s << true << 1;
        QTest::newRow("case-insensitive") << u"V=SPF1 IP4:192.0.2.1 -ALL"_s << true << 0;
        QTest::newRow("slash in domain") << u"v=spf1 a:foo:bar/baz.example.com"_s << true << 1;
        QTest::newRow("bad ip4") << u"v=spf1 ip4:300.1.2.3 -all"_s << false << 0;
        QTest::newRow("ip4 cidr 33") << u"v=spf1 ip4:192.0.2.0/33"_s << false << 0;
        QTest::newRow("ip4 leading zero cidr") << u"v=spf1 ip4:192.0.2.0/024"_s << false << 0;
        QTest::newRow("ip6 cidr 129") << u"v=spf1 ip6:2001:db8::/129"_s << false << 0;
        QTest::newRow("unknown mechanism") << u"v=spf1 foo -all"_s << false << 0;
        QTest::newRow("include without domain") << u"v=spf1 include -all"_s << false << 0;
        QTest::newRow("bad toplabel") << u"v=spf1 a:example.123"_s << false << 0;
        QTest::newRow("bad macro letter") << u"v=spf1 exists:%{q}.example.com"_s << false << 0;
        QTest::newRow("c macro outside exp") << u"v=spf1 exists:%{c}.example.com"_s << false << 0;
        QTest::newRow("zero digit transformer")
            << u"v=spf1 exists:%{d0}.example.com"_s << false << 0;
        QTest::newRow("two redirects")
            << u"v=spf1 redirect=a.example redirect=b.example"_s << false << 0;
        QTest::newRow("tab separator") << u"v=spf1 a\t-all"_s << false << 0;
        QTest::newRow("non-ascii") << u"v=spf1 a:caf\u00e9.example -all"_s << false << 0;
        QTest::newRow("all with argument") << u"v=spf1 all:foo.example"_s << false << 0;
    }
    void parse()
    {
        QFETCH(QString, txt);
        QFETCH(bool, valid);
        QFETCH(int, querying);
        const auto record = SpfRecord::parse(txt);
        QCOMPARE(bool(record), valid);
        QCOMPARE(!SpfRecord::syntaxError(txt).has_value(), valid);
        if (valid) {
            QCOMPARE(record->dnsQueryingTerms(), querying);
            const auto again = SpfRecord::parse(record->toText());
            QVERIFY(again);
            QCOMPARE(again->terms(), record->terms()); // round trip
        }
    }

    void syntaxErrorNamesTheTerm()
    {
        const auto error = SpfRecord::syntaxError(u"v=spf1 mx ip4:300.1.2.3 -all"_s);
        QVERIFY(error);
        QCOMPARE(error->position, 10);
        QCOMPARE(error->term, u"ip4:300.1.2.3"_s);
    }

    void termFields()
    {
        const auto record = SpfRecord::parse(
            u"v=spf1 ~a:mail.example.com/24//64 -ip6:2001:db8::/48 exp=e.example"_s);
        QVERIFY(record);
        const Term a = record->terms().at(0);
        QCOMPARE(a.kind, TermKind::A);
        QCOMPARE(a.qualifier, Qualifier::SoftFail);
        QCOMPARE(a.argument, u"mail.example.com"_s);
        QCOMPARE(a.cidr4, 24);
        QCOMPARE(a.cidr6, 64);
        QCOMPARE(record->terms().at(1).cidr6, 48);
        QCOMPARE(record->terms().at(1).toText(), u"-ip6:2001:db8::/48"_s);
        QVERIFY(record->modifier(TermKind::Explanation));
        QCOMPARE(record->toText(),
                 u"v=spf1 ~a:mail.example.com/24//64 -ip6:2001:db8::/48 exp=e.example"_s);
    }

    void isSpfRecord()
    {
        QVERIFY(SpfRecord::isSpfRecord(u"v=spf1"_s));
        QVERIFY(SpfRecord::isSpfRecord(u"V=Spf1 -all"_s));
        QVERIFY(!SpfRecord::isSpfRecord(u"v=spf10"_s));
        QVERIFY(!SpfRecord::isSpfRecord(u"v=spf1mx"_s));
        QVERIFY(!SpfRecord::isSpfRecord(u"spf2.0/pra -all"_s));
        QVERIFY(!SpfRecord::isSpfRecord(u" v=spf1 -all"_s)); // §4.5: nothing trimmed
    }

    // §6.1: redirect= is ignored, and costs no lookup, when the record has all anywhere.
    void redirectIgnoredWithAll()
    {
        const auto withAll = SpfRecord::parse(u"v=spf1 redirect=r.example mx -all"_s);
        QVERIFY(withAll && withAll->modifier(TermKind::Redirect));
        QVERIFY(!withAll->redirect());
        QCOMPARE(withAll->dnsQueryingTerms(), 1); // mx only
        const auto alone = SpfRecord::parse(u"v=spf1 mx redirect=r.example"_s);
        QCOMPARE(alone->redirect()->argument, u"r.example"_s);
        QCOMPARE(alone->dnsQueryingTerms(), 2);
    }

    // Terms as bad as +all: a pass term matching every address of a family.
    void authorisesEveryAddress_data()
    {
        QTest::addColumn<QString>("term");
        QTest::addColumn<bool>("every");
        QTest::newRow("+all") << u"+all"_s << true;
        QTest::newRow("-all") << u"-all"_s << false;
        QTest::newRow("ip4 /0") << u"ip4:192.0.2.1/0"_s << true;
        QTest::newRow("ip4 /1") << u"ip4:0.0.0.0/1"_s << false;
        QTest::newRow("ip4 no length") << u"ip4:0.0.0.0"_s << false;
        QTest::newRow("ip6 /0") << u"ip6:::/0"_s << true;
        QTest::newRow("~ip6 /0") << u"~ip6:::/0"_s << false;
        QTest::newRow("a/0") << u"a/0"_s << true;
        QTest::newRow("a//0") << u"a:example.com//0"_s << true;
        QTest::newRow("mx/0//64") << u"mx/0//64"_s << true;
        QTest::newRow("mx/24") << u"mx/24"_s << false;
        QTest::newRow("include") << u"include:example.com"_s << false;
    }
    void authorisesEveryAddress()
    {
        QFETCH(QString, term);
        QFETCH(bool, every);
        const auto record = SpfRecord::parse(u"v=spf1 "_s + term);
        QVERIFY2(record, qPrintable(term));
        QCOMPARE(record->terms().first().authorisesEveryAddress(), every);
    }

    // RFC 7208 §7.4 examples.
    void macroExpansion_data()
    {
        QTest::addColumn<QString>("macro");
        QTest::addColumn<QString>("ip");
        QTest::addColumn<QString>("expanded");
        QTest::newRow("s") << u"%{s}"_s << u"192.0.2.3"_s << u"strong-bad@email.example.com"_s;
        QTest::newRow("o") << u"%{o}"_s << u"192.0.2.3"_s << u"email.example.com"_s;
        QTest::newRow("d4") << u"%{d4}"_s << u"192.0.2.3"_s << u"email.example.com"_s;
        QTest::newRow("d2") << u"%{d2}"_s << u"192.0.2.3"_s << u"example.com"_s;
        QTest::newRow("dr") << u"%{dr}"_s << u"192.0.2.3"_s << u"com.example.email"_s;
        QTest::newRow("d2r") << u"%{d2r}"_s << u"192.0.2.3"_s << u"example.email"_s;
        QTest::newRow("l-") << u"%{l-}"_s << u"192.0.2.3"_s << u"strong.bad"_s;
        QTest::newRow("lr-") << u"%{lr-}"_s << u"192.0.2.3"_s << u"bad.strong"_s;
        QTest::newRow("l1r-") << u"%{l1r-}"_s << u"192.0.2.3"_s << u"strong"_s;
        QTest::newRow("ir v4") << u"%{ir}.%{v}._spf.%{d2}"_s << u"192.0.2.3"_s
                               << u"3.2.0.192.in-addr._spf.example.com"_s;
        QTest::newRow("lr-.lp") << u"%{lr-}.lp._spf.%{d2}"_s << u"192.0.2.3"_s
                                << u"bad.strong.lp._spf.example.com"_s;
        QTest::newRow("ir v6")
            << u"%{ir}.%{v}._spf.%{d2}"_s << u"2001:db8::cb01"_s
            << u"1.0.B.C.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.B.D.0.1.0.0.2.ip6._spf.example.com"_s;
        QTest::newRow("url escape")
            << u"%{S}"_s << u"192.0.2.3"_s << u"strong-bad%40email.example.com"_s;
        QTest::newRow("escapes") << u"a%%b%_c%-d.example.com"_s << u"192.0.2.3"_s
                                 << u"a%b c%20d.example.com"_s;
    }
    void macroExpansion()
    {
        QFETCH(QString, macro);
        QFETCH(QString, ip);
        QFETCH(QString, expanded);
        MacroContext context;
        context.sender = u"strong-bad@email.example.com"_s;
        context.localPart = u"strong-bad"_s;
        context.senderDomain = u"email.example.com"_s;
        context.domain = u"email.example.com"_s;
        context.ip = QHostAddress(ip);
        const auto result = MacroString::expand(macro, context, MacroString::Use::DomainSpec);
        QVERIFY2(result, qPrintable(result ? QString() : result.error().detail));
        QCOMPARE(*result, expanded);
    }

    void explanationAllowsSpacesAndC()
    {
        MacroContext context;
        context.ip = QHostAddress(u"2001:db8::1"_s);
        const auto result
            = MacroString::expand(u"%{c} is not allowed"_s, context, MacroString::Use::Explanation);
        QVERIFY(result);
        QCOMPARE(*result, u"2001:db8::1 is not allowed"_s);
        QVERIFY(!MacroString::expand(u"%{c}.example.com"_s, context, MacroString::Use::DomainSpec));
    }

    void longDomainIsTruncatedFromTheLeft()
    {
        MacroContext context;
        context.localPart = QString(60, u'a') + u'.' + QString(60, u'b') + u'.' + QString(60, u'c')
                            + u'.' + QString(60, u'd');
        const auto result
            = MacroString::expand(u"%{l}.example.com"_s, context, MacroString::Use::DomainSpec);
        QVERIFY(result);
        QVERIFY(result->size() <= 253);
        QVERIFY(result->startsWith(u"bbb"_s));
    }
};

QTEST_GUILESS_MAIN(tst_SpfRecord)
#include "tst_spfrecord.moc"
