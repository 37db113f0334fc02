#include "model/storage/domainlist.h"

#include "model/core/domainname.h"
#include "model/storage/tr.h"
#include "model/storage/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Sceau::Storage {

namespace {

Error sqlError(const QSqlError &error)
{
    return Error{ErrorCode::Internal, error.text()};
}

bool hasControl(const QString &text)
{
    return std::any_of(
        text.begin(), text.end(), [](QChar c) { return c.category() == QChar::Other_Control; });
}

Result<QString> validClient(const QString &client)
{
    const QString trimmed = client.trimmed();
    if (trimmed.size() > DomainList::MaxClientLength || hasControl(trimmed))
        //: %1 the longest client name allowed, in characters
        return Error{ErrorCode::InvalidInput,
                     Tr::tr("a client name has at most %1 characters and no control character")
                         .arg(DomainList::MaxClientLength)};
    return trimmed;
}

Result<QStringList> validTags(const QStringList &tags)
{
    QStringList valid;
    for (const QString &tag : tags) {
        const QString trimmed = tag.trimmed();
        if (trimmed.isEmpty() || trimmed.size() > DomainList::MaxTagLength || hasControl(trimmed))
            //: %1 the tag as given, %2 the longest tag allowed, in characters
            return Error{ErrorCode::InvalidInput,
                         Tr::tr("the tag “%1” is not valid: 1 to %2 characters, no control "
                                "character")
                             .arg(trimmed.left(DomainList::MaxTagLength))
                             .arg(DomainList::MaxTagLength)};
        if (!valid.contains(trimmed))
            valid << trimmed;
    }
    if (valid.size() > DomainList::MaxTags)
        return Error{ErrorCode::InvalidInput,
                     Tr::tr("a domain has at most %1 tags").arg(DomainList::MaxTags)};
    return valid;
}

QStringList tagsOf(const QString &json)
{
    QStringList tags;
    for (const QJsonValue &tag : QJsonDocument::fromJson(json.toUtf8()).array())
        tags << tag.toString();
    return tags;
}

QString tagsJson(const QStringList &tags)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(tags)).toJson(QJsonDocument::Compact));
}

Error notListed(const QString &name)
{
    //: %1 a domain name
    return Error{ErrorCode::NotFound, Tr::tr("%1 is not in the domains list").arg(name)};
}

} // namespace

DomainList::DomainList(Workspace *workspace)
    : m_workspace(workspace)
{
}

Result<DomainEntry>
DomainList::add(const QString &input, const QString &client, const QStringList &tags)
{
    const auto name = DomainName::fromUserInput(input);
    if (!name)
        return name.error();
    const auto validatedClient = validClient(client);
    if (!validatedClient)
        return validatedClient.error();
    const auto validatedTags = validTags(tags);
    if (!validatedTags)
        return validatedTags.error();
    const auto id = m_workspace->addDomain(*name);
    if (!id)
        return id.error();
    QSqlQuery query(m_workspace->database());
    query.prepare(u"SELECT tags FROM domains WHERE id = ?"_s);
    query.addBindValue(*id);
    if (!query.exec() || !query.next())
        return sqlError(query.lastError());
    QStringList merged = tagsOf(query.value(0).toString());
    for (const QString &tag : *validatedTags) {
        if (!merged.contains(tag))
            merged << tag;
    }
    if (merged.size() > MaxTags)
        return Error{ErrorCode::InvalidInput, Tr::tr("a domain has at most %1 tags").arg(MaxTags)};
    query.prepare(validatedClient->isEmpty()
                      ? u"UPDATE domains SET listed = 1, tags = ? WHERE id = ?"_s
                      : u"UPDATE domains SET listed = 1, tags = ?, client = ? WHERE id = ?"_s);
    query.addBindValue(tagsJson(merged));
    if (!validatedClient->isEmpty())
        query.addBindValue(*validatedClient);
    query.addBindValue(*id);
    if (!query.exec())
        return sqlError(query.lastError());
    return find(*name);
}

