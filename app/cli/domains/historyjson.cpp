#include "app/cli/domains/historyjson.h"

#include "model/export/checkstable.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Sceau::Cli {

QJsonObject domainJson(const Storage::DomainEntry &entry,
                       const std::optional<Storage::CheckEntry> &last)
{
    QJsonValue lastCheck;
    if (last) {
        QJsonObject check = Export::checkJson(*last);
        check.remove(u"resolver"_s);
        lastCheck = check;
    }
    return {{u"domain"_s, entry.name},
            {u"client"_s, entry.client},
            {u"tags"_s, QJsonArray::fromStringList(entry.tags)},
            {u"added"_s, entry.added.toString(Qt::ISODate)},
            {u"last_check"_s, lastCheck}};
}

QJsonObject changeJson(const Audit::Change &change)
{
    return {{u"area"_s, change.area},
            {u"id"_s, change.id},
            {u"args"_s, QJsonArray::fromStringList(change.args)},
            {u"kind"_s, Audit::ChangeKinds.token(change.kind)},
            {u"text"_s, Audit::changeText(change)}};
}

} // namespace Sceau::Cli
