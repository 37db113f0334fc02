#include "model/audit/reportfacts.h"

#include "model/audit/tr.h"
#include "model/dkim/keyrecord.h"
#include "model/dmarc/dmarcrecord.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Sceau::Audit {

namespace {

// A lookup of name and type failed: its dns.lookup-failed finding names them (args 0 and 1,
// Dns::lookupFailedFinding).
bool lookupFailed(const QList<Finding> &findings, const QString &name, const QString &type)
{
    return std::any_of(findings.cbegin(), findings.cend(), [&](const Finding &f) {
        return f.id == "dns.lookup-failed"_L1 && f.args.size() >= 2
               && f.args.at(0).compare(name, Qt::CaseInsensitive) == 0 && f.args.at(1) == type;
    });
}

// A selector's key is revoked when its one key record has an empty p= (RFC 6376 §3.6.1).
bool revoked(const QStringList &records)
{
    if (records.size() != 1)
        return false;
    const auto key = Dkim::KeyRecord::parse(records.first().toUtf8());
    return key && key->isRevoked();
}

DkimFacts dkimFacts(const QString &domain,
                    const QString &selector,
                    const QStringList &records,
                    const QList<Finding> &findings)
{
    const bool known
        = !lookupFailed(findings, u"%1._domainkey.%2"_s.arg(selector, domain), u"TXT"_s);
    return {selector, records, known, known && revoked(records)};
}

// A host offers STARTTLS when every tested address does (RFC 3207); unknown when none was
// tested.
std::optional<bool> hostStartTls(const QList<std::optional<bool>> &addresses)
{
    std::optional<bool> offered;
    for (const auto &address : addresses) {
        if (address)
            offered = offered.value_or(true) && *address;
    }
    return offered;
}

// The policy that applies to the domain itself: p=, or sp= when the record was found at an
// ancestor (RFC 9989 §4.10.1).
QString appliedPolicy(const QString &policy, const QString &subdomainPolicy, bool inherited)
{
    return inherited ? subdomainPolicy : policy;
}

void setMxStartTls(QList<MxFacts> &mx, const QString &exchange, std::optional<bool> startTls)
{
    for (MxFacts &host : mx) {
        if (host.exchange == exchange)
            host.startTls = startTls;
    }
}

Error invalid()
{
    return Error{ErrorCode::InvalidInput, Tr::tr("the saved report is not one Sceau can read")};
}

} // namespace

ReportFacts factsOf(const AuditReport &report)
{
    ReportFacts facts;
    facts.domain = report.domain;
    facts.score = report.score();
    facts.complete = report.complete();
    facts.spfKnown = !lookupFailed(report.findings, report.domain, u"TXT"_s);
    facts.spfRecords = report.spfRecords;
    if (report.dmarc && report.dmarc->discovery.policyDetermined()) {
        const Dmarc::Discovery &discovery = report.dmarc->discovery;
        const Dmarc::WalkStep *step = discovery.policy();
        facts.dmarcPolicy
            = step ? appliedPolicy(Dmarc::policyToken(step->record->effective.policy),
                                   Dmarc::policyToken(step->record->effective.subdomainPolicy),
                                   discovery.inherited())
                   : QString();
    }
    facts.mxKnown = !lookupFailed(report.findings, report.domain, u"MX"_s);
    for (const MxHost &host : report.mx)
        facts.mx << MxFacts{host.preference, host.exchange, std::nullopt};
    if (report.transport) {
        for (const Transport::MxTransport &host : report.transport->hosts) {
            QList<std::optional<bool>> addresses;
            for (const Transport::AddressProbe &address : host.probe.addresses)
                addresses << address.attempt.offeredStartTls();
            setMxStartTls(facts.mx, host.exchange, hostStartTls(addresses));
        }
    }
    for (const DkimSelector &selector : report.dkim)
        facts.dkim << dkimFacts(
            report.domain, selector.selector, selector.records, report.findings);
    facts.findings = report.findings;
    return facts;
}