Result<void> DomainList::remove(const QString &input)
{
    const auto entry = find(input);
    if (!entry)
        return entry.error();
    QSqlDatabase db = m_workspace->database();
    if (!db.transaction())
        return sqlError(db.lastError());
    // Its checks go; so does its row, unless DKIM keys name it: it stays, unlisted.
    const QStringList statements{
        u"DELETE FROM checks WHERE domain_id = ?"_s,
        u"DELETE FROM domains WHERE id = ? AND NOT EXISTS "
        "(SELECT 1 FROM dkim_keys WHERE domain_id = domains.id)"_s,
        u"UPDATE domains SET listed = 0 WHERE id = ?"_s,
    };
    QSqlQuery query(db);
    for (const QString &statement : statements) {
        query.prepare(statement);
        query.addBindValue(entry->id);
        if (!query.exec()) {
            const Error error = sqlError(query.lastError());
            query.finish();
            db.rollback();
            return error;
        }
    }
    if (!db.commit()) {
        const Error error = sqlError(db.lastError());
        db.rollback();
        return error;
    }
    return {};
}

Result<QList<DomainEntry>> DomainList::list() const
{
    QSqlQuery query(m_workspace->database());
    if (!query.exec(u"SELECT id, name, client, tags, added FROM domains WHERE listed = 1 "
                    "ORDER BY name"_s))
        return sqlError(query.lastError());
    QList<DomainEntry> entries;
    while (query.next()) {
        entries << DomainEntry{query.value(0).toLongLong(),
                               query.value(1).toString(),
                               query.value(2).toString(),
                               tagsOf(query.value(3).toString()),
                               QDateTime::fromString(query.value(4).toString(), Qt::ISODate)};
    }
    return entries;
}

Result<DomainEntry> DomainList::find(const QString &input) const
{
    const auto name = DomainName::fromUserInput(input);
    if (!name)
        return name.error();
    QSqlQuery query(m_workspace->database());
    query.prepare(u"SELECT id, name, client, tags, added FROM domains WHERE listed = 1 AND "
                  "name = ?"_s);
    query.addBindValue(*name);
    if (!query.exec())
        return sqlError(query.lastError());
    if (!query.next())
        return notListed(*name);
    return DomainEntry{query.value(0).toLongLong(),
                       query.value(1).toString(),
                       query.value(2).toString(),
                       tagsOf(query.value(3).toString()),
                       QDateTime::fromString(query.value(4).toString(), Qt::ISODate)};
}

Result<void> DomainList::setClient(const QString &input, const QString &client)
{
    const auto entry = find(input);
    if (!entry)
        return entry.error();
    const auto valid = validClient(client);
    if (!valid)
        return valid.error();
    QSqlQuery query(m_workspace->database());
    query.prepare(u"UPDATE domains SET client = ? WHERE id = ?"_s);
    query.addBindValue(*valid);
    query.addBindValue(entry->id);
    if (!query.exec())
        return sqlError(query.lastError());
    return {};
}

Result<void> DomainList::setTags(const QString &input, const QStringList &tags)
{
    const auto entry = find(input);
    if (!entry)
        return entry.error();
    const auto valid = validTags(tags);
    if (!valid)
        return valid.error();
    QSqlQuery query(m_workspace->database());
    query.prepare(u"UPDATE domains SET tags = ? WHERE id = ?"_s);
    query.addBindValue(tagsJson(*valid));
    query.addBindValue(entry->id);
    if (!query.exec())
        return sqlError(query.lastError());
    return {};
}

Result<ImportResult>
DomainList::import(const QByteArray &text, const QString &client, const QStringList &tags)
{
    if (text.size() > MaxImportBytes)
        //: %1 the largest list accepted, in bytes
        return Error{ErrorCode::InvalidInput,
                     Tr::tr("the list is too large (at most %1 bytes)").arg(MaxImportBytes)};
    const QList<QByteArray> lines = text.split('\n');
    if (lines.size() > MaxImportLines)
        return Error{ErrorCode::InvalidInput,
                     Tr::tr("the list has too many lines (at most %1)").arg(MaxImportLines)};
    // Client and tags are checked once, before anything is added.
    if (const auto valid = validClient(client); !valid)
        return valid.error();
    if (const auto valid = validTags(tags); !valid)
        return valid.error();
    ImportResult result;
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = QString::fromUtf8(lines.at(i)).section(u'#', 0, 0).trimmed();
        if (line.isEmpty())
            continue;
        const auto entry = add(line, client, tags);
        if (entry)
            result.added << entry->name;
        else
            result.errors << ImportLineError{i + 1, line, entry.error()};
    }
    return result;
}

} // namespace Sceau::Storage
