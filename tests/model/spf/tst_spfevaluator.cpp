#include "model/dns/liveresolver.h"
#include "model/dns/zonefileresolver.h"
#include "model/spf/spfevaluator.h"

#include "await.h"
#include "faultydnsserver.h"
#include "testenv.h"

#include <QTest>

using namespace Sceau;
using namespace Sceau::Spf;
using namespace Qt::StringLiterals;
using Test::await;

// check_host() against the real Knot of the fixture (spf.test zone), and against real sockets
// that fail: a DNS failure is temperror, never none (DESIGN.md §2).
class tst_SpfEvaluator : public QObject
{
    Q_OBJECT
private slots:
    void againstKnot_data()
    {
        QTest::addColumn<QString>("ip");
        QTest::addColumn<QString>("sender");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<QString>("term");
        QTest::addColumn<int>("lookups");
        QTest::newRow("ip4 range")
            << u"192.0.2.5"_s << u"a@good.spf.test"_s << u"pass"_s << u"ip4:192.0.2.0/24"_s << 0;
        QTest::newRow("mx v6") << u"2001:db8::10"_s << u"a@good.spf.test"_s << u"pass"_s << u"mx"_s
                               << 1;
        QTest::newRow("include") << u"2001:db8:1::7"_s << u"a@good.spf.test"_s << u"pass"_s
                                 << u"include:_inc.spf.test"_s << 2;
        QTest::newRow("fail") << u"203.0.113.9"_s << u"a@good.spf.test"_s << u"fail"_s << u"-all"_s
                              << 3;
        QTest::newRow("redirect") << u"192.0.2.5"_s << u"a@redirect.spf.test"_s << u"pass"_s
                                  << u"ip4:192.0.2.0/24"_s << 1;
        QTest::newRow("none") << u"192.0.2.5"_s << u"a@nothing.spf.test"_s << u"none"_s << QString()
                              << 0;
        QTest::newRow("lookup limit") << u"203.0.113.9"_s << u"a@many.spf.test"_s << u"permerror"_s
                                      << u"include:l3.spf.test"_s << 11;
        QTest::newRow("void limit") << u"203.0.113.9"_s << u"a@voids.spf.test"_s << u"permerror"_s
                                    << u"exists:nx3.spf.test"_s << 3;
        QTest::newRow("ptr validated")
            << u"192.0.2.77"_s << u"a@ptr.spf.test"_s << u"pass"_s << u"ptr"_s << 1;
        QTest::newRow("ptr v6 validated")
            << u"2001:db8::77"_s << u"a@ptr.spf.test"_s << u"pass"_s << u"ptr"_s << 1;
        QTest::newRow("ptr not validated")
            << u"192.0.2.78"_s << u"a@ptr.spf.test"_s << u"fail"_s << u"-all"_s << 1;
        QTest::newRow("two records")
            << u"192.0.2.5"_s << u"a@twice.spf.test"_s << u"permerror"_s << QString() << 0;
        QTest::newRow("empty sender uses helo")
            << u"2001:db8::10"_s << QString() << u"pass"_s << u"mx"_s << 1;
    }
    void againstKnot()
    {
        QFETCH(QString, ip);
        QFETCH(QString, sender);
        QFETCH(QString, verdict);
        QFETCH(QString, term);
        QFETCH(int, lookups);
        Dns::LiveResolver resolver(Test::knotConfig());
        SpfEvaluator evaluator(&resolver);
        const Evaluation result
            = await(evaluator.evaluate({QHostAddress(ip), sender, u"good.spf.test"_s}));
        QCOMPARE(verdictToken(result.verdict), verdict);
        QCOMPARE(result.matchedTerm, term);
        QCOMPARE(result.lookups, lookups);
    }

    void explanation()
    {
        Dns::LiveResolver resolver(Test::knotConfig());
        SpfEvaluator evaluator(&resolver);
        const Evaluation result = await(
            evaluator.evaluate({QHostAddress(u"203.0.113.9"_s), u"x@explained.spf.test"_s, {}}));
        QCOMPARE(result.verdict, Verdict::Fail);
        QCOMPARE(result.explanation, u"203.0.113.9 is not one of explained.spf.test's senders"_s);
    }

