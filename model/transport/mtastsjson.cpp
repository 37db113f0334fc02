#include "model/transport/mtastsjson.h"

#include "model/transport/transportjson.h"

#include <QJsonArray>

namespace Sceau::Transport {

namespace {
QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

// A record's state, or null when its lookup failed (nothing is known).
template<typename Selection>
QJsonObject
recordJson(const Dns::LookupResult &lookup, const Selection &selection, const QString &id)
{
    const bool known = !lookup.failed();
    return {
        {QStringLiteral("lookup"), Dns::statusToken(lookup.status)},
        {QStringLiteral("state"),
         known ? QJsonValue(RecordStates.token(selection.state)) : QJsonValue()},
        {QStringLiteral("text"), orNull(QString::fromUtf8(selection.text))},
        {QStringLiteral("id"), orNull(id)},
        {QStringLiteral("error"), orNull(selection.error)},
    };
}

QJsonObject fetchJson(const MtaStsFetch &fetch)
{
    return {
        {QStringLiteral("outcome"), MtaStsFetchOutcomes.token(fetch.outcome)},
        {QStringLiteral("address"),
         orNull(fetch.address.isNull() ? QString() : fetch.address.toString())},
        {QStringLiteral("connected_port"), fetch.port},
        {QStringLiteral("http_status"),
         fetch.httpStatus ? QJsonValue(fetch.httpStatus) : QJsonValue()},
        {QStringLiteral("content_type"), orNull(fetch.contentType)},
        {QStringLiteral("location"), orNull(fetch.location)},
        {QStringLiteral("detail"), orNull(fetch.detail)},
        {QStringLiteral("certificate"),
         fetch.certificate ? QJsonValue(toJson(*fetch.certificate)) : QJsonValue()},
    };
}
} // namespace

QJsonObject toJson(const MtaStsCheck &check)
{
    QJsonValue policy;
    if (check.policy)
        policy = QJsonObject{
            {QStringLiteral("mode"), MtaStsModes.token(check.policy->mode)},
            {QStringLiteral("mx"), QJsonArray::fromStringList(check.policy->mx)},
            {QStringLiteral("max_age"), check.policy->maxAge},
            {QStringLiteral("ignored_fields"),
             QJsonArray::fromStringList(check.policy->ignoredFields)},
        };
    return {
        {QStringLiteral("domain"), check.domain},
        {QStringLiteral("complete"), !check.incomplete()},
        {QStringLiteral("record"),
         recordJson(check.recordLookup,
                    check.record,
                    check.record.state == MtaStsRecordSelection::State::Valid
                        ? check.record.record.id
                        : QString())},
        {QStringLiteral("policy_url"),
         QStringLiteral("https://%1/.well-known/mta-sts.txt").arg(mtaStsPolicyHost(check.domain))},
        {QStringLiteral("fetch"), check.fetch ? QJsonValue(fetchJson(*check.fetch)) : QJsonValue()},
        {QStringLiteral("policy"), policy},
        {QStringLiteral("policy_error"), orNull(check.policyError)},
        {QStringLiteral("mx"),
         check.mxLookup.failed() ? QJsonValue()
                                 : QJsonValue(QJsonArray::fromStringList(check.mxHosts))},
    };
}

QJsonObject toJson(const TlsRptCheck &check)
{
    QJsonObject record = recordJson(check.lookup, check.record, {});
    record.remove(QStringLiteral("id"));
    record.insert(QStringLiteral("rua"), QJsonArray::fromStringList(check.record.record.rua));
    record.insert(QStringLiteral("unsupported"),
                  QJsonArray::fromStringList(check.record.record.unsupported));
    return {
        {QStringLiteral("domain"), check.domain},
        {QStringLiteral("complete"), !check.incomplete()},
        {QStringLiteral("record"), record},
    };
}

QJsonObject toJson(const TlsRptReport &report)
{
    QJsonArray policies;
    for (const TlsRptPolicy &policy : report.policies) {
        QJsonObject byType;
        const QMap<QString, qint64> counts = policy.failuresByType();
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            byType.insert(it.key().isEmpty() ? QStringLiteral("unknown") : it.key(), it.value());
        QJsonArray failures;
        for (const TlsRptFailure &f : policy.failures)
            failures << QJsonObject{
                {QStringLiteral("result_type"), f.resultType},
                {QStringLiteral("sending_mta_ip"), orNull(f.sendingMtaIp)},
                {QStringLiteral("receiving_mx_hostname"), orNull(f.receivingMxHostname)},
                {QStringLiteral("receiving_ip"), orNull(f.receivingIp)},
                {QStringLiteral("failed_sessions"), f.failedSessions},
                {QStringLiteral("failure_reason_code"), orNull(f.failureReasonCode)},
            };
        policies << QJsonObject{
            {QStringLiteral("type"), policy.type},
            {QStringLiteral("domain"), policy.domain},
            {QStringLiteral("mx_host"), QJsonArray::fromStringList(policy.mxHosts)},
            {QStringLiteral("policy_string"), QJsonArray::fromStringList(policy.policyString)},
            {QStringLiteral("successful_sessions"), policy.successfulSessions},
            {QStringLiteral("failed_sessions"), policy.failedSessions},
            {QStringLiteral("failures_by_type"), byType},
            {QStringLiteral("failures"), failures},
        };
    }
    return {
        {QStringLiteral("organization"), report.organization},
        {QStringLiteral("contact"), report.contact},
        {QStringLiteral("report_id"), report.reportId},
        {QStringLiteral("start"),
         report.start.isValid() ? QJsonValue(report.start.toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("end"),
         report.end.isValid() ? QJsonValue(report.end.toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("policies"), policies},
    };
}

} // namespace Sceau::Transport
