#include "model/dkim/keygenerator.h"
#include "model/dkim/keyvault.h"
#include "model/dns/liveresolver.h"
#include "model/secrets/secretstore.h"
#include "model/storage/workspace.h"

#include "await.h"
#include "testenv.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace Sceau;
using namespace Sceau::Dkim;
using namespace Qt::StringLiterals;
using Test::await;

// Keys at rest against a real gnome-keyring (with-keyring.sh) and the test Knot.
namespace {
// Every file under dir whose bytes contain needle.
QStringList filesContaining(const QString &dir, const QByteArray &needle)
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            hits << file.fileName();
    }
    return hits;
}
} // namespace

class tst_KeyVault : public QObject
{
    Q_OBJECT
private slots:
    // Each test starts from dkim.test as its zone file says, whatever earlier updates did.
    void init() { QVERIFY(Test::reloadKnotZone(u"dkim.test"_s)); }

    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("SCEAU_KEYRING_HOME"), "run through with-keyring.sh");
        QStandardPaths::setTestModeEnabled(true);
        auto opened = Storage::Workspace::open(Storage::Workspace::defaultPath());
        QVERIFY(opened);
        m_workspace = std::move(*opened);
        QVERIFY(m_workspace->path().startsWith(qEnvironmentVariable("SCEAU_KEYRING_HOME")));
        m_vault = std::make_unique<KeyVault>(m_workspace.get(), &m_secrets);
    }

    void storeAndLoad_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::newRow("ed25519") << u"ed25519"_s;
        QTest::newRow("rsa-2048") << u"rsa-2048"_s;
    }
    void storeAndLoad()
    {
        QFETCH(QString, spec);
        const auto pair = generateKeyPair(*KeySpec::fromToken(spec));
        QVERIFY(pair);
        const QString selector = u"s-"_s + spec;
        const auto stored = await(m_vault->store(u"example.com"_s, selector, *pair));
        QVERIFY2(stored, stored ? "" : qPrintable(describe(stored.error())));
        QCOMPARE(stored->state, u"generated"_s);
        QVERIFY(stored->encryptedPrivateKey.startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
        QVERIFY(!PrivateKey::load(stored->encryptedPrivateKey)); // useless without the passphrase

        const auto loaded = await(m_vault->privateKey(stored->id));
        QVERIFY(loaded);
        QCOMPARE(loaded->publicKeyData(), pair->publicKeyData);

        // Nothing secret in any file of the test's HOME, XDG dirs, workspace or TMPDIR.
        const auto passphrase = await(m_secrets.read(stored->secretKey));
        QVERIFY(passphrase && passphrase->has_value());
        QCOMPARE(passphrase->value().size(), 44);
        const QByteArray pem = pair->privateKey.toPem();
        const QByteArray der
            = QByteArray::fromBase64(pem.split('\n').mid(1, pem.count('\n') - 2).join());
        QVERIFY(der.size() > 40);
        const QString home = qEnvironmentVariable("SCEAU_KEYRING_HOME");
        QCOMPARE(filesContaining(home, passphrase->value()), QStringList());
        QCOMPARE(filesContaining(home, der), QStringList());
        QCOMPARE(filesContaining(home, pem.split('\n').at(1)), QStringList()); // a base64 line
        QVERIFY(!filesContaining(home, stored->encryptedPrivateKey.split('\n').at(1))
                     .isEmpty()); // the scan sees the workspace

        // One key per selector.
        QVERIFY(!await(m_vault->store(u"example.com"_s, selector, *pair)));
    }

    // generated → published (DNS) → active → retiring → revoked (DNS) → destroyed.
    void lifecycleOnDns()
    {
        QFile file(Test::dataPath(u"dkim/keys/rsa2048.pem"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto key = PrivateKey::load(file.readAll());
        const KeyPair pair{key->spec(), *key, key->publicKeyData()};
        const auto stored = await(m_vault->store(u"dkim.test"_s, u"rotate"_s, pair));
        QVERIFY(stored);
        const qint64 id = stored->id;
        Dns::LiveResolver resolver(Test::knotConfig());

        QVERIFY(!m_vault->activate(id)); // not published yet
        const auto published = await(m_vault->confirmPublished(&resolver, id));
        QVERIFY2(published, published ? "" : qPrintable(describe(published.error())));
        QCOMPARE(published->state, u"published"_s);
        QVERIFY(published->published.isValid());
        QCOMPARE(m_vault->activate(id)->state, u"active"_s);
        QCOMPARE(m_vault->retire(id)->state, u"retiring"_s);

        QVERIFY(!await(m_vault->confirmRevoked(&resolver, id))); // DNS still serves the key
        publishRevocation();
        const auto revoked = await(m_vault->confirmRevoked(&resolver, id));
        QVERIFY2(revoked, revoked ? "" : qPrintable(describe(revoked.error())));
        QCOMPARE(revoked->state, u"revoked"_s);

        const auto destroyed = await(m_vault->destroy(id));
        QVERIFY(destroyed);
        QCOMPARE(destroyed->state, u"destroyed"_s);
        QVERIFY(m_workspace->dkimKey(id)->value().encryptedPrivateKey.isEmpty());
        QVERIFY(!await(m_secrets.read(stored->secretKey))->has_value()); // passphrase gone
        QVERIFY(!await(m_vault->privateKey(id)));
    }

    void confirmPublishedRejectsOtherKey()
    {
        const auto pair = generateKeyPair({KeyAlgorithm::Ed25519, 256});
        const auto stored
            = await(m_vault->store(u"dkim.test"_s, u"ed"_s, *pair)); // DNS has another key
        QVERIFY(stored);
        Dns::LiveResolver resolver(Test::knotConfig());
        const auto result = await(m_vault->confirmPublished(&resolver, stored->id));
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::InvalidInput);
        QCOMPARE(m_workspace->dkimKey(stored->id)->value().state, u"generated"_s);
    }

private:
    // RFC 2136 update signed with the fixture's TSIG key: rotate._domainkey gets an empty p=.
    void publishRevocation()
    {
        QFile secret(qEnvironmentVariable("SCEAU_TEST_WORKDIR") + u"/knot/tsig.secret"_s);
        QVERIFY(secret.open(QIODevice::ReadOnly));
        const Dns::NameServer server = Test::knotServer();
        QProcess update;
        update.start(
            u"knsupdate"_s,
            {u"-y"_s,
             u"hmac-sha256:sceau-test-key:"_s + QString::fromLatin1(secret.readAll().trimmed())});
        update.write(QStringLiteral("server %1 %2\nzone dkim.test.\n"
                                    "update delete rotate._domainkey.dkim.test. TXT\n"
                                    "update add rotate._domainkey.dkim.test. 300 TXT \"v=DKIM1; "
                                    "k=rsa; p=\"\nsend\nquit\n")
                         .arg(server.address.toString())
                         .arg(server.port)
                         .toLatin1());
        update.closeWriteChannel();
        QVERIFY(update.waitForFinished(10000));
        QVERIFY2(update.exitCode() == 0, update.readAllStandardError().constData());
    }

    Secrets::SecretStore m_secrets{u"sceau-test"_s};
    std::unique_ptr<Storage::Workspace> m_workspace;
    std::unique_ptr<KeyVault> m_vault;
};

QTEST_GUILESS_MAIN(tst_KeyVault)
#include "tst_keyvault.moc"
