// bench_dns --server HOST:PORT --name NAME [--count N] [--per-slot N] [--inflight 1,16,256]
//           [--blocking N]
// Queries per second of Sceau's async DNS layer with several caps on queries in flight, next to
// ldns' own blocking ldns_resolver_query() in a loop, for the same TXT question.
// --per-slot caps the count at N × in-flight (so slow, delayed runs stay short).
#include "model/core/async.h"
#include "model/dns/liveresolver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>

#include <ldns/ldns.h>

#include <cstdio>

using namespace Sceau;

namespace {
struct Outcome
{
    int queries = 0;
    int answers = 0;
    double seconds = 0;
    double qps() const { return queries / seconds; }
};

Outcome runAsync(const Dns::NameServer &server, const QString &name, int count, int inFlight)
{
    Dns::ResolverConfig config;
    config.servers = {server};
    config.maxInFlight = inFlight;
    config.timeoutMs = 5000;
    config.attempts = 1;
    Dns::LiveResolver resolver(config);
    Outcome outcome;
    outcome.queries = count;
    int done = 0;
    QEventLoop loop; // the benchmark's own loop: this is not UI code
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < count; ++i) {
        resolver.lookup(name, Dns::RrType::TXT).then([&](const Dns::LookupResult &result) {
            outcome.answers += result.status == Dns::LookupStatus::Answer;
            if (++done == count)
                loop.quit();
        });
    }
    if (done < count)
        loop.exec();
    outcome.seconds = clock.nsecsElapsed() / 1e9;
    return outcome;
}

Outcome runBlocking(const Dns::NameServer &server, const QString &name, int count)
{
    ldns_resolver *resolver = ldns_resolver_new();
    ldns_rdf *address
        = ldns_rdf_new_frm_str(LDNS_RDF_TYPE_A, server.address.toString().toLatin1().constData());
    ldns_resolver_push_nameserver(resolver, address);
    ldns_rdf_deep_free(address);
    ldns_resolver_set_port(resolver, server.port);
    ldns_resolver_set_retry(resolver, 1);
    ldns_resolver_set_timeout(resolver, timeval{5, 0});
    ldns_rdf *qname = ldns_dname_new_frm_str(name.toLatin1().constData());
    Outcome outcome;
    outcome.queries = count;
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < count; ++i) {
        ldns_pkt *packet
            = ldns_resolver_query(resolver, qname, LDNS_RR_TYPE_TXT, LDNS_RR_CLASS_IN, LDNS_RD);
        if (packet && ldns_pkt_ancount(packet) > 0)
            ++outcome.answers;
        ldns_pkt_free(packet);
    }
    outcome.seconds = clock.nsecsElapsed() / 1e9;
    ldns_rdf_deep_free(qname);
    ldns_resolver_deep_free(resolver);
    return outcome;
}

void print(const char *label, const Outcome &outcome, double blockingQps)
{
    std::printf("%-22s %7d queries %7d answers %8.2f s %10.0f q/s %8.1fx\n",
                label,
                outcome.queries,
                outcome.answers,
                outcome.seconds,
                outcome.qps(),
                outcome.qps() / blockingQps);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions(
        {{QStringLiteral("server"), QStringLiteral("nameserver"), QStringLiteral("host:port")},
         {QStringLiteral("name"), QStringLiteral("TXT name to ask"), QStringLiteral("name")},
         {QStringLiteral("count"),
          QStringLiteral("queries per run"),
          QStringLiteral("n"),
          QStringLiteral("20000")},
         {QStringLiteral("per-slot"),
          QStringLiteral("cap count at n x in-flight"),
          QStringLiteral("n"),
          QStringLiteral("0")},
         {QStringLiteral("inflight"),
          QStringLiteral("in-flight caps"),
          QStringLiteral("list"),
          QStringLiteral("1,16,256")},
         {QStringLiteral("blocking"),
          QStringLiteral("blocking queries"),
          QStringLiteral("n"),
          QStringLiteral("20000")}});
    parser.process(app);
    const auto server = Dns::NameServer::parse(parser.value(QStringLiteral("server")));
    if (!server) {
        std::fprintf(stderr, "bad --server\n");
        return 2;
    }
    const QString name = parser.value(QStringLiteral("name"));
    const int count = parser.value(QStringLiteral("count")).toInt();
    const int perSlot = parser.value(QStringLiteral("per-slot")).toInt();

    const Outcome blocking
        = runBlocking(*server, name, parser.value(QStringLiteral("blocking")).toInt());
    print("ldns blocking loop", blocking, blocking.qps());
    for (const QString &text : parser.value(QStringLiteral("inflight")).split(u',')) {
        const int inFlight = text.toInt();
        const int n = perSlot > 0 ? qMin(count, perSlot * inFlight) : count;
        const Outcome outcome = runAsync(*server, name, n, inFlight);
        const QByteArray label
            = QStringLiteral("sceau async, %1 in flight").arg(inFlight).toLatin1();
        print(label.constData(), outcome, blocking.qps());
    }
    return 0;
}
