#include "model/storage/workspace.h"

#include "model/storage/tr.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QUuid>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Sceau::Storage {

namespace {

// Schema migrations, in order: migration i takes the database from version i to i + 1.
const QList<QStringList> &migrations()
{
    static const QList<QStringList> steps = {
        {u"CREATE TABLE domains (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, added TEXT NOT NULL)"_s},
        {u"CREATE TABLE dkim_keys ("
         " id INTEGER PRIMARY KEY,"
         " domain_id INTEGER NOT NULL REFERENCES domains(id),"
         " selector TEXT NOT NULL, algorithm TEXT NOT NULL, bits INTEGER NOT NULL,"
         " state TEXT NOT NULL, created TEXT NOT NULL, published TEXT, activated TEXT,"
         " retiring TEXT, revoked TEXT, destroyed TEXT, rotation_due TEXT,"
         " retire_days INTEGER NOT NULL DEFAULT 7,"
         " public_key BLOB NOT NULL, encrypted_private_key BLOB, secret_key TEXT NOT NULL,"
         " UNIQUE(domain_id, selector))"_s,
         u"CREATE INDEX dkim_keys_domain ON dkim_keys(domain_id)"_s},
    };
    return steps;
}

Error sqlError(const QSqlError &error)
{
    return Error{ErrorCode::Internal, error.text()};
}

QVariant dateValue(const QDateTime &date)
{
    return date.isValid() ? QVariant(date.toUTC().toString(Qt::ISODate)) : QVariant();
}

QDateTime dateFrom(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODate);
}

} // namespace

QString Workspace::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
           + u"/workspace.sqlite"_s;
}

Workspace::Workspace(QString connectionName, QString path)
    : m_connection(std::move(connectionName))
    , m_path(std::move(path))
{
}

Workspace::~Workspace()
{
    QSqlDatabase::database(m_connection, false).close();
    QSqlDatabase::removeDatabase(m_connection);
}

namespace {

// A workspace Sceau cannot use is bad input, like any damaged file (exit 2 in the CLI).
Error unusable(const QString &why)
{
    return Error{ErrorCode::FileUnreadable, why};
}

QString connectionName()
{
    return u"sceau-workspace-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// quick_check, then the schema version, on an open read-only database.
Result<int> readVersion(const QSqlDatabase &db, const QString &path)
{
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA quick_check"_s) || !query.next()
        || query.value(0).toString() != u"ok"_s) {
        const QString why
            = query.lastError().isValid() ? query.lastError().text() : query.value(0).toString();
        //: %1 a file, %2 what SQLite found
        return unusable(Tr::tr("%1 is damaged or is not a Sceau workspace (%2); move it aside or "
                               "restore a backup")
                            .arg(path, why));
    }
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next() || query.value(0).toInt() < 0)
        return unusable(Tr::tr("%1 has no readable schema version").arg(path));
    const int version = query.value(0).toInt();
    if (version > Workspace::SchemaVersion)
        //: %1 a file, %2 and %3 schema versions
        return unusable(Tr::tr("%1 was written by a newer version of Sceau (schema %2; this "
                               "version reads up to %3)")
                            .arg(path)
                            .arg(version)
                            .arg(Workspace::SchemaVersion));
    return version;
}

// The schema version of an existing database, read without writing anything: the file must
// pass SQLite's quick_check (random bytes, a truncated or damaged file do not) and must not
// come from a newer Sceau.
Result<int> inspect(const QString &path)
{
    const QString connection = connectionName();
    Result<int> version = unusable({});
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (db.open()) {
            version = readVersion(db, path);
            db.close();
        } else {
            version = unusable(Tr::tr("%1 cannot be opened: %2").arg(path, db.lastError().text()));
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return version;
}

// A copy of the database as it was before a migration, beside it: <path>.v<version>.bak
// (or with a time stamp when that exists). Owner-only, like the workspace.
Result<void> backUp(const QString &path, int version)
{
    QString copy = u"%1.v%2.bak"_s.arg(path).arg(version);
    if (QFile::exists(copy))
        copy = u"%1.v%2-%3.bak"_s.arg(path).arg(version).arg(
            QDateTime::currentDateTimeUtc().toString(u"yyyyMMddHHmmsszzz"_s));
    if (!QFile::copy(path, copy))
        return unusable(Tr::tr("cannot back up %1 to %2 before upgrading it").arg(path, copy));
    QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

} // namespace

Result<std::unique_ptr<Workspace>> Workspace::open(const QString &path)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error{ErrorCode::FileUnreadable, Tr::tr("cannot create the folder of %1").arg(path)};
    // An existing database is checked before anything may write to it, and backed up before
    // a migration: a damaged or newer workspace is refused and left byte for byte as it was.
    if (QFileInfo(path).size() > 0) {
        const auto version = inspect(path);
        if (!version)
            return version.error();
        if (*version < SchemaVersion) {
            if (auto saved = backUp(path, *version); !saved)
                return saved.error();
        }
    }
    const QString connection = connectionName();
    std::unique_ptr<Workspace> workspace(new Workspace(connection, path));
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
    db.setDatabaseName(path);
    if (!db.open())
        return Error{ErrorCode::FileUnreadable,
                     Tr::tr("cannot open the workspace %1: %2").arg(path, db.lastError().text())};
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QSqlQuery pragma(db);
    pragma.exec(u"PRAGMA foreign_keys = ON"_s);
    if (auto migrated = workspace->migrate(); !migrated)
        return migrated.error();
    return workspace;
}

