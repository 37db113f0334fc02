#include "model/dkim/keygenerator.h"
#include "model/dkim/keyrecord.h"
#include "model/dkim/keyvault.h"
#include "model/dkim/publicationcheck.h"
#include "model/dns/authoritativecheck.h"
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
        QCOMPARE(stored->state, KeyState::Generated);
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
        const auto twice = await(m_vault->store(u"example.com"_s, selector, *pair));
        QVERIFY(!twice);
        QCOMPARE(twice.error().code, ErrorCode::AlreadyExists);
    }

    // generated → published (DNS) → active → retiring → revoked (DNS) → destroyed, each step
    // through advance(); the DNS steps asked of every authoritative nameserver of dkim.test
    // (its NS is the test Knot).
    void lifecycleOnDns()
    {
        QFile file(Test::dataPath(u"dkim/keys/rsa2048.pem"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto key = PrivateKey::load(file.readAll());
        const KeyPair pair{key->spec(), *key, key->publicKeyData()};
        const auto stored = await(m_vault->store(u"dkim.test"_s, u"rotate"_s, pair));
        QVERIFY(stored);
        const qint64 id = stored->id;
        const auto step = [&](KeyStep s) { return await(m_vault->advance(id, s, &m_check)); };

        const auto early = step(KeyStep::Activate);
        QVERIFY(!early.key); // not published yet
        QCOMPARE(early.key.error().code, ErrorCode::NotAllowed);
        const auto published = step(KeyStep::Publish);
        QVERIFY2(published.key, published.key ? "" : qPrintable(describe(published.key.error())));
        QCOMPARE(published.key->state, KeyState::Published);
        QVERIFY(published.key->published.isValid());
        QCOMPARE(published.publication->serving(), 1);
        QCOMPARE(step(KeyStep::Activate).key->state, KeyState::Active);
        QCOMPARE(step(KeyStep::Retire).key->state, KeyState::Retiring);

        // DNS still serves the key: not yet revoked, with what each server serves.
        const auto notYet = step(KeyStep::Revoke);
        QVERIFY(!notYet.key);
        QCOMPARE(notYet.key.error().code, ErrorCode::NotYetPublished);
        QVERIFY(notYet.publication);
        QCOMPARE(notYet.publication->target, KeyState::Revoked);
        QCOMPARE(notYet.publication->servers.size(), 1);
        QCOMPARE(notYet.publication->serving(), 0);
        QCOMPARE(notYet.publication->failed(), 0);
        QCOMPARE(m_vault->key(id)->state, KeyState::Retiring);
        publishRevocation();
        const auto revoked = step(KeyStep::Revoke);
        QVERIFY2(revoked.key, revoked.key ? "" : qPrintable(describe(revoked.key.error())));
        QCOMPARE(revoked.key->state, KeyState::Revoked);

        const auto destroyed = step(KeyStep::Destroy);
        QVERIFY(destroyed.key);
        QCOMPARE(destroyed.key->state, KeyState::Destroyed);
        QVERIFY(!destroyed.publication);
        QVERIFY(m_vault->key(id)->encryptedPrivateKey.isEmpty());
        QVERIFY(!await(m_secrets.read(stored->secretKey))->has_value()); // passphrase gone
        QVERIFY(!await(m_vault->privateKey(id)));
    }

    // DNS serves another key at the selector: not yet published, the key stays generated.
    void publishRejectsOtherKey()
    {
        const auto pair = generateKeyPair({KeyAlgorithm::Ed25519, 256});
        const auto stored
            = await(m_vault->store(u"dkim.test"_s, u"ed"_s, *pair)); // DNS has another key
        QVERIFY(stored);
        const auto result = await(m_vault->advance(stored->id, KeyStep::Publish, &m_check));
        QVERIFY(!result.key);
        QCOMPARE(result.key.error().code, ErrorCode::NotYetPublished);
        QVERIFY(result.publication);
        QCOMPARE(result.publication->servers.size(), 1);
        QCOMPARE(result.publication->servers.first().status, Dns::LookupStatus::Answer);
        QVERIFY(!result.publication->servers.first().serves);
        QCOMPARE(m_vault->key(stored->id)->state, KeyState::Generated);
    }

    // No such key: NotFound; a step the lifecycle forbids: NotAllowed, before any DNS question.
    void refusedSteps()
    {
        const auto missing = await(m_vault->advance(987654, KeyStep::Publish, &m_check));
        QVERIFY(!missing.key);
        QCOMPARE(missing.key.error().code, ErrorCode::NotFound);
        QVERIFY(!missing.publication);
        QCOMPARE(m_vault->key(u"dkim.test"_s, u"nothing"_s).error().code, ErrorCode::NotFound);

        const auto pair = generateKeyPair({KeyAlgorithm::Ed25519, 256});
        const auto stored = await(m_vault->store(u"dkim.test"_s, u"refused"_s, *pair));
        QVERIFY(stored);
        for (const KeyStep step : {KeyStep::Activate, KeyStep::Retire, KeyStep::Revoke}) {
            const auto refused = await(m_vault->advance(stored->id, step, &m_check));
            QVERIFY(!refused.key);
            QCOMPARE(refused.key.error().code, ErrorCode::NotAllowed);
            QVERIFY(!refused.publication);
        }
        QCOMPARE(m_vault->key(stored->id)->state, KeyState::Generated);
    }

    // Issue 12 §5: a step the nameservers could not verify, confirmed by hand: the key moves,
    // the step is recorded as such and read back; a report where a server said "not serving",
    // or one for another record, is refused and nothing changes.
    void confirmByHand()
    {
        const auto pair = generateKeyPair({KeyAlgorithm::Ed25519, 256});
        const auto stored = await(m_vault->store(u"dkim.test"_s, u"byhand"_s, *pair));
        QVERIFY(stored);
        PublicationReport report;
        report.name = recordName(u"byhand"_s, u"dkim.test"_s);
        report.target = KeyState::Published;
        report.zone = u"dkim.test"_s;
        report.nsStatus = Dns::LookupStatus::Answer;
        report.servers << ServerPublication{u"ns1"_s, {}, Dns::LookupStatus::Timeout, false, {}};
        PublicationReport denied = report;
        denied.servers << ServerPublication{u"ns2"_s, {}, Dns::LookupStatus::Answer, false, {}};
        PublicationReport other = report;
        other.name = recordName(u"other"_s, u"dkim.test"_s);
        for (const PublicationReport &refused : {denied, other}) {
            const auto moved = m_vault->confirmByHand(stored->id, KeyStep::Publish, refused);
            QVERIFY(!moved);
            QCOMPARE(moved.error().code, ErrorCode::NotAllowed);
        }
        QCOMPARE(m_vault->confirmByHand(stored->id, KeyStep::Activate, report).error().code,
                 ErrorCode::NotAllowed);
        QCOMPARE(m_vault->key(stored->id)->state, KeyState::Generated);

        const auto moved = m_vault->confirmByHand(stored->id, KeyStep::Publish, report);
        QVERIFY2(moved, qPrintable(moved ? QString() : describe(moved.error())));
        QCOMPARE(moved->state, KeyState::Published);
        const auto reread = m_vault->key(stored->id);
        QCOMPARE(reread->state, KeyState::Published);
        QCOMPARE(reread->confirmedByHand, QStringList{u"publish"_s});
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
    Dns::LiveResolver m_resolver{Test::knotConfig()};
    Dns::AuthoritativeCheck m_check{&m_resolver, Test::knotServer().port, Test::knotConfig()};
    std::unique_ptr<Storage::Workspace> m_workspace;
    std::unique_ptr<KeyVault> m_vault;
};

QTEST_GUILESS_MAIN(tst_KeyVault)
#include "tst_keyvault.moc"
