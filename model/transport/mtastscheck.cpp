#include "model/transport/mtastscheck.h"

#include "model/core/async.h"
#include "model/dns/lookupfinding.h"
#include "model/dns/resolver.h"
#include "model/transport/mtastsfindings.h"

#include <QPointer>
#include <QPromise>

#include <algorithm>
#include <memory>

namespace Sceau::Transport {

namespace {
using State = MtaStsRecordSelection::State;

Finding make(const QString &id, Severity severity, QStringList args, const char *rfc)
{
    return Finding{id, severity, std::move(args), QString::fromUtf8(rfc)};
}

// A policy that is not honoured: an error when it enforces, a warning while it tests.
Severity policySeverity(const MtaStsPolicy &policy)
{
    return policy.mode == MtaStsMode::Enforce ? Severity::Error : Severity::Warning;
}

void recordFindings(MtaStsCheck &check)
{
    if (check.recordLookup.failed()) {
        check.findings << Dns::lookupFailedFinding(check.recordLookup);
        return;
    }
    switch (check.record.state) {
    case State::Absent:
        check.findings << make(
            MtaStsId::NoRecord, Severity::Warning, {check.domain}, "RFC 8461 §3.1");
        break;
    case State::Multiple:
        check.findings << make(MtaStsId::MultipleRecords,
                               Severity::Error,
                               {check.domain, QString::fromUtf8(check.record.text)},
                               "RFC 8461 §3.1");
        break;
    case State::Invalid:
        check.findings << make(MtaStsId::InvalidRecord,
                               Severity::Error,
                               {QString::fromUtf8(check.record.text), check.record.error},
                               "RFC 8461 §3.1");
        break;
    case State::Valid:
        break;
    }
}

void fetchFindings(MtaStsCheck &check)
{
    using O = MtaStsFetch::Outcome;
    const MtaStsFetch &fetch = *check.fetch;
    for (const Dns::LookupResult &lookup : fetch.lookups) {
        if (lookup.failed() && fetch.outcome == O::LookupFailed)
            check.findings << Dns::lookupFailedFinding(lookup);
    }
    const QString detail = fetch.detail;
    switch (fetch.outcome) {
    case O::Fetched:
        return;
    case O::LookupFailed:
    case O::ConnectFailed:
        check.findings << make(
            MtaStsId::PolicyUnreachable, Severity::Warning, {fetch.url, detail}, "RFC 8461 §3.3");
        return;
    case O::NoAddress:
        check.findings << make(
            MtaStsId::NoPolicyHost, Severity::Error, {fetch.host}, "RFC 8461 §3.3");
        return;
    case O::TlsFailed:
        check.findings << make(
            MtaStsId::PolicyTls, Severity::Error, {fetch.url, detail}, "RFC 8461 §3.3");
        return;
    case O::CertificateInvalid:
        check.findings << make(
            MtaStsId::PolicyCertificate, Severity::Error, {fetch.host, detail}, "RFC 8461 §3.3");
        return;
    case O::Redirected:
        check.findings << make(MtaStsId::PolicyRedirect,
                               Severity::Error,
                               {fetch.url, fetch.location},
                               "RFC 8461 §3.3");
        return;
    case O::HttpError:
        check.findings << make(MtaStsId::PolicyHttpStatus,
                               Severity::Error,
                               {fetch.url, QString::number(fetch.httpStatus)},
                               "RFC 8461 §3.3");
        return;
    case O::WrongContentType:
        check.findings << make(MtaStsId::PolicyContentType,
                               Severity::Error,
                               {fetch.url, fetch.contentType},
                               "RFC 8461 §3.2");
        return;
    case O::TooLarge:
        check.findings << make(MtaStsId::PolicyTooLarge,
                               Severity::Error,
                               {fetch.url, QString::number(MaxMtaStsPolicySize)},
                               "RFC 8461 §3.3");
        return;
    case O::Malformed:
        check.findings << make(
            MtaStsId::PolicyMalformed, Severity::Error, {fetch.url, detail}, "RFC 8461 §3.3");
        return;
    }
}

void policyFindings(MtaStsCheck &check)
{
    if (!check.fetch || check.fetch->outcome != MtaStsFetch::Outcome::Fetched)
        return;
    const auto policy = parseMtaStsPolicy(check.fetch->body);
    if (!policy) {
        check.policyError = policy.error().detail;
        check.findings << make(MtaStsId::PolicyInvalid,
                               Severity::Error,
                               {check.fetch->url, check.policyError},
                               "RFC 8461 §3.2");
        return;
    }
    check.policy = *policy;
    check.findings << make(MtaStsId::PolicyValid,
                           Severity::Ok,
                           {MtaStsModes.token(policy->mode), check.record.record.id},
                           "RFC 8461 §3.2");
    if (policy->mode == MtaStsMode::Testing)
        check.findings << make(MtaStsId::ModeTesting, Severity::Info, {}, "RFC 8461 §5");
    else if (policy->mode == MtaStsMode::None)
        check.findings << make(MtaStsId::ModeNone, Severity::Warning, {}, "RFC 8461 §5");
    if (policy->maxAge < ShortMaxAge)
        check.findings << make(MtaStsId::MaxAgeShort,
                               Severity::Warning,
                               {QString::number(policy->maxAge)},
                               "RFC 8461 §3.2");
    if (check.mxLookup.failed())
        check.findings << Dns::lookupFailedFinding(check.mxLookup);
    else
        check.findings << mtaStsCoverageFindings(*policy, check.mxHosts);
}

QStringList mxHostsOf(const Dns::LookupResult &lookup)
{
    QList<Dns::ResourceRecord> records = lookup.records;
    std::stable_sort(records.begin(), records.end(), [](const auto &a, const auto &b) {
        return a.mxPreference() < b.mxPreference();
    });
    QStringList hosts;
    for (const Dns::ResourceRecord &record : std::as_const(records)) {
        const QString host = record.mxExchange();
        if (!host.isEmpty() && !hosts.contains(host)) // "" is the null MX (RFC 7505)
            hosts << host;
    }
    return hosts;
}
} // namespace

bool MtaStsCheck::incomplete() const
{
    return std::any_of(findings.cbegin(), findings.cend(), isCouldNotCheck);
}

QList<Finding> mtaStsCoverageFindings(const MtaStsPolicy &policy, const QStringList &mxHosts)
{
    QList<Finding> findings;
    if (policy.mode == MtaStsMode::None)
        return findings;
    for (const QString &host : mxHosts) {
        const QString pattern = matchingPattern(host, policy.mx);
        if (pattern.isEmpty())
            findings << make(MtaStsId::MxNotCovered,
                             policySeverity(policy),
                             {host, policy.mx.join(QStringLiteral(", "))},
                             "RFC 8461 §4.1");
        else
            findings << make(MtaStsId::MxCovered, Severity::Ok, {host, pattern}, "RFC 8461 §4.1");
    }
    return findings;
}

QList<Finding> mtaStsMxCertificateFindings(const MtaStsPolicy &policy,
                                           const QList<MxCertificate> &certificates)
{
    QList<Finding> findings;
    if (policy.mode == MtaStsMode::None)
        return findings;
    for (const MxCertificate &mx : certificates) {
        if (matchingPattern(mx.host, policy.mx).isEmpty())
            continue; // mta-sts.mx-not-covered says it already
        // Args: the host, a reason token (mtastsfindings.h), and the verifier's words if any.
        QStringList why;
        if (!mx.certificate)
            why = {MxCertReason::NoCertificate};
        else if (mx.certificate->expired())
            why = {MxCertReason::Expired};
        else if (!mx.certificate->trusted)
            why = {MxCertReason::Untrusted, mx.certificate->trustError};
        else if (!mx.certificate->nameMatches)
            why = {MxCertReason::NameMismatch};
        if (why.isEmpty())
            findings << make(MtaStsId::MxCertValid, Severity::Ok, {mx.host}, "RFC 8461 §4.2");
        else
            findings << make(MtaStsId::MxCertInvalid,
                             policySeverity(policy),
                             QStringList{mx.host} + why,
                             "RFC 8461 §4.2");
    }
    return findings;
}

QFuture<MtaStsCheck>
checkMtaSts(Dns::Resolver *resolver, const QString &domain, const TransportSettings &settings)
{
    struct Run
    {
        QPromise<MtaStsCheck> promise;
        MtaStsCheck check;
        QObject *guard = new QObject;
        void finish()
        {
            policyFindings(check);
            promise.addResult(check);
            promise.finish();
            guard->deleteLater();
        }
    };
    auto run = std::make_shared<Run>();
    run->promise.start();
    run->check.domain = domain;
    QFuture<MtaStsCheck> future = run->promise.future();
    const QList<QFuture<Dns::LookupResult>> lookups{
        resolver->lookup(QStringLiteral("_mta-sts.") + domain, Dns::RrType::TXT),
        resolver->lookup(domain, Dns::RrType::MX)};
    onResult(allResults(lookups),
             run->guard,
             [run, resolver = QPointer(resolver), domain, settings](
                 const QList<Dns::LookupResult> &answers) {
                 MtaStsCheck &check = run->check;
                 check.recordLookup = answers.value(0);
                 check.mxLookup = answers.value(1);
                 QList<QByteArray> values;
                 for (const Dns::ResourceRecord &record : std::as_const(check.recordLookup.records))
                     values << record.txtJoined();
                 check.record = selectMtaStsRecord(values);
                 check.mxHosts = mxHostsOf(check.mxLookup);
                 recordFindings(check);
                 // RFC 8461 §3.3: a sender fetches only for a published STSv1 record; a failed
                 // lookup is fetched anyway, so the report says as much as it can.
                 const bool noRecord
                     = !check.recordLookup.failed() && check.record.state == State::Absent;
                 if (noRecord || !resolver)
                     return run->finish();
                 onResult(fetchMtaStsPolicy(resolver, domain, settings),
                          run->guard,
                          [run](const MtaStsFetch &fetch) {
                              run->check.fetch = fetch;
                              fetchFindings(run->check);
                              run->finish();
                          });
             });
    return future;
}

} // namespace Sceau::Transport
