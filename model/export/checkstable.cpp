#include "model/export/checkstable.h"

#include "model/audit/areaassessment.h"
#include "model/core/finding.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace Sceau::Export {

namespace {

// RFC 4180 §2 (quoting) and the formula guard described in checkstable.h.
QString csvField(QString value)
{
    static const QString formulaStarts = u"=+-@\t\r"_s;
    if (!value.isEmpty() && formulaStarts.contains(value.front()))
        value.prepend(u'\'');
    if (value.contains(u',') || value.contains(u'"') || value.contains(u'\n')
        || value.contains(u'\r'))
        return u'"' + value.replace(u"\""_s, u"\"\""_s) + u'"';
    return value;
}

QHash<QString, QString> areaStates(const QJsonObject &report)
{
    QHash<QString, QString> states;
    for (const QJsonValue &value : report.value("areas"_L1).toArray()) {
        const QJsonObject area = value.toObject();
        const QString token = area.value("state"_L1).toString();
        if (Audit::AreaStates.value(token)) // a known token only: the file is untrusted
            states.insert(area.value("area"_L1).toString(), token);
    }
    return states;
}

} // namespace

QByteArray checksCsv(const QList<ExportedCheck> &checks)
{
    QStringList header{u"domain"_s,
                       u"client"_s,
                       u"tags"_s,
                       u"checked_at"_s,
                       u"resolver"_s,
                       u"complete"_s,
                       u"state"_s,
                       u"score"_s};
    for (const auto &area : Audit::Areas.entries)
        header << QString::fromLatin1(area.second);
    header << u"errors"_s << u"warnings"_s << u"could_not_check"_s;
    QString csv = header.join(u',') + u"\r\n"_s;

    for (const ExportedCheck &check : checks) {
        QStringList row{check.domain.name,
                        check.domain.client,
                        check.domain.tags.join(u';'),
                        check.check.at.toUTC().toString(Qt::ISODate),
                        check.check.resolver,
                        check.check.complete ? u"true"_s : u"false"_s,
                        check.check.state,
                        check.check.score ? QString::number(*check.check.score) : QString()};
        const QHash<QString, QString> states = areaStates(check.report);
        for (const auto &area : Audit::Areas.entries)
            row << states.value(QString::fromLatin1(area.second));
        int errors = 0, warnings = 0, couldNotCheck = 0;
        for (const QJsonValue &value : check.report.value("findings"_L1).toArray()) {
            const QJsonObject object = value.toObject();
            const Finding finding{
                object.value("id"_L1).toString(),
                Severities.value(object.value("severity"_L1).toString()).value_or(Severity::Info),
                {},
                {}};
            if (isCouldNotCheck(finding))
                ++couldNotCheck;
            else if (finding.severity == Severity::Error)
                ++errors;
            else if (finding.severity == Severity::Warning)
                ++warnings;
        }
        row << QString::number(errors) << QString::number(warnings)
            << QString::number(couldNotCheck);
        for (QString &field : row)
            field = csvField(field);
        csv += row.join(u',') + u"\r\n"_s;
    }
    return csv.toUtf8();
}

QJsonObject checkJson(const Storage::CheckEntry &check)
{
    return {{u"id"_s, check.id},
            {u"at"_s, check.at.toUTC().toString(Qt::ISODate)},
            {u"resolver"_s, check.resolver},
            {u"score"_s, check.score ? QJsonValue(*check.score) : QJsonValue()},
            {u"complete"_s, check.complete},
            {u"state"_s, check.state}};
}

QJsonArray checksJson(const QList<ExportedCheck> &checks)
{
    QJsonArray list;
    for (const ExportedCheck &check : checks) {
        list.append(QJsonObject{
            {u"domain"_s, check.domain.name},
            {u"client"_s, check.domain.client},
            {u"tags"_s, QJsonArray::fromStringList(check.domain.tags)},
            {u"check"_s, checkJson(check.check)},
            {u"report"_s, check.report},
        });
    }
    return list;
}

} // namespace Sceau::Export
