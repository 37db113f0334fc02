#include "model/transport/addressprobe.h"

#include "model/core/async.h"
#include "model/transport/implicittlsattempt.h"

#include <QDateTime>
#include <QPromise>

#include <memory>

namespace Sceau::Transport {

namespace {
// One probe in flight. guard carries its callbacks and is deleted once it has finished (every
// attempt finishes: each wait is bounded).
struct Run
{
    QPromise<AddressProbe> promise;
    AddressProbe probe;
    QObject *guard = new QObject;

    void finish()
    {
        promise.addResult(probe);
        promise.finish();
        guard->deleteLater();
    }
};

void judgeCertificate(AddressProbe &probe, const ProbeOptions &options)
{
    if (probe.attempt.outcome != SmtpTlsAttempt::Outcome::Encrypted)
        return;
    auto report = inspectCertificate(probe.attempt.handshake.info.chain,
                                     probe.endpoint.host,
                                     options.anchors,
                                     QDateTime::currentDateTimeUtc());
    if (report)
        probe.certificate = *report;
    else
        probe.certificateError = report.error().detail;
}

bool offersStartTls(const SmtpTlsAttempt &attempt)
{
    using O = SmtpTlsAttempt::Outcome;
    return attempt.outcome == O::Encrypted || attempt.outcome == O::HandshakeFailed;
}
} // namespace

QFuture<AddressProbe> probeAddress(const SmtpEndpoint &endpoint, const ProbeOptions &options)
{
    auto run = std::make_shared<Run>();
    run->promise.start();
    run->probe.endpoint = endpoint;
    QFuture<AddressProbe> future = run->promise.future();
    const TlsClientOptions current{endpoint.host, TlsVersion::Tls1_2, TlsVersion::Tls1_3};
    onResult(attemptTls(endpoint, current, options.heloName, options.timeoutMs),
             run->guard,
             [run, endpoint, options](const SmtpTlsAttempt &attempt) {
                 run->probe.attempt = attempt;
                 judgeCertificate(run->probe, options);
                 if (!offersStartTls(attempt)) {
                     run->finish();
                     return;
                 }
                 // One handshake per version (TLS 1.0 … 1.3); the version the first handshake
                 // negotiated is accepted already: not asked again (one connection fewer per
                 // address, which counts when every MX and address is probed at once).
                 QList<TlsVersion> versions;
                 for (const TlsVersion version : AllTlsVersions) {
                     if (attempt.outcome == SmtpTlsAttempt::Outcome::Encrypted
                         && version == attempt.handshake.info.protocol)
                         run->probe.accepted[version] = true;
                     else
                         versions << version;
                 }
                 QList<QFuture<SmtpTlsAttempt>> sweeps;
                 for (const TlsVersion version : versions)
                     sweeps << attemptTls(endpoint,
                                          {endpoint.host, version, version},
                                          options.heloName,
                                          options.timeoutMs);
                 onResult(allResults(sweeps),
                          run->guard,
                          [run, versions](const QList<SmtpTlsAttempt> &attempts) {
                              for (qsizetype i = 0; i < attempts.size(); ++i) {
                                  const SmtpTlsAttempt &a = attempts.at(i);
                                  if (a.outcome == SmtpTlsAttempt::Outcome::Encrypted)
                                      run->probe.accepted[versions.at(i)] = true;
                                  else if (a.outcome == SmtpTlsAttempt::Outcome::HandshakeFailed)
                                      run->probe.accepted[versions.at(i)] = false;
                              }
                              run->finish();
                          });
             });
    return future;
}

bool certificateVerifies(const AddressProbe &probe)
{
    return probe.certificate && probe.certificate->trusted && probe.certificate->nameMatches;
}

Delivery deliveryOf(const AddressProbe &probe, DeliveryMode mode)
{
    using O = SmtpTlsAttempt::Outcome;
    if (probe.attempt.couldNotTest())
        return Delivery::CouldNotTest;
    const Delivery withoutTls
        = mode == DeliveryMode::RequireTls ? Delivery::Refused : Delivery::Plaintext;
    if (probe.attempt.outcome != O::Encrypted)
        return withoutTls; // no STARTTLS, 454, or the handshake failed
    if (certificateVerifies(probe))
        return Delivery::EncryptedVerified;
    return mode == DeliveryMode::SkipVerify ? Delivery::EncryptedUnverified : withoutTls;
}

} // namespace Sceau::Transport
