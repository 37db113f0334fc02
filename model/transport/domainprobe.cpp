#include "model/transport/domainprobe.h"

#include "model/core/async.h"
#include "model/dns/lookupfinding.h"
#include "model/dns/resolver.h"
#include "model/transport/transportfindings.h"
#include "model/transport/transportscore.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QPromise>
#include <QSet>
#include <QTimer>

#include <algorithm>

namespace Sceau::Transport {

bool DomainTransport::incomplete() const
{
    return route == MailRoute::CouldNotCheck
           || std::any_of(findings.cbegin(), findings.cend(), isCouldNotCheck);
}

namespace {
using O = SmtpTlsAttempt::Outcome;

// Worth another try later: the server was busy, refused the connection or did not answer.
// A 5xx greeting or something that is not SMTP will say the same again.
bool worthRetrying(const AddressProbe &probe)
{
    const O outcome = probe.attempt.outcome;
    return outcome == O::TemporaryFailure || outcome == O::ConnectionFailed
           || outcome == O::TimedOut;
}

Finding domainFinding(const QString &id, Severity severity, QStringList args, const char *rfc)
{
    return {id, severity, std::move(args), QString::fromUtf8(rfc)};
}

// Whether the host has a tested address that completes STARTTLS, one that does not, or both.
struct HostTls
{
    bool encrypted = false;
    bool plaintext = false;
};

HostTls hostTls(const HostProbe &probe)
{
    HostTls tls;
    for (const AddressProbe &address : probe.addresses) {
        if (address.attempt.couldNotTest())
            continue;
        if (address.attempt.outcome == O::Encrypted)
            tls.encrypted = true;
        else
            tls.plaintext = true;
    }
    return tls;
}

// One domain's probe in flight; deletes itself when it has finished or was canceled.
class DomainRun final : public QObject
{
public:
    DomainRun(Dns::Resolver *resolver, const QString &domain, const TransportSettings &settings)
        : m_resolver(resolver)
        , m_settings(settings)
    {
        m_result.domain = domain;
    }

    QFuture<DomainTransport> start()
    {
        m_promise.start();
        QFuture<DomainTransport> future = m_promise.future();
        // Canceled by the caller: stop at once; probes still running end on their own, and
        // their results are dropped with us (their callbacks are parented to this object).
        auto *cancelWatcher = new QFutureWatcher<DomainTransport>(this);
        connect(cancelWatcher, &QFutureWatcherBase::canceled, this, &DomainRun::stop);
        cancelWatcher->setFuture(future);
        onResult(m_resolver->lookup(m_result.domain, Dns::RrType::MX),
                 this,
                 [this](const Dns::LookupResult &mx) {
                     if (!m_stopped)
                         mxAnswered(mx);
                 });
        return future;
    }

private:
    void mxAnswered(const Dns::LookupResult &mx)
    {
        m_result.mxLookup = mx;
        if (mx.failed()) { // could not check: never "no MX"
            m_result.route = MailRoute::CouldNotCheck;
            m_own << Dns::lookupFailedFinding(mx);
            return finishRun();
        }
        if (mx.records.isEmpty()) {
            // RFC 5321 §5.1: no MX record, the domain's own address is the implicit MX.
            m_result.route = MailRoute::ImplicitMx;
            m_result.hosts << MxTransport{0, m_result.domain, {}, 0};
            m_own << domainFinding(
                FindingId::ImplicitMx, Severity::Info, {m_result.domain}, "RFC 5321 §5.1");
        } else {
            QList<MxTransport> hosts;
            QSet<QString> seen;
            for (const Dns::ResourceRecord &record : mx.records) {
                const QString exchange = record.mxExchange();
                // RFC 7505 §3: "." is no host; the audit judges how the null MX is published.
                if (!exchange.isEmpty() && !seen.contains(exchange)) {
                    seen.insert(exchange);
                    hosts << MxTransport{record.mxPreference(), exchange, {}, 0};
                }
            }
            std::sort(hosts.begin(), hosts.end(), [](const MxTransport &a, const MxTransport &b) {
                return a.preference != b.preference ? a.preference < b.preference
                                                    : a.exchange < b.exchange;
            });
            if (hosts.isEmpty()) {
                m_result.route = MailRoute::NullMx;
                m_own << domainFinding(
                    FindingId::NullMx, Severity::Info, {m_result.domain}, "RFC 7505 §3");
                return finishRun();
            }
            m_result.route = MailRoute::MxSet;
            if (hosts.size() > MaxMxHosts) {
                m_own << domainFinding(
                    FindingId::TooManyMx,
                    Severity::Warning,
                    {m_result.domain, QString::number(hosts.size()), QString::number(MaxMxHosts)},
                    "");
                hosts.resize(MaxMxHosts);
            }
            m_result.hosts = hosts;
        }
        m_promise.setProgressRange(0, int(m_result.hosts.size()));
        m_promise.setProgressValue(0);
        startHosts();
    }

