#include "model/dkim/dkimjson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Sceau::Dkim {

namespace {
QJsonValue date(const QDateTime &d)
{
    return d.isValid() ? QJsonValue(d.toUTC().toString(Qt::ISODate)) : QJsonValue();
}
} // namespace

QJsonObject toJson(const StoredKey &key)
{
    return {{u"id"_s, key.id},
            {u"domain"_s, key.domain},
            {u"selector"_s, key.selector},
            {u"algorithm"_s, key.spec.token()},
            {u"bits"_s, key.spec.bits},
            {u"state"_s, KeyStates.token(key.state)},
            {u"created"_s, date(key.created)},
            {u"published"_s, date(key.published)},
            {u"activated"_s, date(key.activated)},
            {u"retiring"_s, date(key.retiring)},
            {u"revoked"_s, date(key.revoked)},
            {u"destroyed"_s, date(key.destroyed)},
            {u"rotation_due"_s, date(key.rotationDue)}};
}

QJsonObject toJson(const DueAction &action)
{
    return {{u"id"_s, action.keyId},
            {u"domain"_s, action.domain},
            {u"selector"_s, action.selector},
            {u"action"_s, action.action},
            {u"due"_s, date(action.due)},
            {u"overdue"_s, action.overdue}};
}

QJsonObject keysJson(const QList<StoredKey> &keys, const QList<DueAction> &due)
{
    QJsonArray keyArray;
    for (const StoredKey &key : keys)
        keyArray.append(toJson(key));
    QJsonArray dueArray;
    for (const DueAction &action : due)
        dueArray.append(toJson(action));
    return {{u"keys"_s, keyArray}, {u"due"_s, dueArray}};
}

QJsonObject toJson(const PublicationReport &report)
{
    QJsonArray servers;
    for (const ServerPublication &server : report.servers)
        servers.append(QJsonObject{
            {u"host"_s, server.host},
            {u"server"_s, server.server.isEmpty() ? QJsonValue() : QJsonValue(server.server)},
            {u"status"_s, Dns::statusToken(server.status)},
            {u"serves"_s, server.serves}});
    return {{u"name"_s, report.name},
            {u"zone"_s, report.zone.isEmpty() ? QJsonValue() : QJsonValue(report.zone)},
            {u"target"_s, KeyStates.token(report.target)},
            {u"serving"_s, report.serving()},
            {u"servers"_s, servers}};
}

QJsonObject stepJson(const StoredKey &key, const std::optional<PublicationReport> &publication)
{
    QJsonObject object{{u"id"_s, key.id},
                       {u"domain"_s, key.domain},
                       {u"selector"_s, key.selector},
                       {u"state"_s, KeyStates.token(key.state)}};
    if (publication)
        object.insert(u"publication"_s, toJson(*publication));
    return object;
}

} // namespace Sceau::Dkim
