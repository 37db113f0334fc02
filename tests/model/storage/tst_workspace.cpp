#include "model/dkim/keytable.h"
#include "model/dmarc/reportstore.h"
#include "model/publish/journal.h"
#include "model/storage/checkhistory.h"
#include "model/storage/domainlist.h"
#include "model/storage/workspace.h"

#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Sceau;
using namespace Sceau::Storage;
using namespace Qt::StringLiterals;

class tst_Workspace : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void defaultPathIsAppData()
    {
        QVERIFY(Workspace::defaultPath().startsWith(
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
        QVERIFY(Workspace::defaultPath().contains(u".qttest"_s)); // test mode: never the user's
    }

    void createsSchema()
    {
        auto workspace = Workspace::open(m_dir.filePath(u"new.sqlite"_s));
        QVERIFY(workspace);
        QCOMPARE((*workspace)->schemaVersion(), Workspace::SchemaVersion);
        QVERIFY((*workspace)->domains()->isEmpty());
        QCOMPARE(QFile::permissions((*workspace)->path())
                     & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
    }

    // A version-1 database (domains only) gains the keys, credentials, DMARC report and journal
    // tables and
    // keeps its data.
    void migratesFromVersion1()
    {
        const QString path = m_dir.filePath(u"v1.sqlite"_s);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v1"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(
                u"CREATE TABLE domains (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, added TEXT NOT NULL)"_s));
            QVERIFY(q.exec(
                u"INSERT INTO domains (name, added) VALUES ('old.example', '2025-01-01T00:00:00Z')"_s));
            QVERIFY(q.exec(u"PRAGMA user_version = 1"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"v1"_s);
        m_v1 = bytes(path);
        QVERIFY(!m_v1.isEmpty());
        auto workspace = Workspace::open(path);
        QVERIFY(workspace);
        QCOMPARE((*workspace)->schemaVersion(), 6);
        QCOMPARE((*workspace)->domains().value(), QStringList{u"old.example"_s});
        QVERIFY(Dkim::KeyTable(workspace->get()).list()->isEmpty());     // the migrated key table
        QVERIFY(Dmarc::ReportStore(workspace->get()).list()->isEmpty()); // the report tables
        QVERIFY(Publish::Journal(workspace->get()).list()->isEmpty());   // the publish journal
        workspace->reset();
        // The version-1 file as it was, kept beside it before the upgrade.
        QCOMPARE(bytes(path + u".v1.bak"_s), m_v1);
        QCOMPARE(QFile::permissions(path + u".v1.bak"_s)
                     & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
    }

    // A version-5 database (before the domains list and the check history) gains the client,
    // tags and listed columns and the checks table; its domains are listed, with no client,
    // no tag and no check; the version-5 file is kept beside it.
    void migratesFromVersion5()
    {
        const QString path = m_dir.filePath(u"v5.sqlite"_s);
        {
            auto fresh = Workspace::open(path);
            QVERIFY(fresh);
        }
        // The version-6 additions taken away: what Sceau with schema 5 wrote.
        makeDatabase(path,
                     {u"DROP TABLE checks"_s,
                      u"ALTER TABLE domains DROP COLUMN client"_s,
                      u"ALTER TABLE domains DROP COLUMN tags"_s,
                      u"ALTER TABLE domains DROP COLUMN listed"_s,
                      u"ALTER TABLE dkim_keys DROP COLUMN hand_confirmed"_s,
                      u"INSERT INTO domains (name, added) VALUES ('kept.example', "
                      "'2026-01-01T00:00:00Z')"_s,
                      u"PRAGMA user_version = 5"_s});
        const QByteArray v5 = bytes(path);
        auto workspace = Workspace::open(path);
        QVERIFY(workspace);
        QCOMPARE((*workspace)->schemaVersion(), 6);
        const auto listed = DomainList(workspace->get()).list();
        QVERIFY(listed);
        QCOMPARE(listed->size(), 1);
        QCOMPARE(listed->first().name, u"kept.example"_s);
        QVERIFY(listed->first().client.isEmpty());
        QVERIFY(listed->first().tags.isEmpty());
        const auto checks = CheckHistory(workspace->get()).list(u"kept.example"_s);
        QVERIFY(checks);
        QVERIFY(checks->isEmpty());
        workspace->reset();
        QCOMPARE(bytes(path + u".v5.bak"_s), v5);
    }

    // A newer schema, random bytes, a truncated database, a damaged page in a database to be
    // upgraded, or an upgrade that fails half way: a clear error naming the file, and the file
    // keeps every byte.
    void refusesUnusable_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("newer schema") << u"newer"_s;
        QTest::newRow("random bytes") << u"random"_s;
        QTest::newRow("truncated") << u"truncated"_s;
        QTest::newRow("truncated, current version") << u"truncated-current"_s;
        QTest::newRow("damaged page before a migration") << u"damaged"_s;
        QTest::newRow("failing migration") << u"conflict"_s;
    }
    void refusesUnusable()
    {
        QFETCH(QString, kind);
        const QString path = m_dir.filePath(kind + u".sqlite"_s);
        if (kind == u"random"_s) {
            QByteArray junk(64 * 1024, '\0');
            QRandomGenerator random(7);
            for (char &c : junk)
                c = char(random.bounded(256));
            write(path, junk);
        } else if (kind == u"truncated"_s) {
            write(path, m_v1.left(m_v1.size() / 2 + 100));
        } else if (kind == u"truncated-current"_s) { // refused without a full check (SQLite)
            QVERIFY(Workspace::open(path));
            const qint64 schema = bytes(path).size(); // the schema's pages stay whole
            makeDatabase(path, {insertDomains(400)});
            const QByteArray whole = bytes(path);
            QVERIFY(whole.size() - schema >= 2 * pageSize(path));
            write(path, whole.left(schema + pageSize(path)));
        } else if (kind == u"damaged"_s) { // as long as its header says: only a full check sees it
            makeDatabase(path,
                         {u"CREATE TABLE domains (id INTEGER PRIMARY KEY, name TEXT NOT NULL "
                          "UNIQUE, added TEXT NOT NULL)"_s,
                          insertDomains(300),
                          u"PRAGMA user_version = 1"_s});
            damagePagesFrom(path, 3);
        } else {
            makeDatabase(path,
                         kind == u"newer"_s
                             ? QStringList{u"PRAGMA user_version = 99"_s}
                             // version 1 with a dkim_keys table already there: migration 1 fails
                             : QStringList{u"CREATE TABLE domains (id INTEGER PRIMARY KEY)"_s,
                                           u"CREATE TABLE dkim_keys (x TEXT)"_s,
                                           u"PRAGMA user_version = 1"_s});
        }
        const QByteArray before = bytes(path);
        QVERIFY(!before.isEmpty());
        const auto opened = Workspace::open(path);
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, ErrorCode::FileUnreadable);
        QVERIFY2(opened.error().detail.contains(path), qPrintable(opened.error().detail));
        QVERIFY(!describe(opened.error()).isEmpty());
        QCOMPARE(bytes(path), before);
        QVERIFY(!Workspace::open(path)); // and again: nothing was "repaired" in between
        QCOMPARE(bytes(path), before);
    }

    // At the current version, only the header and the schema are read when the workspace
    // opens; a damaged page met later fails the query that reads it, never an empty answer.
    void damageMetLaterFailsTheQuery()
    {
        const QString path = m_dir.filePath(u"damaged-later.sqlite"_s);
        QVERIFY(Workspace::open(path));
        const int pages = int(bytes(path).size() / pageSize(path));
        makeDatabase(path, {insertDomains(400)}); // on pages after the schema's
        QVERIFY(bytes(path).size() / pageSize(path) > pages);
        damagePagesFrom(path, pages);
        const QByteArray before = bytes(path);
        auto workspace = Workspace::open(path);
        QVERIFY(workspace);
        const auto domains = DomainList(workspace->get()).list();
        QVERIFY(!domains);
        QVERIFY(!describe(domains.error()).isEmpty());
        workspace->reset();
        QCOMPARE(bytes(path), before);
    }

private:
    // N domains d1.example … dN.example, as a version-1 database holds them.
    static QString insertDomains(int count)
    {
        return u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
               "INSERT INTO domains (name, added) "
               "SELECT 'd' || i || '.example', '2025-01-01T00:00:00Z' FROM n"_s.arg(count);
    }
    static qint64 pageSize(const QString &path)
    {
        const QByteArray header = bytes(path);
        const int size = (quint8(header.at(16)) << 8) | quint8(header.at(17));
        return size == 1 ? 65536 : size;
    }
    // Every page from the first'th (0-based) on gets an invalid b-tree page type: SQLite
    // reports the database as malformed when it reads one. The file keeps its length.
    static void damagePagesFrom(const QString &path, int first)
    {
        QByteArray data = bytes(path);
        const qint64 size = pageSize(path);
        QVERIFY(data.size() > first * size);
        for (qint64 at = first * size; at < data.size(); at += size)
            data[at] = char(0xff);
        write(path, data);
    }
    static QByteArray bytes(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    static void write(const QString &path, const QByteArray &data)
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
            qFatal("cannot write %s", qPrintable(path));
    }
    static void makeDatabase(const QString &path, const QStringList &statements)
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"maker"_s);
            db.setDatabaseName(path);
            if (!db.open())
                qFatal("cannot create %s", qPrintable(path));
            QSqlQuery query(db);
            for (const QString &statement : statements) {
                if (!query.exec(statement))
                    qFatal("%s", qPrintable(query.lastError().text()));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(u"maker"_s);
    }

    QTemporaryDir m_dir;
    QByteArray m_v1; // the version-1 database of migratesFromVersion1, before its upgrade
};

QTEST_GUILESS_MAIN(tst_Workspace)
#include "tst_workspace.moc"
