#include "model/dmarc/dmarccheck.h"

#include "model/core/async.h"
#include "model/core/domainname.h"
#include "model/dmarc/dmarcfindings.h"
#include "model/dns/lookupfinding.h"
#include "model/dns/resolver.h"
#include "model/dns/textescape.h"

#include <QPointer>
#include <QPromise>

#include <algorithm>

namespace Sceau::Dmarc {

namespace {

const QString RfcWalk = QStringLiteral("RFC 9989 §4.10");
const QString RfcTags = QStringLiteral("RFC 9989 §4.7");
const QString RfcExternal = QStringLiteral("RFC 9990 §4 (external destinations)");

// The apex lookup and the report destinations, once the walk is done.
class CheckRun final : public QObject
{
public:
    CheckRun(Dns::Resolver *resolver, const QString &domain)
        : QObject(resolver)
        , m_resolver(resolver)
    {
        m_check.apex.name = domain;
        m_promise.start();
    }

    QFuture<DmarcCheck> start()
    {
        QFuture<DmarcCheck> future = m_promise.future();
        m_apex = m_resolver->lookup(m_check.apex.name, Dns::RrType::TXT);
        onResult(discover(m_resolver, m_check.apex.name), this, [this](const Discovery &d) {
            m_check.discovery = d;
            lookUpDestinations();
        });
        return future;
    }

private:
    void lookUpDestinations()
    {
        QList<QFuture<Dns::LookupResult>> lookups{m_apex};
        if (const WalkStep *policy = m_check.discovery.policy()) {
            const QString policyDomain = policy->domain;
            const auto add = [&](const QString &tag, const QStringList &uris) {
                for (const QString &uri : uris) {
                    ReportDestination destination;
                    destination.tag = tag;
                    destination.uri = uri;
                    destination.host = reportHost(uri);
                    destination.external = isExternalHost(
                        destination.host, policyDomain, m_check.discovery.orgDomain);
                    lookups << m_resolver->lookup(destination.host, Dns::RrType::MX);
                    if (destination.external) {
                        destination.authorisationName
                            = authorisationName(policyDomain, destination.host);
                        lookups << m_resolver->lookup(destination.authorisationName,
                                                      Dns::RrType::TXT);
                    }
                    m_check.destinations << destination;
                }
            };
            add(QStringLiteral("rua"), policy->record->rua);
            add(QStringLiteral("ruf"), policy->record->ruf);
        }
        onResult(allResults(lookups), this, [this](const QList<Dns::LookupResult> &results) {
            qsizetype at = 0;
            m_check.apex = results.at(at++);
            for (ReportDestination &destination : m_check.destinations) {
                destination.mx = results.at(at++);
                if (destination.external)
                    destination.authorisation = results.at(at++);
            }
            m_check.findings = checkFindings(m_check);
            m_promise.addResult(m_check);
            m_promise.finish();
            deleteLater();
        });
    }

