#include "model/dkim/keygenerator.h"
#include "model/dkim/keyrecord.h"
#include "model/dkim/publickey.h"

#include "await.h"
#include "testenv.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace Sceau;
using namespace Sceau::Dkim;
using namespace Qt::StringLiterals;

class tst_KeyGenerator : public QObject
{
    Q_OBJECT
private slots:
    void generate_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<int>("pSize");
        QTest::newRow("rsa-1024") << u"rsa-1024"_s << 162;
        QTest::newRow("rsa-2048") << u"rsa-2048"_s << 294;
        QTest::newRow("rsa-3072") << u"rsa-3072"_s << 422;
        QTest::newRow("ed25519") << u"ed25519"_s << 32;
    }
    void generate()
    {
        QFETCH(QString, token);
        QFETCH(int, pSize);
        const auto spec = KeySpec::fromToken(token);
        QVERIFY(spec);
        KeyGenerator generator;
        const Result<KeyPair> pair = Test::await(generator.generate(*spec), 60000);
        QVERIFY(pair);
        QCOMPARE(pair->spec, *spec);
        QCOMPARE(pair->privateKey.spec(), *spec);
        QCOMPARE(pair->publicKeyData.size(), pSize); // SPKI DER, or the raw 32 bytes (RFC 8463 §4)
        QCOMPARE(spec->isWeak(), spec->bits == 1024);

        // The p= key verifies what the private key signs.
        const auto publicKey = PublicKey::fromRecordData(spec->algorithm, pair->publicKeyData);
        QVERIFY(publicKey);
        const auto signature = pair->privateKey.sign("data to sign");
        QVERIFY(signature);
        QVERIFY(publicKey->verify("data to sign", *signature, HashAlgorithm::Sha256));
        QVERIFY(!publicKey->verify("data to sigN", *signature, HashAlgorithm::Sha256));

        // Encrypted PKCS#8 round trip; the wrong passphrase fails.
        const auto encrypted = pair->privateKey.toEncryptedPem("correct horse");
        QVERIFY(encrypted);
        QVERIFY(encrypted->startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
        QVERIFY(!PrivateKey::load(*encrypted, "wrong horse"));
        QVERIFY(!PrivateKey::load(*encrypted));
        const auto decrypted = PrivateKey::load(*encrypted, "correct horse");
        QVERIFY(decrypted);
        QCOMPARE(decrypted->publicKeyData(), pair->publicKeyData);
        QCOMPARE(PrivateKey::load(pair->privateKey.toPem())->publicKeyData(), pair->publicKeyData);
    }

    // cancel() right after generate(): whether the worker has started OpenSSL's generation yet
    // or not, the future must end Canceled, never with a key (no fixed wait to "let it start").
    void rsa4096CanBeCanceled()
    {
        KeyGenerator generator;
        auto future = generator.generate(*KeySpec::fromToken(u"rsa-4096"));
        generator.cancel();
        const Result<KeyPair> pair = Test::await(future);
        QVERIFY2(!pair, "generation finished despite cancel");
        QCOMPARE(pair.error().code, ErrorCode::Canceled);
    }

    void newestRequestWins()
    {
        KeyGenerator generator;
        auto first = generator.generate(*KeySpec::fromToken(u"rsa-4096"));
        auto second = generator.generate(*KeySpec::fromToken(u"ed25519"));
        QVERIFY(Test::await(second));
        QCOMPARE(Test::await(first).error().code, ErrorCode::Canceled);
    }

    void unsupportedSpec()
    {
        const auto pair = generateKeyPair({KeyAlgorithm::Rsa, 512});
        QVERIFY(!pair);
        QCOMPARE(pair.error().code, ErrorCode::InvalidInput);
    }

    void loadsDkimpyKeys_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("spec");
        QTest::newRow("pkcs1 1024") << u"1024_testkey.key"_s << u"rsa-1024"_s;
        QTest::newRow("pkcs1 2048") << u"2048_testkey.key"_s << u"rsa-2048"_s;
        QTest::newRow("pkcs8 2048") << u"2048_testkey_PKCS8.key"_s << u"rsa-2048"_s;
        QTest::newRow("ed25519 seed") << u"ed25519test.key"_s << u"ed25519"_s;
    }
    void loadsDkimpyKeys()
    {
        QFETCH(QString, file);
        QFETCH(QString, spec);
        QFile f(Test::dataPath(u"dkim/dkimpy/"_s + file));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto key = PrivateKey::load(f.readAll());
        QVERIFY(key);
        QCOMPARE(key->spec().token(), spec);
    }

    void ed25519SeedGivesRfc8463PublicKey()
    {
        QFile f(Test::dataPath(u"dkim/rfc8463/ed25519.private.seed.b64"_s));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto key = PrivateKey::load(f.readAll());
        QVERIFY(key);
        // RFC 8463 Appendix A.2: brisbane._domainkey.football.example.com
        QCOMPARE(key->publicKeyData().toBase64(), "11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=");
    }
};

QTEST_GUILESS_MAIN(tst_KeyGenerator)
#include "tst_keygenerator.moc"
