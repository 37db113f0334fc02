#include "model/storage/workspace.h"

#include <QSqlDatabase>
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

    // A version-1 database (domains only) gains the keys table and keeps its data.
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
        auto workspace = Workspace::open(path);
        QVERIFY(workspace);
        QCOMPARE((*workspace)->schemaVersion(), 2);
        QCOMPARE((*workspace)->domains().value(), QStringList{u"old.example"_s});
        QVERIFY((*workspace)->dkimKeys()->isEmpty());
    }

    void refusesNewerSchema()
    {
        const QString path = m_dir.filePath(u"future.sqlite"_s);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"future"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery(db).exec(u"PRAGMA user_version = 99"_s);
            db.close();
        }
        QSqlDatabase::removeDatabase(u"future"_s);
        QVERIFY(!Workspace::open(path));
    }

    void keys()
    {
        auto opened = Workspace::open(m_dir.filePath(u"keys.sqlite"_s));
        QVERIFY(opened);
        Workspace &ws = **opened;
        DkimKeyEntry entry;
        entry.domain = u"example.com"_s;
        entry.selector = u"s202611"_s;
        entry.algorithm = u"ed25519"_s;
        entry.bits = 256;
        entry.state = u"generated"_s;
        entry.created = QDateTime(QDate(2026, 11, 24), QTime(6, 0), Qt::UTC);
        entry.rotationDue = entry.created.addMonths(6);
        entry.publicKey = QByteArray(32, 'p');
        entry.encryptedPrivateKey = "-----BEGIN ENCRYPTED PRIVATE KEY-----";
        entry.secretKey = u"dkim/example.com/s202611/x"_s;
        const auto id = ws.addDkimKey(entry);
        QVERIFY(id);
        QVERIFY(!ws.addDkimKey(entry)); // one key per selector and domain
        QCOMPARE(ws.domains().value(), QStringList{u"example.com"_s});

        auto loaded = ws.dkimKey(*id);
        QVERIFY(loaded && loaded->has_value());
        const DkimKeyEntry &e = **loaded;
        QCOMPARE(e.selector, entry.selector);
        QCOMPARE(e.created, entry.created);
        QCOMPARE(e.rotationDue, entry.rotationDue);
        QVERIFY(!e.published.isValid());
        QCOMPARE(e.publicKey, entry.publicKey);
        QCOMPARE(e.retireDays, 7);

        DkimKeyEntry updated = e;
        updated.state = u"published"_s;
        updated.published = entry.created.addDays(1);
        QVERIFY(ws.updateDkimKey(updated));
        QCOMPARE(ws.dkimKey(u"example.com"_s, u"s202611"_s)->value().published, updated.published);
        QVERIFY(!ws.dkimKey(u"example.com"_s, u"other"_s)->has_value());
        QCOMPARE(ws.dkimKeys(u"example.com"_s)->size(), 1);
        QCOMPARE(ws.dkimKeys(u"example.org"_s)->size(), 0);
        updated.id = 999;
        QVERIFY(!ws.updateDkimKey(updated));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(tst_Workspace)
#include "tst_workspace.moc"
