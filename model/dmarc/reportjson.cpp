#include "model/dmarc/reportjson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Sceau::Dmarc {

namespace {
QJsonArray toJson(const QList<AuthResult> &results, bool dkim)
{
    QJsonArray array;
    for (const AuthResult &result : results) {
        QJsonObject object{{u"domain"_s, result.domain}, {u"result"_s, result.result}};
        if (dkim)
            object.insert(u"selector"_s, result.selector);
        else
            object.insert(u"scope"_s, result.scope);
        array.append(object);
    }
    return array;
}

QString utc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}
} // namespace

QJsonObject toJson(const AggregateReport &report)
{
    QJsonArray records;
    for (const ReportRecord &record : report.records) {
        records.append(QJsonObject{
            {u"source_ip"_s, record.sourceIp},
            {u"count"_s, record.count},
            {u"disposition"_s, record.disposition},
            {u"dkim"_s, record.dkim},
            {u"spf"_s, record.spf},
            {u"header_from"_s, record.headerFrom},
            {u"envelope_from"_s, record.envelopeFrom},
            {u"reasons"_s, QJsonArray::fromStringList(record.reasons)},
            {u"auth_results"_s,
             QJsonObject{{u"dkim"_s, toJson(record.dkimResults, true)},
                         {u"spf"_s, toJson(record.spfResults, false)}}},
        });
    }
    const PolicyPublished &policy = report.policy;
    QJsonObject published{{u"p"_s, policy.p},
                          {u"sp"_s, policy.sp},
                          {u"np"_s, policy.np},
                          {u"adkim"_s, policy.adkim},
                          {u"aspf"_s, policy.aspf},
                          {u"testing"_s, policy.testing},
                          {u"fo"_s, policy.fo},
                          {u"discovery_method"_s, policy.discoveryMethod}};
    if (!policy.pct.isEmpty())
        published.insert(u"pct"_s, policy.pct);
    return QJsonObject{
        {u"format"_s, report.format == ReportFormat::Rfc9990 ? u"rfc9990"_s : u"rfc7489"_s},
        {u"org_name"_s, report.orgName},
        {u"report_id"_s, report.reportId},
        {u"begin"_s, utc(report.begin)},
        {u"end"_s, utc(report.end)},
        {u"policy_domain"_s, policy.domain},
        {u"policy"_s, published},
        {u"messages"_s, report.messages()},
        {u"records"_s, records},
    };
}

QJsonObject toJson(const FailureReport &report)
{
    return QJsonObject{
        {u"format"_s, u"arf"_s},
        {u"arf_part"_s, report.arf},
        {u"feedback_type"_s, report.feedbackType},
        {u"auth_failure"_s, report.authFailure},
        {u"source_ip"_s, report.sourceIp},
        {u"reported_domain"_s, report.reportedDomain},
        {u"original_from"_s, report.originalFrom},
        {u"original_mail_from"_s, report.originalMailFrom},
        {u"original_rcpt_to"_s, report.originalRcptTo},
        {u"dkim_domain"_s, report.dkimDomain},
        {u"dkim_selector"_s, report.dkimSelector},
        {u"delivery_result"_s, report.deliveryResult},
        {u"identity_alignment"_s, report.identityAlignment},
        {u"arrival_date"_s, report.arrivalDate},
        {u"subject"_s, report.originalSubject},
        {u"message_id"_s, report.originalMessageId},
    };
}

} // namespace Sceau::Dmarc
