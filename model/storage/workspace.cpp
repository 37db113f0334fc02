#include "model/storage/workspace.h"

#include "model/storage/tr.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
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
        // Secrets::CredentialTable: what each credential is for; its secret is in the keychain
        // under secret_key, never here (DESIGN.md §5). kind: smtp (later tsig, api-token…).
        {u"CREATE TABLE credentials ("
         " id INTEGER PRIMARY KEY, kind TEXT NOT NULL, name TEXT NOT NULL UNIQUE,"
         " host TEXT NOT NULL, port INTEGER NOT NULL, username TEXT NOT NULL,"
         " security TEXT, created TEXT NOT NULL, secret_key TEXT NOT NULL UNIQUE)"_s},
        // Dmarc::ReportStore: imported aggregate reports (RFC 9990), one per reporter and
        // report id; their rows; each row's DKIM and SPF results. Times in seconds since 1970.
        {u"CREATE TABLE dmarc_reports ("
         " id INTEGER PRIMARY KEY, org_name TEXT NOT NULL, report_id TEXT NOT NULL,"
         " format TEXT NOT NULL, email TEXT, begin_time INTEGER NOT NULL,"
         " end_time INTEGER NOT NULL, policy_domain TEXT NOT NULL, policy_p TEXT, policy_sp TEXT,"
         " policy_np TEXT, policy_adkim TEXT, policy_aspf TEXT, policy_testing TEXT,"
         " policy_pct TEXT, imported TEXT NOT NULL, UNIQUE(org_name, report_id))"_s,
         u"CREATE INDEX dmarc_reports_domain ON dmarc_reports(policy_domain, begin_time)"_s,
         u"CREATE TABLE dmarc_rows ("
         " id INTEGER PRIMARY KEY,"
         " report INTEGER NOT NULL REFERENCES dmarc_reports(id) ON DELETE CASCADE,"
         " source_ip TEXT NOT NULL, count INTEGER NOT NULL, disposition TEXT,"
         " dkim_aligned TEXT, spf_aligned TEXT, reasons TEXT, header_from TEXT,"
         " envelope_from TEXT)"_s,
         u"CREATE INDEX dmarc_rows_report ON dmarc_rows(report)"_s,
         u"CREATE TABLE dmarc_auth ("
         " row INTEGER NOT NULL REFERENCES dmarc_rows(id) ON DELETE CASCADE,"
         " method TEXT NOT NULL, domain TEXT, selector TEXT, scope TEXT, result TEXT)"_s,
         u"CREATE INDEX dmarc_auth_row ON dmarc_auth(row)"_s},
        // Credentials that publish (tsig, cloudflare, ovh): the zone each may change, the TSIG
        // algorithm, when the secret was last set. Publish::Journal: every change sent to a
        // zone, written before it is sent; before and after are JSON arrays of canonical values.
        {u"ALTER TABLE credentials ADD COLUMN zone TEXT NOT NULL DEFAULT ''"_s,
         u"ALTER TABLE credentials ADD COLUMN algorithm TEXT"_s,
         u"ALTER TABLE credentials ADD COLUMN rotated TEXT"_s,
         u"UPDATE credentials SET rotated = created"_s,
         u"CREATE TABLE publish_journal ("
         " id INTEGER PRIMARY KEY, time TEXT NOT NULL, backend TEXT NOT NULL,"
         " credential TEXT NOT NULL, zone TEXT NOT NULL, owner TEXT NOT NULL, type TEXT NOT NULL,"
         " ttl INTEGER NOT NULL, before_ttl INTEGER NOT NULL, action TEXT NOT NULL,"
         " before TEXT NOT NULL, after TEXT NOT NULL,"
         " outcome TEXT NOT NULL, detail TEXT NOT NULL DEFAULT '', rollback_of INTEGER)"_s},
        // Storage::DomainList: the client and tags (a JSON array) of each domain, and whether
        // it is on the list (a removed domain whose DKIM keys still name it stays, unlisted).
        // Storage::CheckHistory: each saved check, its report as the JSON of `check`.
        // Dkim::KeyTable: the DNS steps of a key confirmed by hand (comma-separated tokens).
        {u"ALTER TABLE domains ADD COLUMN client TEXT NOT NULL DEFAULT ''"_s,
         u"ALTER TABLE dkim_keys ADD COLUMN hand_confirmed TEXT NOT NULL DEFAULT ''"_s,
         u"ALTER TABLE domains ADD COLUMN tags TEXT NOT NULL DEFAULT '[]'"_s,
         u"ALTER TABLE domains ADD COLUMN listed INTEGER NOT NULL DEFAULT 1"_s,
         u"CREATE TABLE checks ("
         " id INTEGER PRIMARY KEY,"
         " domain_id INTEGER NOT NULL REFERENCES domains(id) ON DELETE CASCADE,"
         " at TEXT NOT NULL, resolver TEXT NOT NULL, complete INTEGER NOT NULL, score INTEGER,"
         " state TEXT NOT NULL, report TEXT NOT NULL)"_s,
         u"CREATE INDEX checks_domain ON checks(domain_id, at)"_s},
    };
    return steps;
}

Error sqlError(const QSqlError &error)
{
    return Error{ErrorCode::Internal, error.text()};
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

Error damaged(const QString &path, const QString &why)
{
    //: %1 a file, %2 what SQLite found
    return unusable(Tr::tr("%1 is damaged or is not a Sceau workspace (%2); move it aside or "
                           "restore a backup")
                        .arg(path, why));
}

// The schema version, on an open read-only database. The header and the schema are read at
// every opening: SQLite refuses random bytes, and a file shorter than its header says (a
// truncated copy). The whole file goes through quick_check only before a migration: reading
// every page at each start would cost in proportion to the history (about 0.2 s for 250 MB),
// and damage met later fails the query that meets it.
Result<int> readVersion(const QSqlDatabase &db, const QString &path)
{
    QSqlQuery query(db);
    if (!query.exec(u"SELECT count(*) FROM sqlite_schema"_s) || !query.next())
        return damaged(path, query.lastError().text());
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
    if (version < Workspace::SchemaVersion
        && (!query.exec(u"PRAGMA quick_check"_s) || !query.next()
            || query.value(0).toString() != u"ok"_s)) {
        return damaged(path,
                       query.lastError().isValid() ? query.lastError().text()
                                                   : query.value(0).toString());
    }
    return version;
}

// The schema version of an existing database, read without writing anything: the file must be
// a whole SQLite database (readVersion) and must not come from a newer Sceau.
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
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
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

QSqlDatabase Workspace::database() const
{
    return QSqlDatabase::database(m_connection);
}

} // namespace Sceau::Storage
