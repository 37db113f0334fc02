#include "model/dkim/keytable.h"
#include "model/storage/workspace.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Sceau;
using namespace Sceau::Dkim;
using namespace Qt::StringLiterals;

// The dkim_keys rows of a real SQLite workspace: typed state and spec, tokens only in the SQL.
class tst_KeyTable : public QObject
{
    Q_OBJECT
private slots:
    void keys()
    {
        auto opened = Storage::Workspace::open(m_dir.filePath(u"keys.sqlite"_s));
        QVERIFY(opened);
        Storage::Workspace &ws = **opened;
        KeyTable table(&ws);
        StoredKey entry;
        entry.domain = u"example.com"_s;
        entry.selector = u"s202611"_s;
        entry.spec = {KeyAlgorithm::Ed25519, 256};
        entry.state = KeyState::Generated;
        entry.created = QDateTime(QDate(2026, 11, 24), QTime(6, 0), Qt::UTC);
        entry.rotationDue = entry.created.addMonths(6);
        entry.publicKey = QByteArray(32, 'p');
        entry.encryptedPrivateKey = "-----BEGIN ENCRYPTED PRIVATE KEY-----";
        entry.secretKey = u"dkim/example.com/s202611/x"_s;
        const auto id = table.add(entry);
        QVERIFY(id);
        const auto again = table.add(entry);
        QVERIFY(!again); // one key per selector and domain
        QCOMPARE(again.error().code, ErrorCode::AlreadyExists);
        QCOMPARE(ws.domains().value(), QStringList{u"example.com"_s});

        auto loaded = table.find(*id);
        QVERIFY(loaded && loaded->has_value());
        const StoredKey &e = **loaded;
        QCOMPARE(e.selector, entry.selector);
        QCOMPARE(e.spec, entry.spec);
        QCOMPARE(e.state, KeyState::Generated);
        QCOMPARE(e.created, entry.created);
        QCOMPARE(e.rotationDue, entry.rotationDue);
        QVERIFY(!e.published.isValid());
        QCOMPARE(e.publicKey, entry.publicKey);
        QCOMPARE(e.retireDays, 7);

        StoredKey updated = e;
        updated.state = KeyState::Published;
        updated.published = entry.created.addDays(1);
        QVERIFY(table.update(updated));
        const auto bySelector = table.find(u"example.com"_s, u"s202611"_s);
        QCOMPARE(bySelector->value().published, updated.published);
        QCOMPARE(bySelector->value().state, KeyState::Published);
        QVERIFY(!table.find(u"example.com"_s, u"other"_s)->has_value());
        QCOMPARE(table.list(u"example.com"_s)->size(), 1);
        QCOMPARE(table.list(u"example.org"_s)->size(), 0);
        updated.id = 999;
        const auto missing = table.update(updated);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
    }

    // The tokens in the SQL are those of KeyStates and KeySpec::token().
    void tokensAtTheSqlBoundary()
    {
        auto opened = Storage::Workspace::open(m_dir.filePath(u"tokens.sqlite"_s));
        QVERIFY(opened);
        KeyTable table(opened->get());
        StoredKey key;
        key.domain = u"example.com"_s;
        key.selector = u"rsa"_s;
        key.spec = {KeyAlgorithm::Rsa, 3072};
        key.state = KeyState::Retiring;
        key.created = QDateTime::currentDateTimeUtc();
        key.publicKey = QByteArray(32, 'p');
        key.secretKey = u"x"_s;
        const auto id = table.add(key);
        QVERIFY(id);
        QSqlQuery query((*opened)->database());
        QVERIFY(query.exec(u"SELECT algorithm, bits, state FROM dkim_keys"_s) && query.next());
        QCOMPARE(query.value(0).toString(), u"rsa-3072"_s);
        QCOMPARE(query.value(1).toInt(), 3072);
        QCOMPARE(query.value(2).toString(), u"retiring"_s);

        // A state token Sceau does not know: the workspace is damaged, never guessed.
        QVERIFY(query.exec(u"UPDATE dkim_keys SET state = 'lost'"_s));
        const auto unknown = table.find(*id);
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code, ErrorCode::FileUnreadable);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(tst_KeyTable)
#include "tst_keytable.moc"
