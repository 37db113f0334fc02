#include "model/secrets/secretstore.h"

#include "await.h"

#include <QProcess>
#include <QTest>

using namespace Sceau;
using namespace Sceau::Secrets;
using namespace Qt::StringLiterals;
using Test::await;

// Against a real gnome-keyring on a private D-Bus session (tests/support/keyring/with-keyring.sh).
class tst_SecretStore : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("SCEAU_KEYRING_HOME"), "run through with-keyring.sh");
    }

    void roundTrip()
    {
        SecretStore store(u"sceau-test"_s);
        const QByteArray secret("binary\0secret\xff", 14);
        const auto written = await(store.write(u"dkim/example.com/s1"_s, secret));
        QVERIFY2(written, written ? "" : qPrintable(describe(written.error())));
        const auto read = await(store.read(u"dkim/example.com/s1"_s));
        QVERIFY2(read, read ? "" : qPrintable(describe(read.error())));
        QVERIFY(read->has_value());
        QCOMPARE(**read, secret);

        // Another service does not see it.
        SecretStore other(u"sceau-other"_s);
        const auto elsewhere = await(other.read(u"dkim/example.com/s1"_s));
        QVERIFY(elsewhere && !elsewhere->has_value());

        QVERIFY(await(store.remove(u"dkim/example.com/s1"_s)));
        const auto gone = await(store.read(u"dkim/example.com/s1"_s));
        QVERIFY(gone);
        QVERIFY(!gone->has_value());
        QVERIFY(await(store.remove(u"dkim/example.com/s1"_s))); // removing twice is fine
    }

    void overwrite()
    {
        SecretStore store(u"sceau-test"_s);
        QVERIFY(await(store.write(u"token"_s, "first")));
        QVERIFY(await(store.write(u"token"_s, "second")));
        QCOMPARE(await(store.read(u"token"_s))->value(), "second");
    }

    void concurrentJobs()
    {
        SecretStore store(u"sceau-test"_s);
        QList<QFuture<Result<void>>> writes;
        for (int i = 0; i < 5; ++i)
            writes << store.write(u"k%1"_s.arg(i), QByteArray::number(i));
        for (auto &w : writes)
            QVERIFY(await(w));
        for (int i = 0; i < 5; ++i)
            QCOMPARE(await(store.read(u"k%1"_s.arg(i)))->value(), QByteArray::number(i));
    }

    // Last: locks the login collection. Unlocking needs a prompt, which cannot be shown here:
    // the store says the keychain is locked, in time, and never hangs.
    void lockedKeychain()
    {
        SecretStore store(u"sceau-test"_s);
        QVERIFY(await(store.write(u"before-lock"_s, "secret")));
        // org.freedesktop.Secret.Service.Lock, through gdbus (libglib2.0-bin).
        QProcess lock;
        lock.start(u"gdbus"_s,
                   {u"call"_s,
                    u"--session"_s,
                    u"--dest"_s,
                    u"org.freedesktop.secrets"_s,
                    u"--object-path"_s,
                    u"/org/freedesktop/secrets"_s,
                    u"--method"_s,
                    u"org.freedesktop.Secret.Service.Lock"_s,
                    u"['/org/freedesktop/secrets/collection/login']"_s});
        QVERIFY(lock.waitForFinished(10000));
        QVERIFY2(lock.exitCode() == 0, lock.readAllStandardError().constData());
        // QtKeychain's libsecret backend reports a locked item it could not unlock as absent:
        // what matters is that the secret does not come back and nothing hangs.
        const auto read = await(store.read(u"before-lock"_s));
        QVERIFY(!read || !read->has_value());
        const auto written = await(store.write(u"after-lock"_s, "secret"));
        QVERIFY(!written);
        QCOMPARE(written.error().code, ErrorCode::KeychainLocked);
    }
};

QTEST_GUILESS_MAIN(tst_SecretStore)
#include "tst_secretstore.moc"