    void startHosts()
    {
        while (m_running < MaxHostsAtOnce && m_next < m_result.hosts.size()) {
            if (!m_resolver)
                return stop(); // the Session replaced its resolver: this run is stale
            const qsizetype index = m_next++;
            ++m_running;
            onResult(probeHost(m_resolver,
                               m_result.hosts.at(index).exchange,
                               25, // RFC 5321 §4.5.4: MX are reached on port 25
                               {},
                               m_settings),
                     this,
                     [this, index](const HostProbe &probe) {
                         if (m_stopped) // canceled, not yet deleted: start nothing more
                             return;
                         m_result.hosts[index].probe = probe;
                         retryOrFinish(index);
                     });
        }
    }

    // Tries the host's could-not-test addresses again after a growing back-off, MaxRetries
    // times at most, on a timer owned by this run (canceling stops it).
    void retryOrFinish(qsizetype index)
    {
        MxTransport &host = m_result.hosts[index];
        QList<qsizetype> again;
        for (qsizetype i = 0; i < host.probe.addresses.size(); ++i) {
            if (worthRetrying(host.probe.addresses.at(i)))
                again << i;
        }
        if (again.isEmpty() || host.retries >= MaxRetries)
            return hostFinished(index);
        const int delay = m_settings.retryBackoffMs << host.retries;
        ++host.retries;
        QTimer::singleShot(delay, this, [this, index, again] {
            if (m_stopped)
                return;
            QList<QFuture<AddressProbe>> probes;
            for (const qsizetype i : again)
                probes << probeAddress(m_result.hosts.at(index).probe.addresses.at(i).endpoint,
                                       m_settings);
            onResult(allResults(probes), this, [this, index, again](const QList<AddressProbe> &r) {
                if (m_stopped)
                    return;
                HostProbe &probe = m_result.hosts[index].probe;
                for (qsizetype k = 0; k < again.size(); ++k)
                    probe.addresses[again.at(k)] = r.at(k);
                probe.findings = hostFindings(probe);
                retryOrFinish(index);
            });
        });
    }

    void hostFinished(qsizetype index)
    {
        --m_running;
        ++m_done;
        m_promise.setProgressValueAndText(m_done, m_result.hosts.at(index).exchange);
        if (m_done == m_result.hosts.size())
            return finishRun();
        startHosts();
    }

    void finishRun()
    {
        for (const MxTransport &host : std::as_const(m_result.hosts))
            m_result.findings << host.probe.findings;
        m_result.findings << m_own << downgradeFindings(m_result);
        m_result.score = transportScore(m_result.hosts);
        m_promise.addResult(m_result);
        stop();
    }

    void stop()
    {
        if (m_stopped)
            return;
        m_stopped = true;
        m_promise.finish();
        deleteLater();
    }

    QPointer<Dns::Resolver> m_resolver;
    TransportSettings m_settings;
    DomainTransport m_result;
    QList<Finding> m_own; // the domain's own findings, after the hosts'
    QPromise<DomainTransport> m_promise;
    qsizetype m_next = 0;
    int m_running = 0;
    qsizetype m_done = 0;
    bool m_stopped = false;
};
} // namespace

QFuture<DomainTransport>
probeDomain(Dns::Resolver *resolver, const QString &domain, const TransportSettings &settings)
{
    auto *run = new DomainRun(resolver, domain, settings);
    return run->start();
}

QList<Finding> downgradeFindings(const DomainTransport &transport)
{
    int encrypted = 0;
    int plaintext = 0;
    int both = 0;
    for (const MxTransport &host : transport.hosts) {
        const HostTls tls = hostTls(host.probe);
        encrypted += tls.encrypted ? 1 : 0;
        plaintext += tls.plaintext ? 1 : 0;
        both += tls.encrypted && tls.plaintext ? 1 : 0;
    }
    // One host whose own addresses disagree is that host's finding (hostFindings); here, two
    // different hosts must disagree.
    if (encrypted > 0 && plaintext > 0 && !(encrypted == 1 && plaintext == 1 && both == 1))
        return {domainFinding(
            FindingId::InconsistentMx, Severity::Error, {transport.domain}, "RFC 3207 §4")};
    return {};
}

QList<Finding> stsDowngradeFindings(const DomainTransport &transport, MtaStsMode mode)
{
    if (mode == MtaStsMode::None)
        return {};
    QList<Finding> findings;
    for (const MxTransport &host : transport.hosts) {
        const HostTls tls = hostTls(host.probe);
        if (tls.plaintext && !tls.encrypted)
            findings << domainFinding(FindingId::StsPlaintextMx,
                                      mode == MtaStsMode::Enforce ? Severity::Error
                                                                  : Severity::Warning,
                                      {host.exchange, MtaStsModes.token(mode)},
                                      "RFC 8461 §5");
    }
    return findings;
}

} // namespace Sceau::Transport
