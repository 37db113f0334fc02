// Benchmark (not part of the pass/fail suite): DMARC aggregate report import — read and parse
// (Dmarc::readReportPath), then store in a fresh workspace (Dmarc::ReportStore) — over FILEs.
//   bench_dmarc FILE…   prints reports/s for reading alone and for reading + storing, and the
//                       peak resident memory of the process.
#include "model/dmarc/reportimport.h"
#include "model/dmarc/reportstore.h"
#include "model/storage/workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <cstdio>

using namespace Sceau;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList files = app.arguments().mid(1);
    if (files.isEmpty()) {
        std::fprintf(stderr, "usage: bench_dmarc FILE…\n");
        return 2;
    }
    QElapsedTimer timer;
    timer.start();
    QList<Dmarc::AggregateReport> reports;
    qint64 records = 0;
    for (const QString &file : files) {
        for (const Dmarc::ReadReport &read : Dmarc::readReportPath(file)) {
            if (!read.aggregate) {
                std::fprintf(stderr, "%s\n", qPrintable(read.error ? read.error->detail : file));
                return 1;
            }
            records += read.aggregate->records.size();
            reports << *read.aggregate;
        }
    }
    const double readMs = double(timer.nsecsElapsed()) / 1e6;
    QTemporaryDir dir;
    auto workspace = Storage::Workspace::open(dir.filePath(QStringLiteral("bench.sqlite")));
    if (!workspace)
        return 1;
    Dmarc::ReportStore store(workspace->get());
    timer.restart();
    for (const Dmarc::AggregateReport &report : std::as_const(reports)) {
        if (!store.add(report))
            return 1;
    }
    const double storeMs = double(timer.nsecsElapsed()) / 1e6;
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("sceau: %lld reports, %lld records: read+parse %.1f ms (%.0f reports/s, %.0f "
                "records/s); store %.1f ms (%.0f reports/s); peak RSS %ld MiB\n",
                static_cast<long long>(reports.size()),
                static_cast<long long>(records),
                readMs,
                double(reports.size()) * 1000.0 / readMs,
                double(records) * 1000.0 / readMs,
                storeMs,
                double(reports.size()) * 1000.0 / storeMs,
                usage.ru_maxrss / 1024);
    return 0;
}
