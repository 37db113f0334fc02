#include "model/dkim/keyexport.h"
#include "model/dkim/keygenerator.h"
#include "model/dkim/rotation.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Sceau;
using namespace Sceau::Dkim;
using namespace Qt::StringLiterals;

class tst_Rotation : public QObject
{
    Q_OBJECT
private slots:
    void lifecycle()
    {
        const QDateTime t0(QDate(2026, 1, 10), QTime(9, 0), Qt::UTC);
        StoredKey key;
        key.id = 1;
        key.domain = u"example.com"_s;
        key.selector = u"s202601"_s;
        startLifecycle(key, t0);
        QCOMPARE(key.state, KeyState::Generated);
        QCOMPARE(key.rotationDue, t0.addMonths(6));
        QCOMPARE(dueActions({key}, t0).first().action, u"publish"_s);

        QVERIFY(!transition(key, KeyState::Active, t0)); // cannot skip publication
        QVERIFY(transition(key, KeyState::Published, t0.addDays(1)));
        QCOMPARE(dueActions({key}, t0).first().action, u"activate"_s);
        QVERIFY(transition(key, KeyState::Active, t0.addDays(2)));
        QCOMPARE(key.activated, t0.addDays(2));

        auto due = dueActions({key}, t0.addMonths(1));
        QCOMPARE(due.first().action, u"rotate"_s);
        QVERIFY(!due.first().overdue);
        QVERIFY(dueActions({key}, t0.addMonths(7)).first().overdue);

        QVERIFY(transition(key, KeyState::Retiring, t0.addMonths(6)));
        due = dueActions({key}, t0.addMonths(6).addDays(3));
        QCOMPARE(due.first().action, u"revoke"_s);
        QCOMPARE(due.first().due, t0.addMonths(6).addDays(7)); // default retirement: 7 days
        QVERIFY(!due.first().overdue);

        QVERIFY(transition(key, KeyState::Revoked, t0.addMonths(6).addDays(7)));
        QCOMPARE(dueActions({key}, t0.addYears(1)).first().action, u"destroy"_s);
        key.encryptedPrivateKey = "encrypted";
        QVERIFY(transition(key, KeyState::Destroyed, t0.addYears(1)));
        QVERIFY(key.encryptedPrivateKey.isEmpty());
        QVERIFY(dueActions({key}, t0.addYears(1)).isEmpty());
        QVERIFY(!transition(key, KeyState::Active, t0.addYears(1))); // no way back
    }

    void abandonGenerated()
    {
        StoredKey key;
        startLifecycle(key, QDateTime::currentDateTimeUtc(), {3, 2});
        QCOMPARE(key.retireDays, 2);
        QVERIFY(transition(key, KeyState::Destroyed, QDateTime::currentDateTimeUtc()));
    }

    // The due date of each state's next step, the one dueActions() and the wizard pages show.
    void dueDateOfEachStep_data()
    {
        QTest::addColumn<KeyState>("state");
        QTest::addColumn<QDateTime>("due");
        const QDateTime t0(QDate(2026, 1, 10), QTime(9, 0), Qt::UTC);
        QTest::newRow("generated: publish now") << KeyState::Generated << t0;
        QTest::newRow("published: activate now") << KeyState::Published << t0.addDays(1);
        QTest::newRow("active: rotate") << KeyState::Active << t0.addMonths(6);
        QTest::newRow("retiring: after the retire period")
            << KeyState::Retiring << t0.addDays(3 + 7);
        QTest::newRow("revoked: destroy now") << KeyState::Revoked << t0.addDays(12);
        QTest::newRow("destroyed: none") << KeyState::Destroyed << QDateTime();
    }
    void dueDateOfEachStep()
    {
        QFETCH(KeyState, state);
        QFETCH(QDateTime, due);
        const QDateTime t0(QDate(2026, 1, 10), QTime(9, 0), Qt::UTC);
        StoredKey key;
        startLifecycle(key, t0);
        key.published = t0.addDays(1);
        key.activated = t0.addDays(2);
        key.retiring = t0.addDays(3);
        key.revoked = t0.addDays(12);
        key.destroyed = t0.addDays(13);
        key.state = state;
        QCOMPARE(dueDate(key), due);
        const auto actions = dueActions({key}, t0);
        QCOMPARE(actions.isEmpty(), !due.isValid());
        if (!actions.isEmpty())
            QCOMPARE(actions.first().due, due);
    }

    // The one transition rule: the next state, or abandoning a generated key; NotAllowed else.
    void transitionRule()
    {
        QVERIFY(isAllowed(KeyState::Generated, KeyState::Published));
        QVERIFY(isAllowed(KeyState::Generated, KeyState::Destroyed));
        QVERIFY(isAllowed(KeyState::Revoked, KeyState::Destroyed));
        QVERIFY(!isAllowed(KeyState::Published, KeyState::Destroyed));
        QVERIFY(!isAllowed(KeyState::Active, KeyState::Published));
        StoredKey key;
        const auto refused = transition(key, KeyState::Active, QDateTime::currentDateTimeUtc());
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::NotAllowed);
        QCOMPARE(key.state, KeyState::Generated);
    }

    void dueActionsSorted()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        StoredKey a, b;
        startLifecycle(a, now);
        startLifecycle(b, now.addDays(-3));
        a.id = 1;
        b.id = 2;
        const auto due = dueActions({a, b}, now);
        QCOMPARE(due.size(), 2);
        QCOMPARE(due.first().keyId, 2);
    }

    void exportIsPrivateAndNeverOverwrites()
    {
        QTemporaryDir dir;
        const auto pair = generateKeyPair({KeyAlgorithm::Ed25519, 256});
        QVERIFY(pair);
        const QString path = dir.filePath(u"s1.private"_s);
        QVERIFY(exportPrivateKey(pair->privateKey, path));
        QCOMPARE(QFile::permissions(path) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray pem = file.readAll();
        QCOMPARE(PrivateKey::load(pem)->publicKeyData(), pair->publicKeyData);
        file.close();

        const auto again
            = exportPrivateKey(generateKeyPair({KeyAlgorithm::Ed25519, 256})->privateKey, path);
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::InvalidInput);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), pem); // untouched
    }

    void snippets()
    {
        const SigningSetup setup{
            u"example.com"_s, u"s202611"_s, u"/etc/dkim/s202611.private"_s, KeyAlgorithm::Rsa};
        QVERIFY(openDkimSnippet(setup).contains(
            u"s202611._domainkey.example.com example.com:s202611:/etc/dkim/s202611.private"_s));
        QVERIFY(openDkimSnippet(setup).contains(u"*@example.com s202611._domainkey.example.com"_s));
        QVERIFY(rspamdSnippet(setup).contains(u"selector = \"s202611\""_s));
        QVERIFY(eximSnippet(setup).contains(u"dkim_private_key = /etc/dkim/s202611.private"_s));
        QVERIFY(postfixSnippet(setup).contains(u"smtpd_milters"_s));
    }
};

QTEST_GUILESS_MAIN(tst_Rotation)
#include "tst_rotation.moc"