    QPointer<Dns::Resolver> m_resolver;
    QFuture<Dns::LookupResult> m_apex;
    DmarcCheck m_check;
    QPromise<DmarcCheck> m_promise;
};

QString recordName(const QString &domain)
{
    return QStringLiteral("_dmarc.") + domain;
}

QList<Finding> destinationFindings(const ReportDestination &destination)
{
    QList<Finding> findings;
    if (destination.mx.failed())
        findings << Dns::lookupFailedFinding(destination.mx);
    else if (destination.mx.status != Dns::LookupStatus::Answer) // NODATA, NXDOMAIN: no MX
        findings << Finding{FindingId::ReportHostNoMx,
                            Severity::Warning,
                            {destination.tag, destination.host},
                            QStringLiteral("RFC 9990 §3.5")};
    if (!destination.external)
        return findings;
    if (destination.authorisation.failed())
        findings << Dns::lookupFailedFinding(destination.authorisation);
    else
        findings << Finding{
            hasDmarcRecord(destination.authorisation) ? FindingId::ReportAuthorised
                                                      : FindingId::ReportNotAuthorised,
            hasDmarcRecord(destination.authorisation) ? Severity::Ok : Severity::Warning,
            {destination.tag, destination.host, destination.authorisationName},
            RfcExternal};
    return findings;
}

} // namespace

int DmarcCheck::queries() const
{
    int count = int(discovery.steps.size()) + 1;
    for (const ReportDestination &destination : destinations)
        count += destination.external ? 2 : 1;
    return count;
}

int DmarcCheck::failedQueries() const
{
    int count = discovery.complete() ? 0 : 1;
    count += apex.failed() ? 1 : 0;
    for (const ReportDestination &destination : destinations)
        count += (destination.mx.failed() ? 1 : 0)
                 + (destination.external && destination.authorisation.failed() ? 1 : 0);
    return count;
}

bool DmarcCheck::incomplete() const
{
    return std::any_of(findings.cbegin(), findings.cend(), isCouldNotCheck);
}

bool isExternalHost(const QString &host, const QString &policyDomain, const QString &orgDomain)
{
    const QString organisation = orgDomain.isEmpty() ? policyDomain : orgDomain;
    return !DomainName::isSubdomainOf(host, organisation);
}

QString authorisationName(const QString &policyDomain, const QString &host)
{
    return QStringLiteral("%1._report._dmarc.%2").arg(policyDomain, host);
}

bool hasDmarcRecord(const Dns::LookupResult &txt)
{
    if (txt.status != Dns::LookupStatus::Answer)
        return false;
    return std::any_of(txt.records.cbegin(), txt.records.cend(), [](const auto &record) {
        return isDmarcRecord(record.txtJoined());
    });
}

QList<Finding> recordFindings(const Record &record, const QString &policyDomain)
{
    QList<Finding> findings = record.findings;
    if (!record.valid)
        return findings;
    const EffectivePolicy &p = record.effective;
    if (p.policy == Policy::None)
        findings << Finding{FindingId::PolicyNone, Severity::Warning, {policyDomain}, RfcTags};
    if (p.testMode)
        findings << Finding{FindingId::TestMode, Severity::Warning, {policyDomain}, RfcTags};
    if (p.subdomainPolicy < p.policy)
        findings << Finding{FindingId::SubdomainWeaker,
                            Severity::Warning,
                            {policyToken(p.subdomainPolicy), policyToken(p.policy)},
                            RfcTags};
    if (record.tag(QStringLiteral("np")) && p.nonExistentPolicy < p.policy) // else it follows sp
        findings << Finding{FindingId::NonExistentWeaker,
                            Severity::Warning,
                            {policyToken(p.nonExistentPolicy), policyToken(p.policy)},
                            RfcTags};
    if (record.rua.isEmpty())
        findings << Finding{FindingId::NoRua, Severity::Warning, {policyDomain}, RfcTags};
    return findings;
}

QList<Finding> checkFindings(const DmarcCheck &check)
{
    QList<Finding> findings;
    const Discovery &d = check.discovery;
    if (const Dns::LookupResult *failure = d.failure())
        findings << Dns::lookupFailedFinding(*failure); // could not determine
    if (!d.steps.isEmpty() && !d.steps.first().lookup.failed()) {
        const WalkStep &own = d.steps.first();
        if (own.records.size() > 1)
            findings << Finding{FindingId::Multiple,
                                Severity::Error,
                                {recordName(d.domain), QString::number(own.records.size())},
                                RfcWalk};
        else if (own.record && !own.record->valid)
            findings << Finding{FindingId::Invalid,
                                Severity::Error,
                                {recordName(d.domain), Dns::escapeText(own.record->raw)},
                                RfcTags}
                     << own.record->findings;
    }
    if (const WalkStep *policy = d.policy()) {
        if (d.inherited())
            findings << Finding{
                FindingId::Inherited, Severity::Info, {d.domain, policy->domain}, RfcWalk};
        findings << Finding{FindingId::Present,
                            Severity::Ok,
                            {recordName(policy->domain), Dns::escapeText(policy->record->raw)},
                            RfcWalk};
        findings << recordFindings(*policy->record, policy->domain);
        for (const ReportDestination &destination : check.destinations)
            findings << destinationFindings(destination);
        // Gmail and Yahoo (2024), Outlook (2025): bulk senders need a DMARC policy (p=none is
        // enough) for their From domain, and SPF or DKIM aligned — the latter is a property of
        // the mail, not of the DNS (see `dmarc align` and the aggregate reports).
        findings << Finding{FindingId::BulkSender,
                            Severity::Ok,
                            {d.domain, policyToken(policy->record->effective.policy)},
                            QStringLiteral("Gmail/Yahoo 2024, Outlook 2025")};
    } else if (d.complete() && !d.steps.isEmpty() && d.steps.first().records.isEmpty()) {
        findings << Finding{FindingId::Missing, Severity::Error, {recordName(d.domain)}, RfcWalk};
    }
    if (check.apex.failed())
        findings << Dns::lookupFailedFinding(check.apex);
    else if (hasDmarcRecord(check.apex)) // a DMARC record at the apex: receivers never look there
        findings << Finding{
            FindingId::ApexRecord, Severity::Warning, {d.domain, recordName(d.domain)}, RfcWalk};
    return findings;
}

QFuture<DmarcCheck> checkDmarc(Dns::Resolver *resolver, const QString &domain)
{
    return (new CheckRun(resolver, domain))->start();
}

} // namespace Sceau::Dmarc
