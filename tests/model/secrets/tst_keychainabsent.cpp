#include "model/dkim/keygenerator.h"
#include "model/dkim/keyvault.h"
#include "model/secrets/secretstore.h"
#include "model/storage/workspace.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Sceau;
using namespace Qt::StringLiterals;

// No Secret Service on the bus (tests/support/keyring/without-secret-service.sh): every call
// finishes, within its timeout, with KeychainUnavailable; nothing falls back to a file.
class tst_KeychainAbsent : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
                 "run through without-secret-service.sh");
    }

    void writeFailsClearly()
    {
        Secrets::SecretStore store(u"sceau-test"_s);
        store.setTimeout(5000);
        auto future = store.write(u"key"_s, "secret");
        QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 10000);
        const Result<void> result = future.result();
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::KeychainUnavailable);
        QVERIFY(!describe(result.error()).isEmpty());
        QVERIFY(!result.error().detail.contains(u"5000"_s)); // the bus said no: not our timeout

        auto read = store.read(u"key"_s);
        QTRY_VERIFY_WITH_TIMEOUT(read.isFinished(), 10000);
        QCOMPARE(read.result().error().code, ErrorCode::KeychainUnavailable);
    }

    // A keychain that owns its bus name but never answers (a hung daemon): the timeout, not
    // the keychain, finishes the job.
    void hungKeychainTimesOut()
    {
        QProcess blackHole;
        blackHole.start(
            u"/usr/bin/python3"_s,
            {qEnvironmentVariable("SCEAU_KEYRING_SUPPORT") + u"/blackhole-secrets.py"_s});
        QVERIFY(blackHole.waitForReadyRead(10000));
        QCOMPARE(blackHole.readLine().trimmed(), "ready");
        Secrets::SecretStore store(u"sceau-test"_s);
        store.setTimeout(1000);
        auto future = store.read(u"key"_s);
        QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 10000);
        QVERIFY(!future.result());
        QCOMPARE(future.result().error().code, ErrorCode::KeychainUnavailable);
        QVERIFY(future.result().error().detail.contains(u"1000"_s));
        blackHole.kill();
        blackHole.waitForFinished();
    }

    void vaultStoresNothing()
    {
        QTemporaryDir dir;
        auto workspace = Storage::Workspace::open(dir.filePath(u"workspace.sqlite"_s));
        QVERIFY(workspace);
        Secrets::SecretStore store(u"sceau-test"_s);
        store.setTimeout(5000);
        Dkim::KeyVault vault(workspace->get(), &store);
        const auto pair = Dkim::generateKeyPair({Dkim::KeyAlgorithm::Ed25519, 256});
        QVERIFY(pair);
        auto stored = vault.store(u"example.com"_s, u"s1"_s, *pair);
        QTRY_VERIFY_WITH_TIMEOUT(stored.isFinished(), 10000);
        QVERIFY(!stored.result());
        QCOMPARE(stored.result().error().code, ErrorCode::KeychainUnavailable);
        QVERIFY((*workspace)->dkimKeys()->isEmpty()); // no key without its passphrase
    }
};

QTEST_GUILESS_MAIN(tst_KeychainAbsent)
#include "tst_keychainabsent.moc"
