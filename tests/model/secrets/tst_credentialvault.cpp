#include "model/secrets/credentialvault.h"
#include "model/secrets/secretstore.h"
#include "model/storage/workspace.h"

#include "await.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Sceau;
using namespace Sceau::Secrets;
using namespace Qt::StringLiterals;
using Test::await;

// SMTP accounts: metadata in the workspace's credentials table, the password only in a real
// gnome-keyring (tests/support/keyring/with-keyring.sh).
class tst_CredentialVault : public QObject
{
    Q_OBJECT
private:
    static Credential account(const QString &name)
    {
        Credential c;
        c.kind = CredentialKind::Smtp;
        c.name = name;
        c.host = u"smtp.example.com"_s;
        c.port = 465;
        c.username = u"alice@example.com"_s;
        c.security = Transport::SubmissionSecurity::ImplicitTls;
        return c;
    }

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("SCEAU_KEYRING_HOME"), "run through with-keyring.sh");
        QVERIFY(m_dir.isValid());
    }

    void addFindSecretRemove()
    {
        const QString path = m_dir.filePath(u"w.sqlite"_s);
        auto workspace = Storage::Workspace::open(path);
        QVERIFY(workspace);
        SecretStore store(u"sceau-test"_s);
        CredentialVault vault(workspace->get(), &store);
        const QByteArray password = "pa55-Wörd-7c1e9";

        // A deep copy: add() wipes the buffer it is given, with every QByteArray sharing it.
        QByteArray given(password.constData(), password.size());
        const auto added = await(vault.add(account(u"work"_s), given));
        QCOMPARE(given, QByteArray(password.size(), '\0')); // wiped once the keychain had it
        QVERIFY2(added, added ? "" : qPrintable(describe(added.error())));
        QVERIFY(added->id > 0);
        QVERIFY(added->secretKey.startsWith(u"credential/"_s));
        QVERIFY(added->created.isValid());

        const auto found = vault.find(u"work"_s);
        QVERIFY(found && *found);
        QCOMPARE(**found, *added);
        QCOMPARE(vault.list(CredentialKind::Smtp)->size(), 1);
        QVERIFY(!*vault.find(u"other"_s));

        const auto secret = await(vault.secret(**found));
        QVERIFY(secret);
        QCOMPARE(*secret, password);

        // The name is taken: refused before anything is written.
        const auto again = await(vault.add(account(u"work"_s), QByteArray("other")));
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::AlreadyExists);

        // The workspace file holds the metadata and never the password.
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            QVERIFY(bytes.contains("alice@example.com"));
            QVERIFY(!bytes.contains(password));
        }

        QVERIFY(await(vault.remove(u"work"_s)));
        QVERIFY(vault.list()->isEmpty());
        const auto entry = await(store.read(added->secretKey)); // the keychain entry went too
        QVERIFY(entry && !entry->has_value());
        const auto missing = await(vault.remove(u"work"_s));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
    }

    // A row whose secret is gone from the keychain: NotFound, never an empty password.
    void secretMissingFromKeychain()
    {
        auto workspace = Storage::Workspace::open(m_dir.filePath(u"m.sqlite"_s));
        QVERIFY(workspace);
        SecretStore store(u"sceau-test"_s);
        CredentialVault vault(workspace->get(), &store);
        const auto added = await(vault.add(account(u"gone"_s), QByteArray("x")));
        QVERIFY(added);
        QVERIFY(await(store.remove(added->secretKey)));
        const auto secret = await(vault.secret(*added));
        QVERIFY(!secret);
        QCOMPARE(secret.error().code, ErrorCode::NotFound);
    }

    // A TSIG key keeps its zone and algorithm; rotating it replaces the keychain's secret in
    // place and dates it, which is what the rotation reminder reads.
    void tsigKeyRotates()
    {
        auto workspace = Storage::Workspace::open(m_dir.filePath(u"t.sqlite"_s));
        QVERIFY(workspace);
        SecretStore store(u"sceau-test"_s);
        CredentialVault vault(workspace->get(), &store);
        Credential key;
        key.kind = CredentialKind::Tsig;
        key.name = u"primary"_s;
        key.username = u"update-key"_s;
        key.tsigAlgorithm = Dns::TsigAlgorithm::HmacSha512;
        key.zone = u"example.com"_s;
        const auto added = await(vault.add(key, QByteArray("b2xk")));
        QVERIFY(added);
        const auto found = vault.find(u"primary"_s);
        QVERIFY(found && *found);
        QCOMPARE((*found)->tsigAlgorithm, Dns::TsigAlgorithm::HmacSha512);
        QCOMPARE((*found)->zone, u"example.com"_s);
        QCOMPARE((*found)->rotated, (*found)->created);
        QVERIFY((*found)->publishes());

        const QDateTime later = (*found)->created.addDays(91);
        QCOMPARE(ageInDays(**found, later), 91);
        QVERIFY(rotationDue(**found, 90, later));
        QVERIFY(!rotationDue(**found, 92, later));

        QByteArray fresh("bmV3");
        const auto rotated = await(vault.rotate(u"primary"_s, fresh));
        QVERIFY2(rotated, rotated ? "" : qPrintable(describe(rotated.error())));
        QCOMPARE(fresh, QByteArray(4, '\0')); // wiped
        QCOMPARE(await(vault.secret(*rotated)).value(), QByteArray("bmV3"));
        QCOMPARE(vault.find(u"primary"_s)->value().secretKey, added->secretKey); // same entry
        QVERIFY(vault.find(u"primary"_s)->value().rotated >= added->created);
        QCOMPARE(await(vault.rotate(u"absent"_s, QByteArray("x"))).error().code,
                 ErrorCode::NotFound);
        QVERIFY(await(vault.remove(u"primary"_s)));
    }
};

QTEST_GUILESS_MAIN(tst_CredentialVault)
#include "tst_credentialvault.moc"
