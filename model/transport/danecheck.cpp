#include "model/transport/danecheck.h"

#include "model/core/async.h"
#include "model/transport/danefindings.h"

#include <QPromise>

#include <memory>

namespace Sceau::Transport {

using Dns::DnssecLookup;
using Dns::DnssecStatus;
using Dns::RrType;

bool DaneAddress::matchesTlsa() const
{
    return std::any_of(matches.cbegin(), matches.cend(), [](const TlsaMatch &m) {
        return m.verdict == TlsaMatch::Verdict::Matched;
    });
}

Dns::DnssecStatus DaneHost::addressStatus() const
{
    for (const DnssecStatus worst :
         {DnssecStatus::Bogus, DnssecStatus::CouldNotCheck, DnssecStatus::Insecure}) {
        if (a.status == worst || aaaa.status == worst)
            return worst;
    }
    return DnssecStatus::Secure;
}

bool DaneHost::inForce() const
{
    return tlsa.status == DnssecStatus::Secure
           && std::any_of(records.cbegin(), records.cend(), [](const TlsaRecord &record) {
                  return usableForSmtp(record.usage);
              });
}

bool DaneReport::incomplete() const
{
    return std::any_of(findings.cbegin(), findings.cend(), isCouldNotCheck);
}

namespace {
template<typename T> std::shared_ptr<QPromise<T>> started()
{
    auto promise = std::make_shared<QPromise<T>>();
    promise->start();
    return promise;
}

template<typename T> void fulfil(const std::shared_ptr<QPromise<T>> &promise, const T &value)
{
    promise->addResult(value);
    promise->finish();
}

// The chain the attempt saw, when the handshake completed.
QList<QByteArray> chainOf(const SmtpTlsAttempt &attempt)
{
    return attempt.outcome == SmtpTlsAttempt::Outcome::Encrypted ? attempt.handshake.info.chain
                                                                 : QList<QByteArray>();
}

// The earliest end of validity among the certificates a match rests on: the leaf for
// DANE-EE, the leaf up to the matched anchor for DANE-TA.
std::optional<QDateTime> expiryOf(const QList<QByteArray> &chain, const TlsaMatch &match)
{
    std::optional<QDateTime> earliest;
    for (int i = 0; i <= match.depth && i < chain.size(); ++i) {
        const auto end = certificateNotAfter(chain.at(i));
        if (end && (!earliest || *end < *earliest))
            earliest = end;
    }
    return earliest;
}

DaneAddress matched(const SmtpEndpoint &endpoint,
                    const SmtpTlsAttempt &attempt,
                    const DaneHost &host,
                    const QStringList &referenceNames)
{
    DaneAddress address{endpoint, attempt, {}, std::nullopt};
    const QList<QByteArray> chain = chainOf(attempt);
    if (chain.isEmpty())
        return address;
    for (const TlsaRecord &record : host.records) {
        const TlsaMatch match = matchTlsa(record, chain, referenceNames);
        address.matches << match;
        if (match.verdict != TlsaMatch::Verdict::Matched)
            continue;
        const auto end = expiryOf(chain, match);
        if (end && (!address.expires || *end < *address.expires))
            address.expires = end;
    }
    return address;
}

QFuture<DaneHost> checkHost(Dns::DnssecResolver *resolver,
                            const QString &name,
                            int preference,
                            const DaneOptions &options)
{
    auto promise = started<DaneHost>();
    const QList<QFuture<DnssecLookup>> lookups{resolver->lookup(name, RrType::A),
                                               resolver->lookup(name, RrType::AAAA),
                                               resolver->lookup(tlsaName(name), RrType::TLSA)};
    onResult(allResults(lookups), resolver, [=](const QList<DnssecLookup> &done) {
        DaneHost host;
        host.host = name;
        host.preference = preference;
        host.a = done.value(0);
        host.aaaa = done.value(1);
        host.tlsa = done.value(2);
        for (const Dns::ResourceRecord &rr : host.tlsa.shown().records) {
            if (const auto record = TlsaRecord::fromRecord(rr))
                host.records << *record;
            else
                host.invalidRecords << rr.rdata.join(u' ');
        }
        // RFC 7672 §3.2.3: the MX host name, and the name its address lookup ended at.
        QStringList referenceNames{name};
        for (const Dns::ResourceRecord &rr : host.a.lookup.records + host.aaaa.lookup.records) {
            if (!referenceNames.contains(rr.owner))
                referenceNames << rr.owner;
        }
        QList<SmtpEndpoint> endpoints;
        if (!host.records.isEmpty()) {
            for (const Dns::ResourceRecord &rr :
                 host.a.shown().records + host.aaaa.shown().records) {
                const QHostAddress address(rr.rdata.value(0));
                if (!address.isNull() && endpoints.size() < MaxDaneAddresses)
                    endpoints << SmtpEndpoint{name, address, options.transport.ports.map(25)};
            }
        }
        QList<QFuture<SmtpTlsAttempt>> attempts;
        for (const SmtpEndpoint &endpoint : endpoints)
            attempts << attemptStartTls(endpoint,
                                        TlsClientOptions{name},
                                        options.transport.heloName,
                                        options.transport.timeoutMs);
        onResult(allResults(attempts),
                 resolver,
                 [=, host = std::move(host)](const QList<SmtpTlsAttempt> &tried) mutable {
                     for (qsizetype i = 0; i < endpoints.size(); ++i)
                         host.addresses
                             << matched(endpoints.at(i), tried.value(i), host, referenceNames);
                     host.findings = hostFindings(host, options, QDateTime::currentDateTimeUtc());
                     fulfil(promise, host);
                 });
    });
    return promise->future();
}
} // namespace

QFuture<DaneReport>
checkDane(Dns::DnssecResolver *resolver, const QString &domain, const DaneOptions &options)
{
    auto promise = started<DaneReport>();
    onResult(resolver->lookup(domain, RrType::MX), resolver, [=](const DnssecLookup &mx) {
        DaneReport report{domain, mx, {}, domainFindings(domain, mx)};
        QList<QFuture<DaneHost>> hosts;
        const Dns::LookupResult &shown = mx.shown();
        if (shown.status == Dns::LookupStatus::NoData) {
            hosts << checkHost(resolver, domain, 0, options); // implicit MX, RFC 5321 §5.1
        } else {
            QList<Dns::ResourceRecord> records = shown.records;
            std::stable_sort(records.begin(), records.end(), [](const auto &x, const auto &y) {
                return x.mxPreference() < y.mxPreference();
            });
            for (const Dns::ResourceRecord &rr : records) {
                // The null MX (RFC 7505) has no host; the rest are capped.
                if (!rr.mxExchange().isEmpty() && hosts.size() < MaxDaneHosts)
                    hosts << checkHost(resolver, rr.mxExchange(), rr.mxPreference(), options);
            }
        }
        onResult(allResults(hosts),
                 resolver,
                 [promise, report = std::move(report)](const QList<DaneHost> &done) mutable {
                     report.hosts = done;
                     for (const DaneHost &host : done)
                         report.findings << host.findings;
                     fulfil(promise, report);
                 });
    });
    return promise->future();
}

} // namespace Sceau::Transport