int Workspace::schemaVersion() const
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.exec(u"PRAGMA user_version"_s);
    return query.next() ? query.value(0).toInt() : -1;
}

// Every step from the current version to SchemaVersion in one transaction: a failure rolls
// the whole upgrade back (SQLite DDL and user_version are transactional).
Result<void> Workspace::migrate()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    const int version = schemaVersion();
    if (version < 0 || version > SchemaVersion)
        return unusable(Tr::tr("%1 has an unknown schema version (%2)").arg(m_path).arg(version));
    if (version == SchemaVersion)
        return {};
    if (!db.transaction())
        return unusable(db.lastError().text());
    QSqlQuery query(db);
    QStringList statements;
    for (int step = version; step < SchemaVersion; ++step)
        statements << migrations().at(step);
    statements << u"PRAGMA user_version = %1"_s.arg(SchemaVersion);
    for (const QString &statement : std::as_const(statements)) {
        if (!query.exec(statement)) {
            //: %1 a file, %2 the database error
            const Error error = unusable(
                Tr::tr("%1 could not be upgraded: %2").arg(m_path, query.lastError().text()));
            query.finish();
            db.rollback();
            return error;
        }
    }
    if (!db.commit()) {
        const Error error = unusable(db.lastError().text());
        db.rollback();
        return error;
    }
    return {};
}

Result<qint64> Workspace::addDomain(const QString &domain)
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(u"INSERT OR IGNORE INTO domains (name, added) VALUES (?, ?)"_s);
    query.addBindValue(domain);
    query.addBindValue(dateValue(QDateTime::currentDateTimeUtc()));
    if (!query.exec())
        return sqlError(query.lastError());
    query.prepare(u"SELECT id FROM domains WHERE name = ?"_s);
    query.addBindValue(domain);
    if (!query.exec() || !query.next())
        return sqlError(query.lastError());
    return query.value(0).toLongLong();
}

Result<QStringList> Workspace::domains() const
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    if (!query.exec(u"SELECT name FROM domains ORDER BY name"_s))
        return sqlError(query.lastError());
    QStringList names;
    while (query.next())
        names << query.value(0).toString();
    return names;
}

static void bindKey(QSqlQuery &query, const DkimKeyEntry &e)
{
    query.bindValue(u":selector"_s, e.selector);
    query.bindValue(u":algorithm"_s, e.algorithm);
    query.bindValue(u":bits"_s, e.bits);
    query.bindValue(u":state"_s, e.state);
    query.bindValue(u":created"_s, dateValue(e.created));
    query.bindValue(u":published"_s, dateValue(e.published));
    query.bindValue(u":activated"_s, dateValue(e.activated));
    query.bindValue(u":retiring"_s, dateValue(e.retiring));
    query.bindValue(u":revoked"_s, dateValue(e.revoked));
    query.bindValue(u":destroyed"_s, dateValue(e.destroyed));
    query.bindValue(u":rotation_due"_s, dateValue(e.rotationDue));
    query.bindValue(u":retire_days"_s, e.retireDays);
    query.bindValue(u":public_key"_s, e.publicKey);
    query.bindValue(u":encrypted_private_key"_s,
                    e.encryptedPrivateKey.isEmpty() ? QVariant() : QVariant(e.encryptedPrivateKey));
    query.bindValue(u":secret_key"_s, e.secretKey);
}

