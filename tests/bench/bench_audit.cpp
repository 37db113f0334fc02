// bench_audit --server HOST:PORT --domain D --chain N [--delay MS] [--runs N] [--log FILE]
// One domain's full posture audit (SPF tree, DMARC walk and destinations, MX and addresses,
// DKIM selector discovery, MTA-STS, TLS-RPT, DANE) through a relay that delays every DNS
// answer by --delay ms (sceau-test-dnsrelay), next to the physical limit: the longest chain of
// dependent lookups (--chain, from the zone's structure: genzones.py) × the delay.
// The SMTP probes and the MTA-STS fetch go to a closed local port (--port-map style): refused
// at once, so the wall time is the DNS lookups' (no TLS is measured here).
// With --log (the relay's log), the lookups of the last run are grouped by the round trip in
// which they reached the relay: what the audit really waited for.
#include "model/audit/auditor.h"
#include "model/dns/liveresolver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFutureWatcher>
#include <QMap>
#include <QTcpServer>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Sceau;

namespace {
// A local port nothing listens on: connections to it are refused at once.
quint16 closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort(); // closed when server goes
}

Audit::AuditReport
runOnce(const Dns::ResolverSettings &settings, const Audit::AuditRequest &request, qint64 *ms)
{
    Dns::ResolverConfig config;
    config.servers = settings.servers;
    config.timeoutMs = settings.timeoutMs;
    Dns::LiveResolver resolver(config);
    Audit::Auditor auditor(nullptr);
    auditor.setResolver(&resolver, settings);
    QEventLoop loop; // the benchmark's own loop: this is not UI code
    QFutureWatcher<Audit::AuditReport> watcher;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    QElapsedTimer clock;
    clock.start();
    watcher.setFuture(auditor.audit(request));
    if (!watcher.isFinished())
        loop.exec();
    *ms = clock.elapsed();
    return watcher.result();
}

// The relay's log lines from offset on: "<ms> <type> <name>", grouped by the round trip in
// which each reached the relay (the first query opens round 1).
void printRounds(const QString &path, qint64 offset, int delayMs)
{
    QFile log(path);
    if (!log.open(QIODevice::ReadOnly) || !log.seek(offset))
        return;
    QList<QPair<double, QByteArray>> queries;
    for (const QByteArray &line : log.readAll().split('\n')) {
        const qsizetype space = line.indexOf(' ');
        if (space > 0)
            queries << qMakePair(line.left(space).toDouble(), line.mid(space + 1));
    }
    if (queries.isEmpty())
        return;
    // A query sent after an answer arrived started in a later round: rounds are delayMs apart,
    // each opened by the first query at least delayMs after the previous round's opening.
    QMap<int, QList<QByteArray>> rounds;
    int round = 1;
    double opened = queries.first().first;
    for (const auto &[ms, question] : std::as_const(queries)) {
        if (ms >= opened + delayMs * 0.8) {
            ++round;
            opened = ms;
        }
        rounds[round] << question;
    }
    std::printf("lookups of the last run by round trip (as the relay saw them):\n");
    for (auto it = rounds.cbegin(); it != rounds.cend(); ++it) {
        QList<QByteArray> names = it.value();
        std::sort(names.begin(), names.end());
        names.erase(std::unique(names.begin(), names.end()), names.end());
        const QByteArray shown = names.mid(0, 6).join(", ");
        std::printf("  round %d: %lld queries: %s%s\n",
                    it.key(),
                    qint64(it.value().size()),
                    shown.constData(),
                    names.size() > 6 ? ", …" : "");
    }
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions(
        {{QStringLiteral("server"), QStringLiteral("relay"), QStringLiteral("HP")},
         {QStringLiteral("domain"), QStringLiteral("domain"), QStringLiteral("D")},
         {QStringLiteral("chain"), QStringLiteral("chain"), QStringLiteral("N")},
         {QStringLiteral("delay"),
          QStringLiteral("ms"),
          QStringLiteral("MS"),
          QStringLiteral("50")},
         {QStringLiteral("runs"), QStringLiteral("runs"), QStringLiteral("N"), QStringLiteral("7")},
         {QStringLiteral("log"), QStringLiteral("relay log"), QStringLiteral("F")}});
    parser.process(app);
    const auto server = Dns::NameServer::parse(parser.value(QStringLiteral("server")));
    const int chain = parser.value(QStringLiteral("chain")).toInt();
    const int delay = parser.value(QStringLiteral("delay")).toInt();
    const int runs = parser.value(QStringLiteral("runs")).toInt();
    if (!server || chain <= 0 || runs <= 0) {
        std::fprintf(stderr, "usage: bench_audit --server HOST:PORT --domain D --chain N\n");
        return 2;
    }
    Dns::ResolverSettings settings;
    settings.servers = {*server};
    settings.timeoutMs = 5000;
    Transport::TransportSettings transport;
    const quint16 closed = closedPort();
    transport.ports = *Transport::PortMap::parse(QStringLiteral("25=%1,443=%1").arg(closed));
    transport.retryBackoffMs = 1;
    const Audit::AuditRequest request{parser.value(QStringLiteral("domain")), {}, transport, true};

    const QString logPath = parser.value(QStringLiteral("log"));
    QList<qint64> walls;
    qint64 logOffset = 0;
    Audit::AuditReport report;
    for (int i = 0; i < runs; ++i) {
        if (!logPath.isEmpty()) { // the relay flushes its log every 100 ms
            QEventLoop pause;
            QTimer::singleShot(250, &pause, &QEventLoop::quit);
            pause.exec();
            logOffset = QFile(logPath).size();
        }
        qint64 ms = 0;
        report = runOnce(settings, request, &ms);
        walls << ms;
    }
    std::sort(walls.begin(), walls.end());
    const qint64 median = walls.at(walls.size() / 2);
    std::printf("%s: %d lookups, %d failed%s; DKIM keys found: %lld; DANE: %s\n",
                qPrintable(request.domain),
                report.lookups,
                report.failedLookups,
                report.complete() ? "" : " (transport probes refused by design)",
                qint64(report.dkim.size()),
                report.dane ? "checked" : "not checked");
    std::printf("wall over %d runs: min %lld ms, median %lld ms, max %lld ms\n",
                runs,
                walls.first(),
                median,
                walls.last());
    std::printf("longest chain %d × %d ms = %d ms; median wall ÷ chain = %.2f (goal ≤ 1.2)\n",
                chain,
                delay,
                chain * delay,
                double(median) / (chain * delay));
    if (!logPath.isEmpty()) {
        QEventLoop pause;
        QTimer::singleShot(250, &pause, &QEventLoop::quit);
        pause.exec();
        printRounds(logPath, logOffset, delay);
    }
    return 0;
}
