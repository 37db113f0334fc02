// Benchmark (not part of the pass/fail suite): time to evaluate every case of the RFC 7208
// suite in-process, the DNS answered from memory by the suite's zone-file overlay.
//   bench_spf tests/data/spf/rfc7208-tests.json [ITERATIONS]
#include "model/core/async.h"
#include "model/spf/spfevaluator.h"

#include "spfsuite.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <cstdio>
#include <functional>
#include <memory>

using namespace Sceau;

namespace {
struct Job
{
    std::shared_ptr<Test::SpfSuiteResolver> resolver;
    std::shared_ptr<Spf::SpfEvaluator> evaluator;
    Test::SpfSuiteCase suiteCase;
};
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_spf SUITE.json [ITERATIONS]\n");
        return 2;
    }
    const int iterations = argc > 2 ? std::atoi(argv[2]) : 20;
    QList<Job> jobs;
    for (const Test::SpfScenario &scenario : Test::loadSpfSuite(QString::fromLocal8Bit(argv[1]))) {
        auto resolver = std::make_shared<Test::SpfSuiteResolver>();
        if (!resolver->load(scenario.zonedata))
            return 1;
        auto evaluator = std::make_shared<Spf::SpfEvaluator>(resolver.get());
        for (const Test::SpfSuiteCase &suiteCase : scenario.cases)
            jobs << Job{resolver, evaluator, suiteCase};
    }
    // One evaluation after another (as pyspf does), each started when the previous finished.
    QElapsedTimer timer;
    qsizetype next = 0;
    const qsizetype total = jobs.size() * iterations;
    std::function<void()> step = [&] {
        if (next == total) {
            const double ms = double(timer.nsecsElapsed()) / 1e6;
            std::printf("sceau: %d iterations x %lld cases: %.1f ms, %.1f us per check_host()\n",
                        iterations,
                        static_cast<long long>(jobs.size()),
                        ms,
                        ms * 1000.0 / double(total));
            QCoreApplication::quit();
            return;
        }
        const Job &job = jobs.at(next++ % jobs.size());
        const Spf::CheckRequest request{
            QHostAddress(job.suiteCase.host), job.suiteCase.mailFrom, job.suiteCase.helo};
        onResult(job.evaluator->evaluate(request), &app, [&](const Spf::Evaluation &) { step(); });
    };
    QTimer::singleShot(0, &app, [&] {
        timer.start();
        step();
    });
    return app.exec();
}
