#include "model/audit/auditreportjson.h"

#include "model/audit/findingcatalogue.h"
#include "model/dmarc/dmarcjson.h"
#include "model/transport/danejson.h"
#include "model/transport/mtastsjson.h"
#include "model/transport/transportjson.h"

#include <QJsonArray>

namespace Sceau::Audit {

QJsonObject toJson(const Finding &finding)
{
    const FindingText text = FindingCatalogue::text(finding);
    return {
        {QStringLiteral("id"), finding.id},
        {QStringLiteral("severity"), severityToken(finding.severity)},
        {QStringLiteral("args"), QJsonArray::fromStringList(finding.args)},
        {QStringLiteral("rfc"), finding.rfc},
        {QStringLiteral("title"), text.title},
        {QStringLiteral("explanation"), text.explanation},
        {QStringLiteral("remediation"), text.remediation},
    };
}

QJsonObject toJson(const DomainAssessment &assessment)
{
    const auto score
        = [](const std::optional<int> &value) { return value ? QJsonValue(*value) : QJsonValue(); };
    QJsonArray areas;
    for (const AreaAssessment &area : assessment.areas) {
        QJsonArray findings;
        for (const int index : area.findings)
            findings.append(index);
        areas.append(QJsonObject{
            {QStringLiteral("area"), Areas.token(area.area)},
            {QStringLiteral("state"), AreaStates.token(area.state)},
            {QStringLiteral("score"), score(area.score)},
            {QStringLiteral("provisional"), area.provisional},
            {QStringLiteral("facts"), QJsonArray::fromStringList(area.facts)},
            {QStringLiteral("findings"), findings},
        });
    }
    return {
        {QStringLiteral("areas"), areas},
        {QStringLiteral("overall"),
         QJsonObject{{QStringLiteral("score"), score(assessment.score)},
                     {QStringLiteral("provisional"), assessment.provisional},
                     {QStringLiteral("state"), OverallStates.token(assessment.state)}}},
    };
}

QJsonObject toJson(const AuditReport &report)
{
    QJsonArray mx;
    for (const MxHost &host : report.mx) {
        mx.append(
            QJsonObject{{QStringLiteral("preference"), host.preference},
                        {QStringLiteral("exchange"), host.exchange},
                        {QStringLiteral("addresses"), QJsonArray::fromStringList(host.addresses)}});
    }
    QJsonArray dkim;
    for (const DkimSelector &selector : report.dkim) {
        dkim.append(
            QJsonObject{{QStringLiteral("selector"), selector.selector},
                        {QStringLiteral("records"), QJsonArray::fromStringList(selector.records)}});
    }
    QJsonArray findings;
    for (const Finding &finding : report.findings)
        findings.append(toJson(finding));
    QJsonObject json{
        {QStringLiteral("domain"), report.domain},
        {QStringLiteral("score"), report.score() ? QJsonValue(*report.score()) : QJsonValue()},
        {QStringLiteral("score_provisional"), report.scoreProvisional()},
        {QStringLiteral("complete"), report.complete()},
        {QStringLiteral("lookups"), report.lookups},
        {QStringLiteral("failed_lookups"), report.failedLookups},
        {QStringLiteral("spf"),
         QJsonObject{{QStringLiteral("records"), QJsonArray::fromStringList(report.spfRecords)},
                     {QStringLiteral("lookups"),
                      report.spfLookups >= 0 ? QJsonValue(report.spfLookups) : QJsonValue()}}},
        {QStringLiteral("mx"), mx},
        {QStringLiteral("dkim"), dkim},
        {QStringLiteral("dkim_discovered"), report.dkimDiscovered},
        {QStringLiteral("dkim_selectors_probed"),
         QJsonArray::fromStringList(report.dkimSelectorsProbed)},
        {QStringLiteral("dkim_selectors_failed"),
         QJsonArray::fromStringList(report.dkimSelectorsFailed)},
        {QStringLiteral("findings"), findings},
    };
    // The DMARC check as `dmarc check` prints it (its findings are in findings).
    QJsonObject dmarc = report.dmarc ? Dmarc::toJson(*report.dmarc) : QJsonObject();
    dmarc.insert(QStringLiteral("records"), QJsonArray::fromStringList(report.dmarcRecords));
    json.insert(QStringLiteral("dmarc"), dmarc);
    if (report.transport) // what a sender with default options meets (DESIGN.md §2b)
        json.insert(QStringLiteral("transport"),
                    Transport::toJson(*report.transport, Transport::DeliveryMode::Default));
    if (report.mtaSts)
        json.insert(QStringLiteral("mta_sts"), Transport::toJson(*report.mtaSts));
    if (report.tlsRpt)
        json.insert(QStringLiteral("tls_rpt"), Transport::toJson(*report.tlsRpt));
    if (report.dane)
        json.insert(QStringLiteral("dane"), Transport::toJson(*report.dane));
    const QJsonObject assessment = toJson(report.assessment); // areas, overall
    for (auto it = assessment.constBegin(); it != assessment.constEnd(); ++it)
        json.insert(it.key(), it.value());
    return json;
}

} // namespace Sceau::Audit
