#include "model/publish/changeplan.h"

namespace Sceau::Publish {

QList<ApiChange> planChanges(const QList<ApiRecord> &now, const QStringList &values, quint32 ttl)
{
    QStringList missing;
    for (const QString &value : values) {
        if (!missing.contains(value))
            missing << value;
    }
    QList<ApiChange> updates;
    QList<ApiRecord> leftOver;
    for (const ApiRecord &record : now) {
        if (!missing.removeOne(record.value)) { // not wanted, or a duplicate of a kept one
            leftOver << record;
            continue;
        }
        if (record.ttl != ttl)
            updates.append({ApiChange::Kind::Update, record.id, record.value, ttl});
    }
    QList<ApiChange> changes = updates;
    while (!leftOver.isEmpty() && !missing.isEmpty())
        changes.append(
            {ApiChange::Kind::Update, leftOver.takeFirst().id, missing.takeFirst(), ttl});
    for (const QString &value : std::as_const(missing))
        changes.append({ApiChange::Kind::Create, {}, value, ttl});
    for (const ApiRecord &record : std::as_const(leftOver))
        changes.append({ApiChange::Kind::Delete, record.id, {}, 0});
    return changes;
}

} // namespace Sceau::Publish
