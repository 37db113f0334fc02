// The transport of a domain with 20 MX hosts × 2 addresses, each reached through a relay that
// holds every chunk 50 ms in each direction (sceau-test-tcprelay), next to the slowest probe of
// one host alone: probeDomain runs the hosts at once, so its total should stay close to it.
// Usage: bench_mxset RELAY_PROGRAM [DELAY_MS]   (SCEAU_TEST_SUPPORT set: run-mxset-bench.sh)
#include "model/dns/zonefileresolver.h"
#include "model/transport/domainprobe.h"
#include "serverprocess.h"
#include "smtp/smtptestserver.h"
#include "tests/support/await.h"
#include "tls/testpki.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>

using namespace Sceau;
using namespace Sceau::Transport;

namespace {
// Processor time of this process (every thread), in milliseconds: with the wall time it tells a
// probe that waits (latency) from one that computes, on a machine shared with other work.
qint64 cpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000 + now.tv_nsec / 1000000;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_mxset RELAY_PROGRAM [DELAY_MS]\n");
        return 2;
    }
    const QString delay = args.value(2, QStringLiteral("50"));
    constexpr int Hosts = 20;
    QTemporaryDir dir;
    Test::TestPki pki(dir.path());
    Test::SmtpTestServer server(
        Test::SmtpTestServer::Mode::StartTls,
        pki.issue(QStringLiteral("bench"), {QStringLiteral("*.bench.test")}));

    QStringList relayArgs{QString::number(server.port()), delay};
    QString zone = QStringLiteral("$ORIGIN bench.test.\n@ 300 IN SOA ns hostmaster 1 3600 600 "
                                  "86400 300\n@ 300 IN NS ns\nns 300 IN A 127.0.0.1\n");
    for (int i = 1; i <= Hosts; ++i) {
        const QString host = QStringLiteral("mx%1").arg(i, 2, 10, QLatin1Char('0'));
        zone += QStringLiteral("@ 300 IN MX %1 %2\n").arg(i * 10).arg(host);
        for (int k = 0; k < 2; ++k) {
            const QString address = QStringLiteral("127.0.10.%1").arg(2 * i - 1 + k);
            zone += QStringLiteral("%1 300 IN A %2\n").arg(host, address);
            relayArgs << address;
        }
    }
    Test::ServerProcess relay(
        args.at(1), relayArgs, QRegularExpression(QStringLiteral("READY (\\d+)")));
    Dns::ZoneFileResolver resolver;
    if (!resolver.addZoneText(zone.toUtf8())) {
        std::fprintf(stderr, "zone did not load\n");
        return 1;
    }
    TransportSettings settings;
    settings.anchors = {false, {pki.caCertificate()}};
    settings.ports = *PortMap::parse(QStringLiteral("25=%1").arg(relay.port()));

    qint64 slowest = 0;
    qint64 sum = 0;
    const qint64 cpuAtStart = cpuMs();
    for (int i = 1; i <= Hosts; ++i) {
        QElapsedTimer clock;
        clock.start();
        const HostProbe probe = Test::await(
            probeHost(&resolver,
                      QStringLiteral("mx%1.bench.test").arg(i, 2, 10, QLatin1Char('0')),
                      25,
                      {},
                      settings),
            60000);
        const qint64 ms = clock.elapsed();
        slowest = qMax(slowest, ms);
        sum += ms;
        if (probe.addresses.size() != 2)
            std::fprintf(stderr, "host %d: %lld addresses\n", i, qint64(probe.addresses.size()));
    }
    const qint64 cpuHosts = cpuMs() - cpuAtStart;
    QElapsedTimer clock;
    clock.start();
    const DomainTransport domain
        = Test::await(probeDomain(&resolver, QStringLiteral("bench.test"), settings), 120000);
    const qint64 total = clock.elapsed();
    const qint64 cpuDomain = cpuMs() - cpuAtStart - cpuHosts;
    int verified = 0;
    int addresses = 0;
    for (const MxTransport &host : domain.hosts) {
        for (const AddressProbe &address : host.probe.addresses) {
            ++addresses;
            verified
                += deliveryOf(address, DeliveryMode::RequireTls) == Delivery::EncryptedVerified;
        }
    }
    std::printf("relay +%s ms per chunk and direction; %d MX hosts, %d addresses, %d verified\n",
                qPrintable(delay),
                int(domain.hosts.size()),
                addresses,
                verified);
    std::printf("one host alone: slowest %lld ms, mean %lld ms\n", slowest, sum / Hosts);
    std::printf("whole domain (probeDomain): %lld ms = %.2f x the slowest single host\n",
                total,
                double(total) / double(qMax<qint64>(slowest, 1)));
    std::printf("Sceau's processor time: %lld ms for the %d hosts one by one, %lld ms for the "
                "whole domain\n",
                cpuHosts,
                Hosts,
                cpuDomain);
    return verified == 2 * Hosts ? 0 : 1;
}
