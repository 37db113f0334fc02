#include "model/storage/checkhistory.h"

#include "model/storage/domainlist.h"
#include "model/storage/tr.h"
#include "model/storage/workspace.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Sceau::Storage {

namespace {

Error sqlError(const QSqlError &error)
{
    return Error{ErrorCode::Internal, error.text()};
}

const QString EntryColumns = u"checks.id, domains.name, checks.at, checks.resolver, "
                             "checks.complete, checks.score, checks.state"_s;

CheckEntry entryOf(const QSqlQuery &query)
{
    const QVariant score = query.value(5);
    return CheckEntry{query.value(0).toLongLong(),
                      query.value(1).toString(),
                      QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs),
                      query.value(3).toString(),
                      query.value(4).toBool(),
                      score.isNull() ? std::nullopt : std::optional<int>(score.toInt()),
                      query.value(6).toString()};
}

} // namespace

CheckHistory::CheckHistory(Workspace *workspace)
    : m_workspace(workspace)
{
}

Result<CheckEntry> CheckHistory::save(const CheckEntry &check, const QJsonObject &report)
{
    const QByteArray json = QJsonDocument(report).toJson(QJsonDocument::Compact);
    if (json.size() > MaxReportBytes)
        //: %1 the largest report kept, in bytes
        return Error{
            ErrorCode::InvalidInput,
            Tr::tr("the report is too large to keep (at most %1 bytes)").arg(MaxReportBytes)};
    DomainList list(m_workspace);
    auto entry = list.find(check.domain);
    if (!entry && entry.error().code == ErrorCode::NotFound)
        entry = list.add(check.domain);
    if (!entry)
        return entry.error();
    QSqlDatabase db = m_workspace->database();
    if (!m_together && !db.transaction())
        return sqlError(db.lastError());
    QSqlQuery query(db);
    query.prepare(u"INSERT INTO checks (domain_id, at, resolver, complete, score, state, report) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(entry->id);
    query.addBindValue(check.at.toUTC().toString(Qt::ISODateWithMs));
    query.addBindValue(check.resolver);
    query.addBindValue(check.complete ? 1 : 0);
    query.addBindValue(check.score ? QVariant(*check.score) : QVariant(QMetaType(QMetaType::Int)));
    query.addBindValue(check.state);
    query.addBindValue(QString::fromUtf8(json));
    bool ok = query.exec();
    const qint64 id = query.lastInsertId().toLongLong();
    if (ok) { // the oldest beyond MaxChecksPerDomain go
        query.prepare(u"DELETE FROM checks WHERE domain_id = ? AND id NOT IN (SELECT id FROM "
                      "checks WHERE domain_id = ? ORDER BY at DESC, id DESC LIMIT ?)"_s);
        query.addBindValue(entry->id);
        query.addBindValue(entry->id);
        query.addBindValue(MaxChecksPerDomain);
        ok = query.exec();
    }
    if (!ok || (!m_together && !db.commit())) {
        const Error error = sqlError(ok ? db.lastError() : query.lastError());
        query.finish();
        if (!m_together) // else saveTogether() rolls back
            db.rollback();
        return error;
    }
    CheckEntry saved = check;
    saved.id = id;
    saved.domain = entry->name;
    saved.at = check.at.toUTC();
    return saved;
}

Result<void> CheckHistory::saveTogether(const std::function<Result<void>()> &work)
{
    QSqlDatabase db = m_workspace->database();
    if (!db.transaction())
        return sqlError(db.lastError());
    m_together = true;
    const Result<void> done = work();
    m_together = false;
    if (!done) {
        db.rollback();
        return done;
    }
    if (!db.commit()) {
        const Error error = sqlError(db.lastError());
        db.rollback();
        return error;
    }
    return {};
}

Result<QList<CheckEntry>> CheckHistory::list(const QString &domain) const
{
    const auto entry = DomainList(m_workspace).find(domain);
    if (!entry)
        return entry.error();
    QSqlQuery query(m_workspace->database());
    query.prepare(
        u"SELECT %1 FROM checks JOIN domains ON domains.id = checks.domain_id "
        "WHERE domains.id = ? ORDER BY checks.at DESC, checks.id DESC"_s.arg(EntryColumns));
    query.addBindValue(entry->id);
    if (!query.exec())
        return sqlError(query.lastError());
    QList<CheckEntry> entries;
    while (query.next())
        entries << entryOf(query);
    return entries;
}

Result<QList<CheckEntry>> CheckHistory::latest() const
{
    QSqlQuery query(m_workspace->database());
    // The newest check of each listed domain: the one no later check of that domain follows.
    if (!query.exec(u"SELECT %1 FROM checks JOIN domains ON domains.id = checks.domain_id "
                    "WHERE domains.listed = 1 AND checks.id = (SELECT c.id FROM checks c WHERE "
                    "c.domain_id = checks.domain_id ORDER BY c.at DESC, c.id DESC LIMIT 1) "
                    "ORDER BY domains.name"_s.arg(EntryColumns)))
        return sqlError(query.lastError());
    QList<CheckEntry> entries;
    while (query.next())
        entries << entryOf(query);
    return entries;
}

Result<StoredCheck> CheckHistory::load(qint64 id) const
{
    QSqlQuery query(m_workspace->database());
    query.prepare(u"SELECT %1, length(CAST(checks.report AS BLOB)) FROM checks JOIN domains ON "
                  "domains.id = checks.domain_id WHERE checks.id = ? AND domains.listed = 1"_s.arg(
                      EntryColumns));
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(query.lastError());
    if (!query.next())
        //: %1 the number of a saved check
        return Error{ErrorCode::NotFound, Tr::tr("no saved check #%1").arg(id)};
    StoredCheck check{entryOf(query), {}};
    // The size is read first: an oversized report is never loaded.
    const bool tooLarge = query.value(7).toLongLong() > MaxReportBytes;
    const QString corrupt = Tr::tr("the saved check #%1 of the workspace is damaged").arg(id);
    if (tooLarge)
        return Error{ErrorCode::FileUnreadable, corrupt};
    query.prepare(u"SELECT report FROM checks WHERE id = ?"_s);
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return sqlError(query.lastError());
    const QJsonDocument document = QJsonDocument::fromJson(query.value(0).toString().toUtf8());
    if (!document.isObject())
        return Error{ErrorCode::FileUnreadable, corrupt};
    check.report = document.object();
    return check;
}

} // namespace Sceau::Storage
