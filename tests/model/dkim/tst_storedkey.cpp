#include "model/dkim/keyspec.h"
#include "model/dkim/rotation.h"
#include "model/dkim/storedkey.h"

#include <QTest>

using namespace Sceau;
using namespace Sceau::Dkim;
using namespace Qt::StringLiterals;

// The token tables of the DKIM lifecycle read both ways, with the tokens the workspace and the
// JSON have always used.
class tst_StoredKey : public QObject
{
    Q_OBJECT
private slots:
    void keyStateTokens_data()
    {
        QTest::addColumn<KeyState>("state");
        QTest::addColumn<QString>("token");
        QTest::newRow("generated") << KeyState::Generated << u"generated"_s;
        QTest::newRow("published") << KeyState::Published << u"published"_s;
        QTest::newRow("active") << KeyState::Active << u"active"_s;
        QTest::newRow("retiring") << KeyState::Retiring << u"retiring"_s;
        QTest::newRow("revoked") << KeyState::Revoked << u"revoked"_s;
        QTest::newRow("destroyed") << KeyState::Destroyed << u"destroyed"_s;
    }
    void keyStateTokens()
    {
        QFETCH(KeyState, state);
        QFETCH(QString, token);
        QCOMPARE(KeyStates.token(state), token);
        QCOMPARE(KeyStates.value(token), state);
        QCOMPARE(KeyStates.value(token.toUpper()), std::nullopt); // tokens are exact
    }

    void keySpecTokens_data()
    {
        QTest::addColumn<QString>("token");
        for (const KeySpec &spec : KeySpec::supported())
            QTest::newRow(qPrintable(spec.token())) << spec.token();
    }
    void keySpecTokens()
    {
        QFETCH(QString, token);
        const auto spec = KeySpec::fromToken(token);
        QVERIFY(spec);
        QCOMPARE(spec->token(), token);
        QCOMPARE(KeySpec::fromToken(token.toUpper()), spec); // read ignoring case
    }

    void otherTokens()
    {
        QCOMPARE(KeySpec{}.token(), u"rsa-2048"_s);
        QCOMPARE((KeySpec{KeyAlgorithm::Ed25519, 256}.token()), u"ed25519"_s);
        QCOMPARE(KeySpec::fromToken(u"rsa-512"), std::nullopt);
        QCOMPARE(KeyAlgorithms.valueIgnoringCase(u"ED25519"), KeyAlgorithm::Ed25519);
        QCOMPARE(keyTypeToken(KeyAlgorithm::Rsa), u"rsa"_s);
        QCOMPARE(KeyStates.value(u"rotating"), std::nullopt);
        QCOMPARE(
            KeySteps.tokens(),
            (QStringList{u"publish"_s, u"activate"_s, u"retire"_s, u"revoke"_s, u"destroy"_s}));
        for (const QString &word : KeySteps.tokens())
            QCOMPARE(KeySteps.token(*KeySteps.value(word)), word);
    }
};

QTEST_GUILESS_MAIN(tst_StoredKey)
#include "tst_storedkey.moc"