namespace {

Result<QStringList> strings(const QJsonValue &value)
{
    const QJsonArray array = value.toArray();
    if (array.size() > MaxFactsItems)
        return invalid();
    QStringList list;
    for (const QJsonValue &item : array)
        list << item.toString();
    return list;
}

} // namespace

Result<ReportFacts> factsFromJson(const QJsonObject &json)
{
    ReportFacts facts;
    facts.domain = json.value("domain"_L1).toString();
    const QJsonValue score = json.value("score"_L1);
    if (facts.domain.isEmpty() || !(score.isDouble() || score.isNull()))
        return invalid();
    if (score.isDouble())
        facts.score = score.toInt();
    facts.complete = json.value("complete"_L1).toBool();
    const QJsonArray findings = json.value("findings"_L1).toArray();
    if (findings.size() > MaxFactsFindings)
        return invalid();
    for (const QJsonValue &value : findings) {
        const QJsonObject f = value.toObject();
        const auto severity = Severities.value(f.value("severity"_L1).toString());
        const auto args = strings(f.value("args"_L1));
        if (!severity || !args)
            return invalid();
        facts.findings << Finding{
            f.value("id"_L1).toString(), *severity, *args, f.value("rfc"_L1).toString()};
    }
    facts.spfKnown = !lookupFailed(facts.findings, facts.domain, u"TXT"_s);
    const auto spf = strings(json.value("spf"_L1).toObject().value("records"_L1));
    if (!spf)
        return invalid();
    facts.spfRecords = *spf;
    const QJsonObject dmarc = json.value("dmarc"_L1).toObject();
    if (dmarc.value("policy_determined"_L1).toBool()) {
        const QJsonObject effective
            = dmarc.value("record"_L1).toObject().value("effective"_L1).toObject();
        facts.dmarcPolicy = appliedPolicy(effective.value("policy"_L1).toString(),
                                          effective.value("subdomain_policy"_L1).toString(),
                                          dmarc.value("inherited"_L1).toBool());
    }
    facts.mxKnown = !lookupFailed(facts.findings, facts.domain, u"MX"_s);
    const QJsonArray mx = json.value("mx"_L1).toArray();
    if (mx.size() > MaxFactsItems)
        return invalid();
    for (const QJsonValue &value : mx) {
        const QJsonObject host = value.toObject();
        facts.mx << MxFacts{host.value("preference"_L1).toInt(),
                            host.value("exchange"_L1).toString(),
                            std::nullopt};
    }
    const QJsonArray hosts = json.value("transport"_L1).toObject().value("hosts"_L1).toArray();
    if (hosts.size() > MaxFactsItems)
        return invalid();
    for (const QJsonValue &value : hosts) {
        const QJsonObject host = value.toObject();
        const QJsonArray addresses = host.value("addresses"_L1).toArray();
        if (addresses.size() > MaxFactsItems)
            return invalid();
        QList<std::optional<bool>> offered;
        for (const QJsonValue &address : addresses) {
            const QJsonValue startTls = address.toObject().value("starttls"_L1);
            offered << (startTls.isBool() ? std::optional<bool>(startTls.toBool()) : std::nullopt);
        }
        setMxStartTls(facts.mx, host.value("exchange"_L1).toString(), hostStartTls(offered));
    }
    const QJsonArray dkim = json.value("dkim"_L1).toArray();
    if (dkim.size() > MaxFactsItems)
        return invalid();
    for (const QJsonValue &value : dkim) {
        const QJsonObject selector = value.toObject();
        const auto records = strings(selector.value("records"_L1));
        if (!records)
            return invalid();
        facts.dkim << dkimFacts(
            facts.domain, selector.value("selector"_L1).toString(), *records, facts.findings);
    }
    return facts;
}

} // namespace Sceau::Audit
