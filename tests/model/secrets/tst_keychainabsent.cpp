#include "model/dkim/keygenerator.h"
#include "model/dkim/keyvault.h"
#include "model/secrets/secretstore.h"
#include "model/storage/workspace.h"

#include "await.h"

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
        const Result<void> result = Test::await(store.write(u"key"_s, "secret"));
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::KeychainUnavailable);
        QVERIFY(!describe(result.error()).isEmpty());
        QVERIFY(!result.error().detail.contains(u"5000"_s)); // the bus said no: not our timeout

        QCOMPARE(Test::await(store.read(u"key"_s)).error().code, ErrorCode::KeychainUnavailable);
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
        const auto read = Test::await(store.read(u"key"_s));
        QVERIFY(!read);
        QCOMPARE(read.error().code, ErrorCode::KeychainUnavailable);
        QVERIFY(read.error().detail.contains(u"1000"_s));
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
        const auto stored = Test::await(vault.store(u"example.com"_s, u"s1"_s, *pair));
        QVERIFY(!stored);
        QCOMPARE(stored.error().code, ErrorCode::KeychainUnavailable);
        QVERIFY(vault.keys()->isEmpty()); // no key without its passphrase
    }
};

QTEST_GUILESS_MAIN(tst_KeychainAbsent)
#include "tst_keychainabsent.moc"
