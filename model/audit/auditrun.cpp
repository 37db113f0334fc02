#include "model/audit/auditrun.h"

#include "model/audit/mxchecks.h"
#include "model/audit/recordchecks.h"
#include "model/core/async.h"
#include "model/dkim/keycheck.h"
#include "model/dns/cachingresolver.h"
#include "model/dns/dnssecresolver.h"
#include "model/dns/textescape.h"

#include <QFutureWatcher>

#include <algorithm>

namespace Sceau::Audit {

using Dns::LookupResult;
using Dns::LookupStatus;
using Dns::RrType;

AuditRun::AuditRun(Dns::Resolver *resolver,
                   const std::optional<Dns::ResolverSettings> &dnssec,
                   AuditRequest request,
                   QObject *parent)
    : QObject(parent)
    , m_cache(new Dns::CachingResolver(resolver, this))
    , m_spfValidator(new Spf::SpfValidator(m_cache, this))
    , m_dnssec(dnssec)
    , m_request(std::move(request))
{
}

QFuture<AuditReport> AuditRun::start()
{
    m_promise.start();
    QFuture<AuditReport> future = m_promise.future();
    // Canceled by the caller: stop at once; answers still on the wire are dropped with us.
    auto *cancelWatcher = new QFutureWatcher<AuditReport>(this);
    connect(cancelWatcher, &QFutureWatcherBase::canceled, this, &AuditRun::stop);
    cancelWatcher->setFuture(future);
    m_request.selectors.removeDuplicates();
    const QString &domain = m_request.domain;
    // All first-level questions go out at once; MX answers add the address questions.
    ask(domain, RrType::TXT, &AuditRun::spfAnswered);
    checkDmarc();
    ask(domain, RrType::MX, &AuditRun::mxAnswered);
    for (const QString &selector : std::as_const(m_request.selectors))
        ask(QStringLiteral("%1._domainkey.%2").arg(selector, domain),
            RrType::TXT,
            &AuditRun::dkimAnswered);
    if (m_request.selectors.isEmpty())
        discoverDkim();
    if (m_request.transport) { // the transport area: MX servers, MTA-STS, TLS-RPT, DANE
        probeTransport();
        checkMtaSts();
        checkTlsRpt();
        checkDane();
    }
    // A source may answer at once (zone file, cache): only now may the last answer finish.
    m_allAsked = true;
    finishWhenAnswered();
    return future;
}

void AuditRun::stepStarted()
{
    ++m_asked;
    m_promise.setProgressRange(0, m_asked);
}

void AuditRun::stepDone()
{
    ++m_answered;
    m_promise.setProgressValue(m_answered);
    finishWhenAnswered();
}

void AuditRun::ask(const QString &name, RrType type, Handler handler)
{
    ++m_lookups;
    stepStarted();
    onResult(m_cache->lookup(name, type), this, [this, handler](const LookupResult &result) {
        answered(result, handler);
    });
}

void AuditRun::answered(const LookupResult &result, Handler handler)
{
    m_failed += result.failed() ? 1 : 0;
    if (!m_promise.isCanceled())
        (this->*handler)(result);
    stepDone();
}

void AuditRun::spfAnswered(const LookupResult &result)
{
    m_spf = Spf::Publication::from(m_request.domain, result);
    if (result.failed())
        return; // dns.lookup-failed: nothing to validate
    // The include tree, its lookup count and the record's own checks (RFC 7208 §4.6.4, §5.2),
    // through the same per-audit cache.
    stepStarted();
    onResult(m_spfValidator->validate(m_spf), this, [this](const Spf::SpfValidation &validation) {
        m_spfValidation = validation;
        stepDone();
    });
}

// No selector given: the common ones are probed at once, through the same per-audit cache, as
// one step (DKIM has no way to list a domain's selectors, RFC 6376 §3.1).
void AuditRun::discoverDkim()
{
    m_probed = Dkim::commonSelectors();
    m_lookups += int(m_probed.size());
    stepStarted();
    onResult(Dkim::discoverSelectors(m_cache, this, m_request.domain, m_probed),
             this,
             [this](const Dkim::DiscoveryResult &result) {
                 m_discovery = result;
                 m_failed += int(result.failed.size());
                 stepDone();
             });
}

// The DMARC policy by the RFC 9989 tree walk, its record and report destinations, through the
// same per-audit cache, as one step.
void AuditRun::checkDmarc()
{
    stepStarted();
    onResult(
        Dmarc::checkDmarc(m_cache, m_request.domain), this, [this](const Dmarc::DmarcCheck &check) {
            m_dmarc = check;
            stepDone();
        });
}

// Every MX host's STARTTLS, through the same per-audit cache (the MX and address lookups are
// asked once for both), as one step.
void AuditRun::probeTransport()
{
    stepStarted();
    m_transportProbe = Transport::probeDomain(m_cache, m_request.domain, *m_request.transport);
    onResult(m_transportProbe, this, [this](const Transport::DomainTransport &transport) {
        m_transport = transport;
        stepDone();
    });
}

// The domain's MTA-STS record and policy (RFC 8461), through the same cache, as one step.
void AuditRun::checkMtaSts()
{
    stepStarted();
    onResult(Transport::checkMtaSts(m_cache, m_request.domain, *m_request.transport),
             this,
             [this](const Transport::MtaStsCheck &check) {
                 m_mtaSts = check;
                 stepDone();
             });
}

// The domain's TLS-RPT record (RFC 8460 §3), through the same cache, as one step.
void AuditRun::checkTlsRpt()
{
    stepStarted();
    onResult(Transport::checkTlsRpt(m_cache, m_request.domain),
             this,
             [this](const Transport::TlsRptCheck &check) {
                 m_tlsRpt = check;
                 stepDone();
             });
}

// DANE for the MX (RFC 7672) as one step: its lookups need DNSSEC, so they go to the live
// validating resolvers (a resolver of this run), never the per-audit cache or a zone file.
void AuditRun::checkDane()
{
    if (!m_dnssec || !m_request.dane)
        return;
    stepStarted();
    auto *resolver = new Dns::DnssecResolver(*m_dnssec, this);
    Transport::DaneOptions options;
    options.transport = *m_request.transport;
    m_daneCheck = Transport::checkDane(resolver, m_request.domain, options);
    onResult(m_daneCheck, this, [this](const Transport::DaneReport &report) {
        m_dane = report;
        stepDone();
    });
}

// The transport findings, each once (the MX and address lookups are shared with the audit's
// own): every MX server's, the MTA-STS check's, and what the policy says of the servers probed
// — MX certificates not valid for the policy (RFC 8461 §4.2) and plaintext-only MX under a
// policy (§5), each server under one of the two.
QList<Finding> AuditRun::transportFindings() const
{
    QList<Finding> findings;
    if (m_tlsRpt)
        findings << m_tlsRpt->findings;
    if (m_transport)
        findings << m_transport->findings;
    if (m_dane)
        findings << m_dane->findings;
    if (m_mtaSts) {
        findings << m_mtaSts->findings;
        if (m_transport && m_mtaSts->policy) {
            QList<Transport::MxCertificate> certificates;
            for (const Transport::MxTransport &host : std::as_const(m_transport->hosts)) {
                for (const Transport::AddressProbe &address : host.probe.addresses) {
                    // Untested: no verdict on it. No STARTTLS: tls.sts-plaintext-mx says it.
                    if (!address.attempt.couldNotTest()
                        && address.attempt.outcome
                               != Transport::SmtpTlsAttempt::Outcome::NoStartTls)
                        certificates
                            << Transport::MxCertificate{host.exchange, address.certificate};
                }
            }
            findings << Transport::mtaStsMxCertificateFindings(*m_mtaSts->policy, certificates);
            findings << Transport::stsDowngradeFindings(*m_transport, m_mtaSts->policy->mode);
        }
    }
    return findings;
}

void AuditRun::stop()
{
    if (m_finished)
        return;
    m_finished = true;
    m_transportProbe.cancel(); // starts no further probe
    m_daneCheck.cancel();
    m_promise.finish();
    deleteLater();
}

void AuditRun::finishWhenAnswered()
{
    if (!m_allAsked || m_answered < m_asked || m_finished)
        return;
    m_finished = true;
    if (!m_promise.isCanceled())
        m_promise.addResult(report());
    m_promise.finish();
    deleteLater();
}

void AuditRun::mxAnswered(const LookupResult &result)
{
    m_mx = result;
    // The A and AAAA of every exchange, awaited together as one step.
    QList<QFuture<LookupResult>> lookups;
    for (const Dns::ResourceRecord &record : result.records) {
        const QString exchange = record.mxExchange();
        if (exchange.isEmpty() || Checks::exchangeIsAddress(exchange))
            continue; // null MX (RFC 7505), or an address where a name belongs: nothing to resolve
        lookups << m_cache->lookup(exchange, RrType::A) << m_cache->lookup(exchange, RrType::AAAA);
    }
    if (lookups.isEmpty())
        return;
    m_lookups += int(lookups.size());
    stepStarted();
    onResult(allResults(lookups), this, [this](const QList<LookupResult> &addresses) {
        m_addresses = addresses;
        m_failed += int(std::count_if(addresses.cbegin(), addresses.cend(), [](const auto &a) {
            return Dns::isFailure(a.status);
        }));
        stepDone();
    });
}

// NXDOMAIN says the name has no records of any type (RFC 2308 §2.1): the domain does not
// exist when one of its own lookups says so and none answered. A failed lookup says nothing.
static bool domainNotFound(LookupStatus txt, LookupStatus mx)
{
    const auto answered
        = [](LookupStatus s) { return s == LookupStatus::Answer || s == LookupStatus::NoData; };
    return (txt == LookupStatus::NxDomain || mx == LookupStatus::NxDomain) && !answered(txt)
           && !answered(mx);
}

AuditReport AuditRun::report() const
{
    AuditReport report;
    report.domain = m_request.domain;
    report.transport = m_transport;
    report.mtaSts = m_mtaSts;
    report.tlsRpt = m_tlsRpt;
    report.dane = m_dane;
    report.lookups = m_lookups;
    report.failedLookups = m_failed;
    if (m_dmarc) { // the lookups of the DMARC walk and its report destinations count too
        report.lookups += m_dmarc->queries();
        report.failedLookups += m_dmarc->failedQueries();
        report.dmarc = m_dmarc;
        const auto &steps = m_dmarc->discovery.steps;
        if (!steps.isEmpty()) {
            for (const QByteArray &record : steps.first().records)
                report.dmarcRecords << Dns::escapeText(record);
        }
    }
    if (m_spfValidation) { // the lookups of the SPF tree count too (DESIGN.md §2)
        report.lookups += m_spfValidation->queries;
        report.failedLookups += int(m_spfValidation->failures.size());
    }

    // A domain that does not exist has no SPF, DMARC or MX to speak of: say that once.
    report.domainNotFound = domainNotFound(m_spf.txt.status, m_mx.status);
    if (report.domainNotFound) {
        report.findings << Finding{QStringLiteral("domain.not-found"),
                                   Severity::Error,
                                   {m_request.domain},
                                   QStringLiteral("RFC 2308 §2.1")};
    } else {
        const QList<Finding> presence = Checks::spf(m_spf, &report.spfRecords);
        if (m_spfValidation) {
            // The validator reports missing and multiple records itself, with everything else.
            for (const Finding &finding : presence) {
                if (finding.severity == Severity::Ok)
                    report.findings << finding;
            }
            report.findings << m_spfValidation->findings;
            if (m_spfValidation->tree) {
                report.spfLookups = m_spfValidation->lookups;
                report.spfTree = m_spfValidation->tree;
            }
        } else {
            report.findings << presence;
        }
        if (m_dmarc) { // a lookup shared with the other checks fails once
            for (const Finding &finding : std::as_const(m_dmarc->findings)) {
                if (!report.findings.contains(finding))
                    report.findings << finding;
            }
        }
        report.findings << Checks::mx(m_mx, m_addresses, &report.mx);
        // The MX and address lookups are shared: a failure is reported once.
        for (const Finding &finding : transportFindings()) {
            if (!report.findings.contains(finding))
                report.findings << finding;
        }
    }
    dkimInto(report);
    report.assessment = assess(report);
    return report;
}

// The given selectors' keys, each (a missing one is dkim.selector-missing); or, after
// discovery, the keys found and the selectors whose lookup failed (unknown, never absent).
void AuditRun::dkimInto(AuditReport &report) const
{
    report.dkimDiscovered = m_request.selectors.isEmpty();
    if (report.dkimDiscovered) {
        report.dkimSelectorsProbed = m_probed;
        if (!m_discovery)
            return;
        report.dkimSelectorsFailed = m_discovery->failed;
        for (const Dkim::KeyCheckReport &check : m_discovery->found) {
            report.findings << check.findings;
            report.dkim << DkimSelector{check.selector, check.records, check.record, check.keyBits};
        }
        return;
    }
    report.dkimSelectorsProbed = m_request.selectors;
    for (const QString &selector : std::as_const(m_request.selectors)) {
        const QString name = QStringLiteral("%1._domainkey.%2").arg(selector, m_request.domain);
        for (const LookupResult &lookup : std::as_const(m_dkim)) {
            if (lookup.name != name)
                continue;
            DkimSelector found{selector, {}, std::nullopt, 0};
            if (lookup.failed()) {
                report.findings << Checks::lookupFailed(lookup);
            } else {
                // The published key itself: syntax, type and size, revocation (RFC 6376 §3.6.1).
                const Dkim::KeyCheckReport check
                    = Dkim::checkKeyLookup(m_request.domain, selector, lookup);
                report.findings << check.findings;
                found.records = check.records;
                found.key = check.record;
                found.keyBits = check.keyBits;
            }
            report.dkim << found;
        }
    }
}

} // namespace Sceau::Audit
