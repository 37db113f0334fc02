#include "model/publish/journal.h"

#include "model/core/sqlerror.h"
#include "model/publish/tr.h"
#include "model/storage/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Sceau::Publish {

namespace {
QString toJson(const QStringList &values)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact));
}

QStringList fromJson(const QString &text)
{
    QStringList values;
    for (const QJsonValue &value : QJsonDocument::fromJson(text.toUtf8()).array())
        values << value.toString();
    return values;
}

const QString Columns = u"id, time, backend, credential, zone, owner, type, ttl, before_ttl,"
                        " action, before, after, outcome, detail, rollback_of"_s;

Result<JournalEntry> fromRow(const QSqlQuery &query)
{
    JournalEntry e;
    e.id = query.value(0).toLongLong();
    e.time = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
    e.backend = query.value(2).toString();
    e.change.credential = query.value(3).toString();
    e.change.ref.zone = query.value(4).toString();
    e.change.ref.owner = query.value(5).toString();
    const auto type = Dns::typeFromName(query.value(6).toString());
    e.change.ttl = query.value(7).toUInt();
    e.beforeTtl = query.value(8).toUInt();
    const auto action = ChangeActions.value(query.value(9).toString());
    e.before = fromJson(query.value(10).toString());
    e.change.values = fromJson(query.value(11).toString());
    e.outcome = query.value(12).toString();
    e.detail = query.value(13).toString();
    if (!query.value(14).isNull())
        e.change.rollbackOf = query.value(14).toLongLong();
    if (!type || !action)
        //: %1 a journal entry's number
        return Error{
            ErrorCode::FileUnreadable,
            Tr::tr("the workspace's journal entry %1 has an unknown type or action").arg(e.id)};
    e.change.ref.type = *type;
    e.change.action = *action;
    e.change.expected = e.before;
    return e;
}
} // namespace

Result<Change> rollbackOf(const JournalEntry &entry)
{
    if (!entry.done())
        //: %1 a journal entry's number
        return Error{
            ErrorCode::InvalidInput,
            Tr::tr("change %1 was not applied: there is nothing to roll back").arg(entry.id)};
    Change undo;
    undo.credential = entry.change.credential;
    undo.ref = entry.change.ref;
    undo.expected = entry.change.values;
    undo.values = entry.before;
    undo.ttl = entry.beforeTtl ? entry.beforeTtl : entry.change.ttl;
    undo.rollbackOf = entry.id;
    if (undo.expected.isEmpty() && undo.values.isEmpty())
        return Error{
            ErrorCode::InvalidInput,
            Tr::tr("change %1 removed nothing: there is nothing to roll back").arg(entry.id)};
    undo.action = undo.expected.isEmpty() ? ChangeAction::Add
                  : undo.values.isEmpty() ? ChangeAction::Remove
                                          : ChangeAction::Replace;
    return undo;
}

Journal::Journal(Storage::Workspace *workspace)
    : m_workspace(workspace)
{
}

Result<qint64> Journal::begin(const JournalEntry &entry)
{
    QSqlQuery query(m_workspace->database());
    query.prepare(u"INSERT INTO publish_journal (time, backend, credential, zone, owner, type, ttl,"
                  " before_ttl, action, before, after, outcome, rollback_of)"
                  " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?)"_s);
    const Change &c = entry.change;
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    query.addBindValue(entry.backend);
    query.addBindValue(c.credential.isNull() ? u""_s : c.credential);
    query.addBindValue(c.ref.zone);
    query.addBindValue(c.ref.owner);
    query.addBindValue(Dns::typeName(c.ref.type));
    query.addBindValue(c.ttl);
    query.addBindValue(entry.beforeTtl);
    query.addBindValue(ChangeActions.token(c.action));
    query.addBindValue(toJson(entry.before));
    query.addBindValue(toJson(c.values));
    query.addBindValue(c.rollbackOf ? QVariant(*c.rollbackOf) : QVariant());
    if (!query.exec())
        return sqlError(query.lastError());
    return query.lastInsertId().toLongLong();
}

Result<void> Journal::finish(qint64 id, const PublishResult &result, bool readBefore)
{
    QSqlQuery query(m_workspace->database());
    query.prepare(readBefore
                      ? u"UPDATE publish_journal SET outcome = ?, detail = ?, before = ?"
                        " WHERE id = ?"_s
                      : u"UPDATE publish_journal SET outcome = ?, detail = ? WHERE id = ?"_s);
    query.addBindValue(PublishOutcomes.token(result.outcome));
    query.addBindValue(result.detail.isNull() ? u""_s : result.detail); // NOT NULL
    if (readBefore)
        query.addBindValue(toJson(result.before));
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(query.lastError());
    return {};
}

Result<std::optional<JournalEntry>> Journal::find(qint64 id) const
{
    QSqlQuery query(m_workspace->database());
    query.prepare(u"SELECT %1 FROM publish_journal WHERE id = ?"_s.arg(Columns));
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(query.lastError());
    if (!query.next())
        return std::optional<JournalEntry>();
    auto entry = fromRow(query);
    if (!entry)
        return entry.error();
    return std::optional<JournalEntry>(*entry);
}

Result<QList<JournalEntry>> Journal::list(int limit, const QString &zone) const
{
    QSqlQuery query(m_workspace->database());
    query.prepare(u"SELECT %1 FROM publish_journal WHERE COALESCE(?, '') = '' OR zone = ?"
                  " ORDER BY id DESC LIMIT ?"_s.arg(Columns));
    query.addBindValue(zone);
    query.addBindValue(zone);
    query.addBindValue(limit);
    if (!query.exec())
        return sqlError(query.lastError());
    QList<JournalEntry> entries;
    while (query.next()) {
        auto entry = fromRow(query);
        if (!entry)
            return entry.error();
        entries << *entry;
    }
    return entries;
}

} // namespace Sceau::Publish
