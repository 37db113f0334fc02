#include "model/spf/spfevaluator.h"

#include "await.h"
#include "spfsuite.h"
#include "testenv.h"

#include <QTest>

using namespace Sceau;
using namespace Sceau::Spf;
using namespace Qt::StringLiterals;

// The openspf RFC 7208 suite (and pyspf's own tests) through the real evaluator, with each
// scenario's zonedata served by the zone-file overlay (tests/data/spf/).
class tst_SpfConformance : public QObject
{
    Q_OBJECT
private slots:
    void rfc7208() { runSuite(u"spf/rfc7208-tests.json"_s, 203); }
    // Two of pyspf's 16 tests exercise its non-RFC "default=" modifier in lax/harsh mode.
    void pyspfExtra() { runSuite(u"spf/pyspf-test.json"_s, 14); }

private:
    void runSuite(const QString &file, int expectedCount);
};

void tst_SpfConformance::runSuite(const QString &file, int expectedCount)
{
    const QList<Test::SpfScenario> scenarios = Test::loadSpfSuite(Test::dataPath(file));
    int passed = 0;
    QStringList failures;
    for (const Test::SpfScenario &scenario : scenarios) {
        Test::SpfSuiteResolver resolver;
        if (const auto loaded = resolver.load(scenario.zonedata); !loaded) {
            for (const Test::SpfSuiteCase &test : scenario.cases)
                failures << u"%1 / %2: zone data not loaded: %3"_s.arg(
                    scenario.description, test.name, loaded.error().detail);
            continue;
        }
        SpfEvaluator evaluator(&resolver);
        for (const Test::SpfSuiteCase &test : scenario.cases) {
            const CheckRequest request{QHostAddress(test.host), test.mailFrom, test.helo};
            const Evaluation got = Test::await(evaluator.evaluate(request));
            const QString verdict = verdictToken(got.verdict);
            bool ok = test.results.contains(verdict);
            if (ok && test.explanation) {
                const QString expected
                    = *test.explanation == u"DEFAULT" ? QString() : *test.explanation;
                ok = got.explanation == expected;
            }
            if (ok) {
                ++passed;
                continue;
            }
            failures << u"%1 / %2: expected %3%4, got %5 (explanation \"%6\", term \"%7\", %8)"_s
                            .arg(test.scenario.section(u'\n', 0, 0),
                                 test.name,
                                 test.results.join(u'|'),
                                 test.explanation ? u" \"%1\""_s.arg(*test.explanation) : QString(),
                                 verdict,
                                 got.explanation,
                                 got.matchedTerm,
                                 got.detail);
        }
    }
    for (const QString &failure : std::as_const(failures))
        qInfo().noquote() << "FAILED" << failure;
    qInfo().noquote() << u"%1: %2 passed, %3 failed"_s.arg(file).arg(passed).arg(failures.size());
    QCOMPARE(passed + failures.size(), expectedCount);
    QVERIFY2(failures.isEmpty(), qPrintable(u"%1 failed"_s.arg(failures.size())));
}

QTEST_GUILESS_MAIN(tst_SpfConformance)
#include "tst_spfconformance.moc"
