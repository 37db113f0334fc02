#include "model/dmarc/dmarcjson.h"

#include "model/dns/textescape.h"

#include <QJsonArray>

namespace Sceau::Dmarc {

namespace {
QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QString modeToken(AlignmentMode mode)
{
    return mode == AlignmentMode::Strict ? QStringLiteral("strict") : QStringLiteral("relaxed");
}

QString psdToken(PsdFlag psd)
{
    switch (psd) {
    case PsdFlag::Yes:
        return QStringLiteral("y");
    case PsdFlag::No:
        return QStringLiteral("n");
    case PsdFlag::Unknown:
        break;
    }
    return QStringLiteral("u");
}

QJsonArray escaped(const QList<QByteArray> &values)
{
    QJsonArray array;
    for (const QByteArray &value : values)
        array.append(Dns::escapeText(value));
    return array;
}

QJsonObject toJson(const IdentifierAlignment &a)
{
    return {{QStringLiteral("domain"), a.domain},
            {QStringLiteral("pass"), a.pass},
            {QStringLiteral("relaxed"), a.relaxed},
            {QStringLiteral("strict"), a.strict},
            {QStringLiteral("org_domain_known"), a.known}};
}
} // namespace

QString verdictToken(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Pass:
        return QStringLiteral("pass");
    case Verdict::Fail:
        return QStringLiteral("fail");
    case Verdict::NoPolicy:
        return QStringLiteral("no-policy");
    case Verdict::Undetermined:
        break;
    }
    return QStringLiteral("undetermined");
}

QJsonObject toJson(const EffectivePolicy &policy)
{
    return {{QStringLiteral("policy"), policyToken(policy.policy)},
            {QStringLiteral("subdomain_policy"), policyToken(policy.subdomainPolicy)},
            {QStringLiteral("nonexistent_policy"), policyToken(policy.nonExistentPolicy)},
            {QStringLiteral("dkim_alignment"), modeToken(policy.dkimAlignment)},
            {QStringLiteral("spf_alignment"), modeToken(policy.spfAlignment)},
            {QStringLiteral("test_mode"), policy.testMode},
            {QStringLiteral("psd"), psdToken(policy.psd)}};
}

QJsonObject toJson(const Record &record)
{
    QJsonObject tags;
    for (const Tag &tag : record.tags) {
        if (!tags.contains(tag.name)) // a duplicate: the first as written
            tags.insert(tag.name, tag.value);
    }
    return {{QStringLiteral("record"), Dns::escapeText(record.raw)},
            {QStringLiteral("is_dmarc"), record.isDmarc},
            {QStringLiteral("valid"), record.valid},
            {QStringLiteral("tags"), tags},
            {QStringLiteral("effective"),
             record.valid ? QJsonValue(toJson(record.effective)) : QJsonValue()},
            {QStringLiteral("rua"), QJsonArray::fromStringList(record.rua)},
            {QStringLiteral("ruf"), QJsonArray::fromStringList(record.ruf)},
            {QStringLiteral("fo"), QJsonArray::fromStringList(record.failureOptions)}};
}

QJsonObject toJson(const DmarcCheck &check)
{
    const Discovery &d = check.discovery;
    QJsonArray queries;
    for (const WalkStep &step : d.steps) {
        queries.append(QJsonObject{{QStringLiteral("name"), step.lookup.name},
                                   {QStringLiteral("status"), Dns::statusToken(step.lookup.status)},
                                   {QStringLiteral("records"), escaped(step.records)}});
    }
    QJsonArray destinations;
    for (const ReportDestination &r : check.destinations) {
        QJsonObject json{{QStringLiteral("tag"), r.tag},
                         {QStringLiteral("uri"), r.uri},
                         {QStringLiteral("host"), r.host},
                         {QStringLiteral("mx"), Dns::statusToken(r.mx.status)},
                         {QStringLiteral("external"), r.external}};
        if (r.external) {
            json.insert(QStringLiteral("authorisation_name"), r.authorisationName);
            json.insert(QStringLiteral("authorised"),
                        r.authorisation.failed() ? QJsonValue() : hasDmarcRecord(r.authorisation));
        }
        destinations.append(json);
    }
    const WalkStep *policy = d.policy();
    QJsonObject json{
        {QStringLiteral("domain"), d.domain},
        {QStringLiteral("complete"), !check.incomplete()},
        {QStringLiteral("policy_determined"), d.policyDetermined()},
        {QStringLiteral("records"),
         d.steps.isEmpty() ? QJsonArray() : escaped(d.steps.first().records)},
        {QStringLiteral("record"), policy ? QJsonValue(toJson(*policy->record)) : QJsonValue()},
        {QStringLiteral("inherited"), d.inherited()},
        {QStringLiteral("policy_domain"), orNull(d.policyDomain())},
        {QStringLiteral("org_domain"), orNull(d.orgDomain)},
        {QStringLiteral("queries"), queries},
        {QStringLiteral("report_destinations"), destinations},
    };
    return json;
}

QJsonObject toJson(const AlignmentResult &result)
{
    QJsonArray dkim;
    for (const IdentifierAlignment &a : result.dkim)
        dkim.append(toJson(a));
    return {{QStringLiteral("verdict"), verdictToken(result.verdict)},
            {QStringLiteral("spf"), toJson(result.spf)},
            {QStringLiteral("dkim"), dkim},
            {QStringLiteral("spf_aligned"), result.spfAligned},
            {QStringLiteral("dkim_aligned"), result.dkimAligned},
            {QStringLiteral("policy_domain"), orNull(result.policyDomain)},
            {QStringLiteral("policy"),
             result.policy ? QJsonValue(toJson(*result.policy)) : QJsonValue()},
            {QStringLiteral("requested"),
             result.policy ? QJsonValue(policyToken(result.requested)) : QJsonValue()},
            {QStringLiteral("disposition"),
             result.policy ? QJsonValue(policyToken(result.disposition)) : QJsonValue()}};
}

} // namespace Sceau::Dmarc
