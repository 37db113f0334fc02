#include "model/dkim/keytable.h"
#include "model/dkim/keyvault.h"
#include "model/secrets/secretstore.h"
#include "model/session/session.h"
#include "testsession.h"
#include "widgets/wizards/dkim/dkimwizard.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>

using namespace Sceau;
using namespace Qt::StringLiterals;

// No Secret Service on the bus (tests/support/keyring/without-secret-service.sh). Issue 12 §5:
// while the key is being stored the page says the keychain may ask in a window of its own;
// when the keychain fails the page says why, stores nothing, and offers Retry, which tries
// again.
class tst_DkimWizardNoKeychain : public QObject
{
    Q_OBJECT
private slots:
    void storeFailureOffersRetry()
    {
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
                 "run through without-secret-service.sh");
        QTemporaryDir dir;
        auto session = Test::session({}, dir.filePath(u"w.sqlite"_s));
        session->secrets()->setTimeout(5000);
        const auto vault = session->keyVault();
        QVERIFY(vault);
        Widgets::DkimWizard wizard(*vault);
        wizard.show();
        QTest::keyClicks(wizard.findChild<QLineEdit *>(u"domainLineEdit"_s), u"nokey.test"_s);
        wizard.findChild<QRadioButton *>(u"ed25519RadioButton"_s)->click();
        wizard.next();
        QTRY_VERIFY(wizard.currentPage()->isComplete());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(Widgets::DkimWizard::StorePageId));
        auto *status = wizard.findChild<QLabel *>(u"storeStatusLabel"_s);
        auto *retry = wizard.findChild<QPushButton *>(u"retryPushButton"_s);
        QVERIFY(status->text().contains(u"keychain may ask"_s));
        QVERIFY(retry->isHidden());

        QTRY_VERIFY_WITH_TIMEOUT(retry->isVisible(), 15000);
        QVERIFY2(status->text().startsWith(u"The key was not stored"_s),
                 qPrintable(status->text()));
        QVERIFY(!wizard.currentPage()->isComplete());
        retry->click();
        QVERIFY(retry->isHidden()); // trying again
        QVERIFY(status->text().contains(u"keychain may ask"_s));
        QTRY_VERIFY_WITH_TIMEOUT(retry->isVisible(), 15000);
        QVERIFY(!wizard.currentPage()->isComplete());
        const auto keys = Dkim::KeyTable(*session->workspace()).list();
        QVERIFY(keys);
        QVERIFY(keys->isEmpty());
    }
};

QTEST_MAIN(tst_DkimWizardNoKeychain)
#include "tst_dkimwizardnokeychain.moc"
