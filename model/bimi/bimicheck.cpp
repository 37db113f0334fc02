#include "model/bimi/bimicheck.h"

#include "model/core/async.h"
#include "model/dns/lookupfinding.h"
#include "model/dns/resolver.h"

#include <QPointer>
#include <QPromise>
#include <QUrl>

#include <algorithm>
#include <memory>

namespace Sceau::Bimi {

namespace {
using Outcome = Transport::HttpsFetch::Outcome;
const QString Spec = QStringLiteral("draft-brand-indicators-for-message-identification");

Finding make(const char *id, Severity severity, const QStringList &args = {})
{
    return Finding{QString::fromLatin1(id), severity, args, Spec};
}

void recordFindings(BimiCheck &check)
{
    const BimiLookup &lookup = check.lookup;
    switch (lookup.state) {
    case BimiLookup::State::CouldNotCheck:
        for (const Dns::LookupResult &answer : lookup.lookups) {
            if (answer.failed())
                check.findings << Dns::lookupFailedFinding(answer);
        }
        return;
    case BimiLookup::State::None:
        check.findings << make("bimi.no-record", Severity::Info, {lookup.name});
        return;
    case BimiLookup::State::Multiple:
        check.findings << make("bimi.multiple-records",
                               Severity::Error,
                               {lookup.name, QString::fromUtf8(lookup.record.text)});
        return;
    case BimiLookup::State::Found:
        break;
    }
    if (lookup.record.state == Transport::RecordState::Invalid) {
        check.findings << make("bimi.invalid-record",
                               Severity::Error,
                               {QString::fromUtf8(lookup.record.text), lookup.record.error});
        return;
    }
    const BimiRecord &record = lookup.record.record;
    check.findings << make("bimi.record-valid", Severity::Ok, {lookup.name});
    if (record.declined()) {
        check.findings << make("bimi.declined", Severity::Info, {lookup.name});
        return;
    }
    if (record.location.isEmpty())
        check.findings << make("bimi.no-logo", Severity::Error);
    if (record.authority.isEmpty())
        check.findings << make("bimi.no-certificate", Severity::Warning);
    for (const QString &tag : record.unknownTags)
        check.findings << make("bimi.unknown-tag", Severity::Info, {tag});
}

// One fetch's outcome as findings: nothing when fetched; could not check when nothing was
// learned; an error otherwise.
void fetchFindings(const Transport::HttpsFetch &fetch, BimiCheck &check)
{
    if (fetch.outcome == Outcome::Fetched)
        return;
    const QString outcome = Transport::HttpsFetchOutcomes.token(fetch.outcome);
    if (fetch.couldNotFetch())
        check.findings << make(
            "bimi.fetch-failed", Severity::Warning, {fetch.url, outcome, fetch.detail});
    else
        check.findings << make(
            "bimi.fetch-error",
            Severity::Error,
            {fetch.url, outcome, fetch.detail, QString::number(fetch.httpStatus)});
}

struct Run
{
    QPromise<BimiCheck> promise;
    BimiCheck check;
    Transport::TransportSettings settings;
    QPointer<Dns::Resolver> resolver;
    QObject *guard = new QObject;

    void finish()
    {
        promise.addResult(check);
        promise.finish();
        guard->deleteLater();
    }
};

void fetchCertificate(const std::shared_ptr<Run> &run)
{
    const BimiRecord &record = run->check.lookup.record.record;
    const auto request = httpsRequestFor(record.authority, MaxMarkCertificateFile);
    if (!request || !run->resolver)
        return run->finish();
    onResult(Transport::fetchHttps(run->resolver, *request, run->settings),
             run->guard,
             [run](const Transport::HttpsFetch &fetch) {
                 BimiCheck &check = run->check;
                 check.certificateFetch = fetch;
                 fetchFindings(fetch, check);
                 if (fetch.outcome == Outcome::Fetched) {
                     MarkCertificateContext context;
                     // The certificate covers the domain whose record named it.
                     context.domain = check.lookup.fromOrgDomain ? check.request.orgDomain
                                                                 : check.request.domain;
                     if (check.logoFetch && check.logoFetch->outcome == Outcome::Fetched)
                         context.logo = check.logoFetch->body;
                     context.roots = check.request.roots;
                     check.certificate = inspectMarkCertificate(fetch.body, context);
                     check.findings << check.certificate->findings;
                 }
                 run->finish();
             });
}

void fetchLogo(const std::shared_ptr<Run> &run)
{
    const BimiRecord &record = run->check.lookup.record.record;
    const auto request = httpsRequestFor(record.location, MaxSvgInput);
    if (!request || !run->resolver)
        return fetchCertificate(run);
    onResult(Transport::fetchHttps(run->resolver, *request, run->settings),
             run->guard,
             [run](const Transport::HttpsFetch &fetch) {
                 BimiCheck &check = run->check;
                 check.logoFetch = fetch;
                 fetchFindings(fetch, check);
                 if (fetch.outcome == Outcome::Fetched) {
                     check.logo = validateSvgTinyPs(fetch.body);
                     check.findings << check.logo->plainFindings();
                 }
                 fetchCertificate(run);
             });
}
} // namespace

bool BimiCheck::incomplete() const
{
    return std::any_of(findings.cbegin(), findings.cend(), isCouldNotCheck);
}

std::optional<Transport::HttpsRequest> httpsRequestFor(const QString &url, qsizetype maxBody)
{
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.scheme() != QLatin1StringView("https")
        || parsed.host().isEmpty())
        return std::nullopt;
    Transport::HttpsRequest request;
    request.host = parsed.host(QUrl::FullyEncoded);
    request.port = quint16(parsed.port(443));
    request.path = parsed.path(QUrl::FullyEncoded);
    if (request.path.isEmpty())
        request.path = QStringLiteral("/");
    if (parsed.hasQuery())
        request.path += u'?' + parsed.query(QUrl::FullyEncoded);
    request.maxBody = maxBody;
    return request;
}

QFuture<BimiCheck> checkBimi(Dns::Resolver *resolver,
                             const BimiCheckRequest &request,
                             const Transport::TransportSettings &settings)
{
    auto run = std::make_shared<Run>();
    run->promise.start();
    run->check.request = request;
    run->settings = settings;
    run->resolver = resolver;
    QFuture<BimiCheck> future = run->promise.future();
    onResult(lookupBimiRecord(resolver, request.domain, request.orgDomain, request.selector),
             run->guard,
             [run](const BimiLookup &lookup) {
                 BimiCheck &check = run->check;
                 check.lookup = lookup;
                 check.prerequisite = evaluateDmarcPrerequisite(check.request.domain,
                                                                check.request.authorDmarc,
                                                                check.request.orgDomain,
                                                                check.request.orgDmarc);
                 recordFindings(check);
                 check.findings << check.prerequisite.findings;
                 const bool usable = lookup.state == BimiLookup::State::Found
                                     && lookup.record.state == Transport::RecordState::Valid
                                     && !lookup.record.record.declined();
                 if (!usable)
                     return run->finish();
                 fetchLogo(run);
             });
    return future;
}

} // namespace Sceau::Bimi
