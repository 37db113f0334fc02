#include "model/transport/hostprobe.h"

#include "model/core/async.h"
#include "model/dns/lookupfinding.h"
#include "model/dns/resolver.h"
#include "model/transport/transportfindings.h"

#include <QPromise>

#include <algorithm>
#include <memory>

namespace Sceau::Transport {

bool HostProbe::incomplete() const
{
    return std::any_of(findings.cbegin(), findings.cend(), isCouldNotCheck);
}

namespace {
struct Run
{
    QPromise<HostProbe> promise;
    HostProbe probe;
    QObject *guard = new QObject;

    void finish()
    {
        promise.addResult(probe);
        promise.finish();
        guard->deleteLater();
    }
};

void probeAll(const std::shared_ptr<Run> &run,
              const QList<SmtpEndpoint> &endpoints,
              const ProbeOptions &options)
{
    QList<QFuture<AddressProbe>> probes;
    for (const SmtpEndpoint &endpoint : endpoints)
        probes << probeAddress(endpoint, options);
    onResult(allResults(probes), run->guard, [run](const QList<AddressProbe> &results) {
        run->probe.addresses = results;
        run->probe.findings = hostFindings(run->probe);
        run->finish();
    });
}
} // namespace

QList<Finding> hostFindings(const HostProbe &probe)
{
    QList<Finding> findings;
    bool failed = false;
    for (const Dns::LookupResult &lookup : probe.lookups) {
        if (lookup.failed()) {
            findings << Dns::lookupFailedFinding(lookup);
            failed = true;
        }
    }
    if (!probe.lookups.isEmpty() && !failed && probe.addresses.isEmpty()) {
        // an answer, and no address in it: the name is wrong
        findings << Finding{
            FindingId::NoAddress, Severity::Error, {probe.host}, QStringLiteral("RFC 5321 §5.1")};
    }
    // RFC 3207 gives every address of a host the same duty: a host whose addresses disagree on
    // STARTTLS (or on whether it works) lets an attacker pick the weak one.
    QList<bool> starttls;
    for (const AddressProbe &address : probe.addresses) {
        findings << addressFindings(address);
        if (!address.attempt.couldNotTest())
            starttls << (address.attempt.outcome == SmtpTlsAttempt::Outcome::Encrypted);
    }
    if (starttls.contains(true) && starttls.contains(false))
        findings << Finding{FindingId::InconsistentMx,
                            Severity::Error,
                            {probe.host},
                            QStringLiteral("RFC 3207 §4")};
    return findings;
}

QFuture<HostProbe> probeHost(Dns::Resolver *resolver,
                             const QString &host,
                             quint16 port,
                             const QString &serverName,
                             const ProbeOptions &options,
                             SmtpSecurity security)
{
    auto run = std::make_shared<Run>();
    run->promise.start();
    run->probe.host = host;
    run->probe.port = port;
    QFuture<HostProbe> future = run->promise.future();
    const QString name = serverName.isEmpty() ? host : serverName;
    if (const QHostAddress literal(host); !literal.isNull()) {
        probeAll(run, {{name, literal, options.ports.map(port), security}}, options);
        return future;
    }
    const QList<QFuture<Dns::LookupResult>> lookups{resolver->lookup(host, Dns::RrType::A),
                                                    resolver->lookup(host, Dns::RrType::AAAA)};
    onResult(
        allResults(lookups),
        run->guard,
        [run, name, port, options, security](const QList<Dns::LookupResult> &answers) {
            run->probe.lookups = answers;
            QList<SmtpEndpoint> endpoints;
            for (const Dns::LookupResult &answer : answers) {
                if (answer.failed())
                    continue;
                for (const Dns::ResourceRecord &record : answer.records) {
                    const QHostAddress address(record.rdata.value(0));
                    if (!address.isNull() && endpoints.size() < MaxAddressesPerHost)
                        endpoints << SmtpEndpoint{name, address, options.ports.map(port), security};
                }
            }
            if (endpoints.isEmpty()) {
                run->probe.findings = hostFindings(run->probe);
                run->finish();
                return;
            }
            probeAll(run, endpoints, options);
        });
    return future;
}

} // namespace Sceau::Transport
