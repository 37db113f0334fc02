#include "model/transport/tlsrptreport.h"

#include "model/transport/tr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace Sceau::Transport {

namespace {
Error invalid(const QString &reason)
{
    return Error{ErrorCode::InvalidInput, reason};
}

// A count as reporters send it: a number, or a string of digits; anything else is 0.
qint64 count(const QJsonValue &value)
{
    if (value.isDouble())
        return qMax<qint64>(0, value.toInteger());
    bool ok = false;
    const qint64 n = value.toString().trimmed().toLongLong(&ok);
    return ok ? qMax<qint64>(0, n) : 0;
}

// A string, or an array of strings (a string with line ends split into lines).
QStringList strings(const QJsonValue &value)
{
    QStringList list;
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array) {
            if (item.isString())
                list << item.toString();
        }
    } else if (value.isString()) {
        list = value.toString().split(QRegularExpression(QStringLiteral("\r?\n")),
                                      Qt::SkipEmptyParts);
    }
    return list;
}

QDateTime dateTime(const QJsonValue &value)
{
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}
} // namespace

QMap<QString, qint64> TlsRptPolicy::failuresByType() const
{
    QMap<QString, qint64> byType;
    for (const TlsRptFailure &failure : failures)
        byType[failure.resultType] += failure.failedSessions;
    return byType;
}

Result<TlsRptReport> parseTlsRptReport(const QByteArray &json)
{
    if (json.size() > MaxTlsRptJsonSize)
        return invalid(Tr::tr("the report is larger than %1 bytes").arg(MaxTlsRptJsonSize));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        //: %1 the JSON parser's message, %2 an offset in bytes
        return invalid(Tr::tr("the report is not JSON (%1 at byte %2)")
                           .arg(error.errorString())
                           .arg(error.offset));
    if (!document.isObject())
        return invalid(Tr::tr("the report is not a JSON object"));
    const QJsonObject root = document.object();
    if (!root.value(QLatin1StringView("policies")).isArray())
        return invalid(Tr::tr("the report has no policies array"));
    TlsRptReport report;
    report.organization = root.value(QLatin1StringView("organization-name")).toString();
    report.contact = root.value(QLatin1StringView("contact-info")).toString();
    report.reportId = root.value(QLatin1StringView("report-id")).toString();
    const QJsonObject range = root.value(QLatin1StringView("date-range")).toObject();
    report.start = dateTime(range.value(QLatin1StringView("start-datetime")));
    report.end = dateTime(range.value(QLatin1StringView("end-datetime")));
    const QJsonArray policies = root.value(QLatin1StringView("policies")).toArray();
    if (policies.size() > MaxTlsRptPolicies)
        return invalid(Tr::tr("the report has more than %1 policies").arg(MaxTlsRptPolicies));
    int failureCount = 0;
    for (const QJsonValue &item : policies) {
        const QJsonObject object = item.toObject();
        const QJsonObject policyObject = object.value(QLatin1StringView("policy")).toObject();
        const QJsonObject summary = object.value(QLatin1StringView("summary")).toObject();
        TlsRptPolicy policy;
        policy.type = policyObject.value(QLatin1StringView("policy-type")).toString();
        policy.domain = policyObject.value(QLatin1StringView("policy-domain")).toString();
        policy.policyString = strings(policyObject.value(QLatin1StringView("policy-string")));
        policy.mxHosts = strings(policyObject.value(QLatin1StringView("mx-host")));
        policy.successfulSessions
            = count(summary.value(QLatin1StringView("total-successful-session-count")));
        policy.failedSessions
            = count(summary.value(QLatin1StringView("total-failure-session-count")));
        const QJsonArray failures = object.value(QLatin1StringView("failure-details")).toArray();
        failureCount += int(failures.size());
        if (failureCount > MaxTlsRptFailures)
            return invalid(
                Tr::tr("the report has more than %1 failure entries").arg(MaxTlsRptFailures));
        for (const QJsonValue &failureItem : failures) {
            const QJsonObject f = failureItem.toObject();
            policy.failures << TlsRptFailure{
                f.value(QLatin1StringView("result-type")).toString(),
                f.value(QLatin1StringView("sending-mta-ip")).toString(),
                f.value(QLatin1StringView("receiving-mx-hostname")).toString(),
                f.value(QLatin1StringView("receiving-ip")).toString(),
                count(f.value(QLatin1StringView("failed-session-count"))),
                f.value(QLatin1StringView("failure-reason-code")).toString(),
            };
        }
        report.policies << policy;
    }
    return report;
}

} // namespace Sceau::Transport
