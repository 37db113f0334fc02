#include "model/secrets/credentialvault.h"
#include "model/secrets/secretstore.h"
#include "model/session/session.h"
#include "testsession.h"
#include "widgets/dialogs/credentialeditdialog.h"
#include "widgets/dialogs/credentialsdialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Sceau;
using namespace Qt::StringLiterals;
using Widgets::CredentialEditDialog;
using Widgets::CredentialsDialog;

// No Secret Service on the bus (tests/support/keyring/without-secret-service.sh): adding a
// credential through the Credentials dialog says the keychain is absent, and stores nothing
// (no row in the workspace, none in the table).
class tst_CredentialsDialogNoKeychain : public QObject
{
    Q_OBJECT
private slots:
    void addingSaysSoAndStoresNothing()
    {
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
                 "run through without-secret-service.sh");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto session = Test::session(Test::knotSettings(), dir.filePath(u"w.sqlite"_s));
        session->secrets()->setTimeout(5000);
        CredentialsDialog dialog(session.get());
        dialog.show();
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"addButton"_s), Qt::LeftButton);
        auto *form = dialog.findChild<CredentialEditDialog *>(u"credentialEditDialog"_s);
        QVERIFY(form && form->isVisible());
        auto *kinds = form->findChild<QComboBox *>(u"kindComboBox"_s);
        kinds->setCurrentIndex(kinds->findData(int(Secrets::CredentialKind::Cloudflare)));
        form->findChild<QLineEdit *>(u"nameLineEdit"_s)->setText(u"cf"_s);
        form->findChild<QLineEdit *>(u"cloudflareZoneLineEdit"_s)->setText(u"example.com"_s);
        form->findChild<QLineEdit *>(u"cloudflareTokenLineEdit"_s)->setText(u"a-token-123"_s);
        QSignalSpy finished(&dialog, &CredentialsDialog::changeFinished);
        QTest::mouseClick(form->findChild<QPushButton *>(u"okButton"_s), Qt::LeftButton);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().first().toBool(), false);
        const QString status = dialog.findChild<QLabel *>(u"statusLabel"_s)->text();
        QVERIFY2(status.contains(u"keychain"_s) && status.contains(u"Nothing was changed"_s),
                 qPrintable(status));
        QVERIFY(!status.contains(u"a-token-123"_s));
        QVERIFY((*session->credentials())->list()->isEmpty());
        QCOMPARE(dialog.findChild<QTreeWidget *>(u"credentialsTree"_s)->topLevelItemCount(), 0);
        QVERIFY(dialog.findChild<QPushButton *>(u"addButton"_s)->isEnabled());
    }
};

QTEST_MAIN(tst_CredentialsDialogNoKeychain)
#include "tst_credentialsdialognokeychain.moc"