Result<qint64> Workspace::addDkimKey(const DkimKeyEntry &entry)
{
    auto domainId = addDomain(entry.domain);
    if (!domainId)
        return domainId.error();
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(
        u"INSERT INTO dkim_keys (domain_id, selector, algorithm, bits, state, created, published,"
        " activated, retiring, revoked, destroyed, rotation_due, retire_days, public_key,"
        " encrypted_private_key, secret_key) VALUES (:domain_id, :selector, :algorithm, :bits,"
        " :state, :created, :published, :activated, :retiring, :revoked, :destroyed,"
        " :rotation_due, :retire_days, :public_key, :encrypted_private_key, :secret_key)"_s);
    query.bindValue(u":domain_id"_s, *domainId);
    bindKey(query, entry);
    if (!query.exec()) {
        if (query.lastError().nativeErrorCode() == u"2067"_s
            || query.lastError().text().contains(u"UNIQUE"_s))
            return Error{ErrorCode::InvalidInput,
                         Tr::tr("the workspace already has a key for selector %1 of %2")
                             .arg(entry.selector, entry.domain)};
        return sqlError(query.lastError());
    }
    return query.lastInsertId().toLongLong();
}

Result<void> Workspace::updateDkimKey(const DkimKeyEntry &entry)
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(
        u"UPDATE dkim_keys SET selector = :selector, algorithm = :algorithm, bits = :bits,"
        " state = :state, created = :created, published = :published, activated = :activated,"
        " retiring = :retiring, revoked = :revoked, destroyed = :destroyed,"
        " rotation_due = :rotation_due, retire_days = :retire_days, public_key = :public_key,"
        " encrypted_private_key = :encrypted_private_key, secret_key = :secret_key WHERE id = :id"_s);
    bindKey(query, entry);
    query.bindValue(u":id"_s, entry.id);
    if (!query.exec())
        return sqlError(query.lastError());
    if (query.numRowsAffected() != 1)
        return Error{ErrorCode::InvalidInput, Tr::tr("no DKIM key with id %1").arg(entry.id)};
    return {};
}

Result<QList<DkimKeyEntry>> Workspace::selectKeys(const QString &where,
                                                  const QVariantList &values) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(
        u"SELECT k.id, d.name, k.selector, k.algorithm, k.bits, k.state, k.created, k.published,"
        " k.activated, k.retiring, k.revoked, k.destroyed, k.rotation_due, k.retire_days,"
        " k.public_key, k.encrypted_private_key, k.secret_key"
        " FROM dkim_keys k JOIN domains d ON d.id = k.domain_id "_s
        + where + u" ORDER BY d.name, k.created, k.id"_s);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return sqlError(query.lastError());
    QList<DkimKeyEntry> keys;
    while (query.next()) {
        DkimKeyEntry e;
        e.id = query.value(0).toLongLong();
        e.domain = query.value(1).toString();
        e.selector = query.value(2).toString();
        e.algorithm = query.value(3).toString();
        e.bits = query.value(4).toInt();
        e.state = query.value(5).toString();
        e.created = dateFrom(query.value(6));
        e.published = dateFrom(query.value(7));
        e.activated = dateFrom(query.value(8));
        e.retiring = dateFrom(query.value(9));
        e.revoked = dateFrom(query.value(10));
        e.destroyed = dateFrom(query.value(11));
        e.rotationDue = dateFrom(query.value(12));
        e.retireDays = query.value(13).toInt();
        e.publicKey = query.value(14).toByteArray();
        e.encryptedPrivateKey = query.value(15).toByteArray();
        e.secretKey = query.value(16).toString();
        keys << e;
    }
    return keys;
}

Result<std::optional<DkimKeyEntry>> Workspace::dkimKey(qint64 id) const
{
    auto keys = selectKeys(u"WHERE k.id = ?"_s, {id});
    if (!keys)
        return keys.error();
    return keys->isEmpty() ? std::optional<DkimKeyEntry>() : std::optional(keys->first());
}

Result<std::optional<DkimKeyEntry>> Workspace::dkimKey(const QString &domain,
                                                       const QString &selector) const
{
    auto keys = selectKeys(u"WHERE d.name = ? AND k.selector = ?"_s, {domain, selector});
    if (!keys)
        return keys.error();
    return keys->isEmpty() ? std::optional<DkimKeyEntry>() : std::optional(keys->first());
}

Result<QList<DkimKeyEntry>> Workspace::dkimKeys(const QString &domain) const
{
    if (domain.isEmpty())
        return selectKeys({}, {});
    return selectKeys(u"WHERE d.name = ?"_s, {domain});
}

} // namespace Sceau::Storage
