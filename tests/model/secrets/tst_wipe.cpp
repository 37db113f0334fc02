#include "model/secrets/wipe.h"

#include <QTest>

using namespace Sceau::Secrets;

// Secrets::wipe: zeros in place, shared buffers included, and literals left alone.
class tst_Wipe : public QObject
{
    Q_OBJECT
private slots:
    void wipesInPlace()
    {
        QByteArray secret("correct horse battery staple");
        const char *buffer = secret.constData();
        const qsizetype size = secret.size();
        QByteArray shared = secret; // the same buffer (implicit sharing)
        QCOMPARE(shared.constData(), buffer);
        wipe(secret);
        QVERIFY(secret.isEmpty());
        // The holder that shared it reads zeros now: no copy of the secret was made.
        QCOMPARE(shared.constData(), buffer);
        QCOMPARE(shared, QByteArray(size, '\0'));
    }

    void literalIsOnlyEmptied()
    {
        QByteArray literal = QByteArrayLiteral("static");
        wipe(literal); // read-only memory: must not be written
        QVERIFY(literal.isEmpty());
        QByteArray empty;
        wipe(empty);
        QVERIFY(empty.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_Wipe)
#include "tst_wipe.moc"
