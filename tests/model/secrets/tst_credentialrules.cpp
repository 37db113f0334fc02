#include "model/secrets/credentialrules.h"

#include <QTest>

using namespace Sceau;
using namespace Qt::StringLiterals;

// The one rule for what a credential's fields and secrets must be (CLI and GUI call it).
class tst_CredentialRules : public QObject
{
    Q_OBJECT
private slots:
    void names_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << u"knot"_s << true;
        QTest::newRow("punctuation") << u"a.b_c-d9"_s << true;
        QTest::newRow("64") << QString(64, u'x') << true;
        QTest::newRow("65") << QString(65, u'x') << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("space") << u"a b"_s << false;
        QTest::newRow("slash") << u"a/b"_s << false;
        QTest::newRow("non-ascii letter") << u"café"_s << false;
    }
    void names()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        const auto result = Secrets::validateCredentialName(name);
        QCOMPARE(bool(result), valid);
        if (valid)
            QCOMPARE(*result, name);
        else
            QCOMPARE(result.error().code, ErrorCode::InvalidInput);
    }

    void tsigSecrets_data()
    {
        QTest::addColumn<QByteArray>("secret");
        QTest::addColumn<bool>("valid");
        QTest::newRow("base64") << QByteArray("c2VjcmV0LWtleS1ieXRlcw==") << true;
        QTest::newRow("not base64") << QByteArray("not base64 !!") << false;
        QTest::newRow("empty") << QByteArray() << false;
        QTest::newRow("padding only") << QByteArray("====") << false;
        QTest::newRow("too long") << QByteArray(Secrets::MaxSecretBytes + 4, 'A') << false;
    }
    void tsigSecrets()
    {
        QFETCH(QByteArray, secret);
        QFETCH(bool, valid);
        const auto result = Secrets::validateTsigSecret(secret);
        QCOMPARE(bool(result), valid);
        if (!valid && !secret.isEmpty()) // never quoted in the message
            QVERIFY(!result.error().detail.contains(QString::fromLatin1(secret)));
    }

    void apiUrls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("expected"); // empty: refused
        QTest::newRow("https") << u"https://api.test/v4/"_s << u"https://api.test/v4"_s;
        QTest::newRow("port") << u"https://127.0.0.1:8443"_s << u"https://127.0.0.1:8443"_s;
        QTest::newRow("http") << u"http://api.test"_s << QString();
        QTest::newRow("no host") << u"https://"_s << QString();
        QTest::newRow("not a url") << u"api.test"_s << QString();
    }
    void apiUrls()
    {
        QFETCH(QString, url);
        QFETCH(QString, expected);
        const auto result = Secrets::validateApiUrl(url);
        QCOMPARE(bool(result), !expected.isEmpty());
        if (result)
            QCOMPARE(*result, expected);
    }

    // "<application secret>\n<consumer key>"; both parts wiped, whatever the outcome.
    void ovhSecret()
    {
        QByteArray secret("app-secret");
        QByteArray consumer("consumer-key");
        const auto both = Secrets::ovhSecret(secret, consumer);
        QVERIFY(both);
        QCOMPARE(*both, QByteArray("app-secret\nconsumer-key"));
        QVERIFY(secret.isEmpty() && consumer.isEmpty());

        QByteArray lineEnd("a\nb");
        QByteArray other("c");
        QVERIFY(!Secrets::ovhSecret(lineEnd, other));
        QVERIFY(lineEnd.isEmpty() && other.isEmpty());
        QByteArray empty;
        QByteArray some("c");
        QVERIFY(!Secrets::ovhSecret(empty, some));
        QVERIFY(some.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_CredentialRules)
#include "tst_credentialrules.moc"