    void failureIsTempError_data()
    {
        QTest::addColumn<Test::FaultyDnsServer::Fault>("fault");
        QTest::newRow("servfail") << Test::FaultyDnsServer::Fault::ServFail;
        QTest::newRow("silent") << Test::FaultyDnsServer::Fault::Silent;
        QTest::newRow("garbage") << Test::FaultyDnsServer::Fault::Garbage;
    }
    void failureIsTempError()
    {
        QFETCH(Test::FaultyDnsServer::Fault, fault);
        Test::FaultyDnsServer server(fault);
        Dns::ResolverConfig config = Test::knotConfig();
        config.servers = {server.address()};
        Dns::LiveResolver resolver(config);
        SpfEvaluator evaluator(&resolver);
        const Evaluation result
            = await(evaluator.evaluate({QHostAddress(u"192.0.2.5"_s), u"a@good.spf.test"_s, {}}));
        QCOMPARE(result.verdict, Verdict::TempError);
        QVERIFY(server.queriesReceived() > 0);
    }

    // A draft in the zone-file overlay that includes a name the (failing) network must answer.
    void includeFailureIsTempError()
    {
        Test::FaultyDnsServer server(Test::FaultyDnsServer::Fault::ServFail);
        Dns::ResolverConfig config = Test::knotConfig();
        config.servers = {server.address()};
        Dns::LiveResolver live(config);
        Dns::ZoneFileResolver overlay;
        overlay.setFallback(&live);
        QVERIFY(overlay.addZoneText(
            "draft.test. 300 IN TXT \"v=spf1 include:_spf.elsewhere.test -all\"\n",
            u"draft.test"_s));
        SpfEvaluator evaluator(&overlay);
        const Evaluation result
            = await(evaluator.evaluate({QHostAddress(u"192.0.2.5"_s), u"a@draft.test"_s, {}}));
        QCOMPARE(result.verdict, Verdict::TempError);
        QCOMPARE(result.matchedTerm, u"include:_spf.elsewhere.test"_s);
    }

    // RFC 7208 §5.5: a DNS error on the PTR lookup makes ptr not match; it is not temperror.
    void ptrLookupFailureDoesNotMatch()
    {
        Test::FaultyDnsServer server(Test::FaultyDnsServer::Fault::ServFail);
        Dns::ResolverConfig config = Test::knotConfig();
        config.servers = {server.address()};
        Dns::LiveResolver live(config);
        Dns::ZoneFileResolver overlay;
        overlay.setFallback(&live);
        QVERIFY(
            overlay.addZoneText("draft.test. 300 IN TXT \"v=spf1 ptr ~all\"\n", u"draft.test"_s));
        SpfEvaluator evaluator(&overlay);
        const Evaluation result
            = await(evaluator.evaluate({QHostAddress(u"192.0.2.77"_s), u"a@draft.test"_s, {}}));
        QCOMPARE(result.verdict, Verdict::SoftFail);
        QCOMPARE(result.matchedTerm, u"~all"_s);
        QVERIFY(server.queriesReceived() > 0); // the PTR question did go out
    }

    void evaluatorDestroyedFirstCancels()
    {
        Test::FaultyDnsServer server(Test::FaultyDnsServer::Fault::Silent);
        Dns::ResolverConfig config = Test::knotConfig();
        config.servers = {server.address()};
        Dns::LiveResolver resolver(config);
        QFuture<Evaluation> future;
        {
            SpfEvaluator evaluator(&resolver);
            future = evaluator.evaluate({QHostAddress(u"192.0.2.5"_s), u"a@good.spf.test"_s, {}});
        }
        QVERIFY(Test::awaitFinished(future)); // canceled
    }
};

QTEST_GUILESS_MAIN(tst_SpfEvaluator)
#include "tst_spfevaluator.moc"
