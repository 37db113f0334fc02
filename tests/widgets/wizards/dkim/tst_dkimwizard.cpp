#include "model/dkim/keyvault.h"
#include "model/storage/preferences.h"
#include "model/storage/workspace.h"
#include "testsession.h"
#include "widgets/mainwindow/mainwindow.h"
#include "widgets/views/dkimkeysview.h"
#include "widgets/wizards/dkim/dkimwizard.h"

#include <QAction>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Sceau;
using namespace Qt::StringLiterals;

// The real wizard with the real generator, workspace and keychain (gnome-keyring on a private
// bus, with-keyring.sh), driven by object name.
class tst_DkimWizard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("SCEAU_KEYRING_HOME"), "run through with-keyring.sh");
        m_session = Test::session({}, m_dir.filePath(u"workspace.sqlite"_s));
        auto opened = m_session->keyVault();
        QVERIFY(opened);
        m_vault = *opened;
        m_workspace = *m_session->workspace();
    }

    void ed25519EndToEnd()
    {
        Widgets::DkimWizard wizard(m_vault);
        wizard.show();
        QVERIFY(!wizard.currentPage()->isComplete()); // no domain yet
        QTest::keyClicks(wizard.findChild<QLineEdit *>(u"domainLineEdit"_s), u"ex.test"_s);
        QVERIFY(wizard.currentPage()->isComplete());
        auto *selector = wizard.findChild<QLineEdit *>(u"selectorLineEdit"_s);
        QVERIFY(selector->text().startsWith(u"s20"_s)); // date-coded proposal
        selector->setText(u"wiz1"_s);
        wizard.findChild<QRadioButton *>(u"ed25519RadioButton"_s)->click();
        wizard.next();
        QCOMPARE(wizard.currentId(), int(Widgets::DkimWizard::KeyPageId));
        QTRY_VERIFY(wizard.currentPage()->isComplete()); // waits on the event loop, no sleep
        wizard.next();
        QCOMPARE(wizard.currentId(), int(Widgets::DkimWizard::StorePageId));
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 15000);
        wizard.next();
        const QString zoneLine
            = wizard.findChild<QPlainTextEdit *>(u"zoneLinePlainTextEdit"_s)->toPlainText();
        QVERIFY(zoneLine.startsWith(u"wiz1._domainkey.ex.test. "_s));
        QVERIFY(zoneLine.contains(u"k=ed25519"_s));
        QVERIFY(wizard.findChild<QLabel *>(u"weakKeyLabel"_s)->isHidden());

        const auto stored = Dkim::KeyTable(m_workspace).find(u"ex.test"_s, u"wiz1"_s);
        QVERIFY(stored && stored->has_value());
        QCOMPARE((*stored)->spec.token(), u"ed25519"_s);
        QCOMPARE(QByteArray("p=") + (*stored)->publicKey.toBase64(),
                 wizard.findChild<QPlainTextEdit *>(u"recordPlainTextEdit"_s)
                     ->toPlainText()
                     .section(u"; "_s, -1)
                     .toLatin1());
    }

    // A selector the workspace already uses for the domain is refused on the first page (it
    // used to fail two pages later), naming a free one (issue #12 §5).
    void takenSelectorBlocksNext()
    {
        Widgets::DkimWizard wizard(m_vault);
        wizard.show();
        QTest::keyClicks(wizard.findChild<QLineEdit *>(u"domainLineEdit"_s), u"ex.test"_s);
        auto *selector = wizard.findChild<QLineEdit *>(u"selectorLineEdit"_s);
        QVERIFY(selector->text().startsWith(u"s20"_s)); // a proposal, free for ex.test
        QVERIFY(wizard.currentPage()->isComplete());
        selector->clear();
        QTest::keyClicks(selector, u"WIZ1"_s); // stored by ed25519EndToEnd
        QVERIFY(!wizard.currentPage()->isComplete());
        const QString problem = wizard.findChild<QLabel *>(u"problemLabel"_s)->text();
        QVERIFY2(problem.contains(u"already has a key wiz1"_s), qPrintable(problem));
        // The same selector for another domain is free.
        wizard.findChild<QLineEdit *>(u"domainLineEdit"_s)->setText(u"other.test"_s);
        QCOMPARE(selector->text(), u"WIZ1"_s); // typed: kept
        QVERIFY(wizard.currentPage()->isComplete());
    }

    void invalidSelectorBlocksNext()
    {
        Widgets::DkimWizard wizard(m_vault);
        wizard.show();
        QTest::keyClicks(wizard.findChild<QLineEdit *>(u"domainLineEdit"_s), u"ex.test"_s);
        wizard.findChild<QLineEdit *>(u"selectorLineEdit"_s)->setText(u"bad_selector"_s);
        QVERIFY(!wizard.currentPage()->isComplete());
        QVERIFY(!wizard.findChild<QLabel *>(u"problemLabel"_s)->text().isEmpty());
    }

    // RSA 4096 can be stopped; Back and a smaller key then works, and the late result is dropped.
    void cancelLargeKeyThenRetry()
    {
        Widgets::DkimWizard wizard(m_vault);
        wizard.show();
        QTest::keyClicks(wizard.findChild<QLineEdit *>(u"domainLineEdit"_s), u"ex.test"_s);
        wizard.findChild<QLineEdit *>(u"selectorLineEdit"_s)->setText(u"wiz2"_s);
        wizard.findChild<QRadioButton *>(u"rsa4096RadioButton"_s)->click();
        wizard.next();
        auto *cancel = wizard.findChild<QPushButton *>(u"cancelKeyPushButton"_s);
        QVERIFY(cancel->isVisible());
        cancel->click();
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.findChild<QWidget *>(u"keyProgressBar"_s)->isVisible(),
                                 10000);
        QVERIFY(!wizard.currentPage()->isComplete());
        QVERIFY(!wizard.findChild<QLabel *>(u"keyStatusLabel"_s)->text().isEmpty());

        wizard.back();
        wizard.findChild<QRadioButton *>(u"rsa1024RadioButton"_s)->click();
        wizard.next();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 20000);
        QCOMPARE(wizard.draft().key->spec.bits, 1024);
        wizard.next();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 15000);
        wizard.next();
        QVERIFY(wizard.findChild<QLabel *>(u"weakKeyLabel"_s)->isVisible());
    }

    void keysView()
    {
        Widgets::DkimKeysView view;
        view.setKeys(Dkim::KeyTable(m_workspace).list().value(),
                     QDateTime::currentDateTimeUtc().addSecs(60));
        auto *tree = view.findChild<QTreeWidget *>(u"dkimKeysTreeWidget"_s);
        QCOMPARE(tree->topLevelItemCount(), 2);
        QCOMPARE(tree->topLevelItem(0)->text(1), u"wiz1"_s);
        QVERIFY(!tree->topLevelItem(0)->text(4).isEmpty()); // next step: publish
        QVERIFY(view.findChild<QLabel *>(u"dkimDueLabel"_s)->text().contains(u"2"_s));
    }

    // The main window's entry points, on its session's workspace.
    void fromTheMainWindow()
    {
        const QString path = m_dir.filePath(u"main.sqlite"_s);
        const auto session = Test::session({}, path);
        Storage::Preferences preferences(m_dir.filePath(u"sceau.ini"_s));
        Widgets::MainWindow window(session.get(), preferences);
        window.show();
        window.findChild<QAction *>(u"dkimWizardAction"_s)->trigger();
        auto *wizard = window.findChild<Widgets::DkimWizard *>(u"dkimWizard"_s);
        QVERIFY(wizard);
        QTRY_VERIFY(wizard->isVisible());
        QTest::keyClicks(wizard->findChild<QLineEdit *>(u"domainLineEdit"_s), u"main.test"_s);
        wizard->findChild<QRadioButton *>(u"ed25519RadioButton"_s)->click();
        wizard->next();
        QTRY_VERIFY(wizard->currentPage()->isComplete());
        wizard->next();
        QTRY_VERIFY_WITH_TIMEOUT(wizard->currentPage()->isComplete(), 15000);
        wizard->close();
        window.findChild<QAction *>(u"dkimKeysAction"_s)->trigger();
        auto *dialog = window.findChild<QDialog *>(u"dkimKeysDialog"_s);
        QVERIFY(dialog);
        QCOMPARE(dialog->findChild<QTreeWidget *>(u"dkimKeysTreeWidget"_s)->topLevelItemCount(), 1);
        QVERIFY(QFile::exists(path));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Session> m_session;
    Storage::Workspace *m_workspace = nullptr;
    Dkim::KeyVault *m_vault = nullptr;
};

QTEST_MAIN(tst_DkimWizard)
#include "tst_dkimwizard.moc"
