#include "await.h"
#include "model/dkim/keygenerator.h"
#include "model/dkim/keyrecord.h"
#include "model/dkim/keytable.h"
#include "model/dkim/keyvault.h"
#include "model/dkim/rotation.h"
#include "model/secrets/secretstore.h"
#include "model/storage/preferences.h"
#include "model/storage/workspace.h"
#include "testsession.h"
#include "widgets/mainwindow/mainwindow.h"
#include "widgets/views/dkimkeysdialog.h"
#include "widgets/wizards/dkim/dkimrotationwizard.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Sceau;
using namespace Qt::StringLiterals;

// The DKIM keys dialog over the session's workspace, opened from the main window's Tools menu
// and driven by object name: the keys it lists, the rotation wizard it opens, and what it says
// when the workspace cannot open.
class tst_DkimKeysDialog : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    // A key just generated (not yet published), as the key wizard stores it.
    static Dkim::StoredKey generatedKey(const QString &selector)
    {
        Dkim::StoredKey key;
        key.domain = u"dkim.test"_s;
        key.selector = selector;
        key.spec = *Dkim::KeySpec::fromToken(u"ed25519");
        key.publicKey = QByteArray(32, 'k');
        key.encryptedPrivateKey = "unused";
        key.secretKey = u"dkim/test/"_s + selector;
        Dkim::startLifecycle(key, QDateTime::currentDateTimeUtc());
        return key;
    }

    // The visible one of the window's message boxes named name, or null.
    static QMessageBox *shownBox(QWidget *window, const QString &name)
    {
        for (QMessageBox *box : window->findChildren<QMessageBox *>(name)) {
            if (box->isVisible())
                return box;
        }
        return nullptr;
    }

private slots:
    void listsTheWorkspaceKeys()
    {
        const auto session
            = Test::session(Test::knotSettings(), m_dir.filePath(u"workspace.sqlite"_s));
        auto workspace = session->workspace();
        QVERIFY(workspace);
        QVERIFY(Dkim::KeyTable(*workspace).add(generatedKey(u"listed1"_s)));
        QVERIFY(Dkim::KeyTable(*workspace).add(generatedKey(u"listed2"_s)));
        Storage::Preferences preferences(m_dir.filePath(u"sceau.ini"_s));
        Widgets::MainWindow window(session.get(), preferences);
        window.show();

        window.findChild<QAction *>(u"dkimKeysAction"_s)->trigger();
        auto *dialog = window.findChild<Widgets::DkimKeysDialog *>(u"dkimKeysDialog"_s);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->windowModality(), Qt::WindowModal);
        QVERIFY(dialog->findChild<QLabel *>(u"errorLabel"_s)->isHidden());
        auto *tree = dialog->findChild<QTreeWidget *>(u"dkimKeysTreeWidget"_s);
        QCOMPARE(tree->topLevelItemCount(), 2);
        QStringList selectors;
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            selectors << tree->topLevelItem(i)->text(1);
        selectors.sort();
        QCOMPARE(selectors, (QStringList{u"listed1"_s, u"listed2"_s}));

        // Next step on a generated key: the rotation wizard at the DNS check, over the session.
        tree->setCurrentItem(tree->findItems(u"listed1"_s, Qt::MatchExactly, 1).value(0));
        dialog->findChild<QPushButton *>(u"nextStepPushButton"_s)->click();
        auto *wizard = dialog->findChild<Widgets::DkimRotationWizard *>();
        QVERIFY(wizard);
        QTRY_VERIFY(wizard->isVisible());
        QCOMPARE(wizard->currentId(), int(Widgets::DkimRotationWizard::CheckPageId));
        QCOMPARE(wizard->check(), session->authoritativeCheck());
        // A settings change: the wizard's next check goes to the session's new check.
        QVERIFY(session->setResolverSettings(Test::knotSettings()));
        QCOMPARE(wizard->check(), session->authoritativeCheck());
    }

    // Issue 12 §5: Copy record gives the zone line; an overdue step is marked by an icon and
    // the word, not a link's colour; a rotation wizard closed half-way leaves the list current.
    void copyOverdueAndRefreshAfterTheWizard()
    {
        QTemporaryDir dir;
        const auto session
            = Test::session(Test::knotSettings(), dir.filePath(u"workspace.sqlite"_s));
        auto workspace = session->workspace();
        QVERIFY(workspace);
        Dkim::StoredKey late = generatedKey(u"late1"_s);
        const QDateTime longAgo = QDateTime::currentDateTimeUtc().addYears(-2);
        Dkim::startLifecycle(late, longAgo);
        QVERIFY(Dkim::transition(late, Dkim::KeyState::Published, longAgo));
        QVERIFY(Dkim::transition(late, Dkim::KeyState::Active, longAgo));
        QVERIFY(Dkim::KeyTable(*workspace).add(late));

        Widgets::DkimKeysDialog dialog(session.get());
        dialog.show();
        auto *tree = dialog.findChild<QTreeWidget *>(u"dkimKeysTreeWidget"_s);
        QCOMPARE(tree->topLevelItemCount(), 1);
        QTreeWidgetItem *item = tree->topLevelItem(0);
        const int dueColumn = tree->columnCount() - 1;
        QVERIFY2(item->text(dueColumn).endsWith(u"overdue"_s), qPrintable(item->text(dueColumn)));
        QVERIFY(!item->icon(dueColumn).isNull());
        QVERIFY(item->font(dueColumn).bold());
        QCOMPARE(item->foreground(dueColumn), QTreeWidgetItem().foreground(dueColumn));
        // Every column whole.
        int widths = 0;
        for (int c = 0; c < tree->columnCount(); ++c)
            widths += tree->columnWidth(c);
        QVERIFY2(widths <= tree->viewport()->width(),
                 qPrintable(u"%1 > %2"_s.arg(widths).arg(tree->viewport()->width())));

        tree->setCurrentItem(item);
        auto *copy = dialog.findChild<QPushButton *>(u"copyRecordPushButton"_s);
        QVERIFY(copy->isEnabled());
        copy->click();
        const QString record = Dkim::recordForKey(late.spec.algorithm, late.publicKey).toText();
        QCOMPARE(QApplication::clipboard()->text(),
                 Dkim::zoneLine(u"late1"_s, u"dkim.test"_s, record));
        // A never-published key can be abandoned; an active one cannot.
        QVERIFY(!dialog.findChild<QPushButton *>(u"abandonPushButton"_s)->isEnabled());

        dialog.findChild<QPushButton *>(u"rotatePushButton"_s)->click();
        auto *wizard = dialog.findChild<Widgets::DkimRotationWizard *>();
        QVERIFY(wizard);
        QTRY_VERIFY(wizard->isVisible());
        QVERIFY(Dkim::KeyTable(*workspace).add(generatedKey(u"late2"_s))); // as the wizard stores
        wizard->reject();
        QTRY_COMPARE(tree->topLevelItemCount(), 2);
    }

    // Issue 12 §5: a key generated and never published can be erased: its row says destroyed,
    // its passphrase leaves the keychain.
    void abandonsANeverPublishedKey()
    {
        QVERIFY2(qEnvironmentVariableIsSet("SCEAU_KEYRING_HOME"), "run through with-keyring.sh");
        QTemporaryDir dir;
        const auto session
            = Test::session(Test::knotSettings(), dir.filePath(u"workspace.sqlite"_s));
        const auto vault = session->keyVault();
        QVERIFY(vault);
        Dkim::KeyGenerator generator;
        const auto pair = Test::await(generator.generate(*Dkim::KeySpec::fromToken(u"ed25519"_s)));
        QVERIFY(pair);
        const auto stored = Test::await((*vault)->store(u"dkim.test"_s, u"abandon1"_s, *pair));
        QVERIFY(stored);

        Widgets::DkimKeysDialog dialog(session.get());
        dialog.show();
        auto *tree = dialog.findChild<QTreeWidget *>(u"dkimKeysTreeWidget"_s);
        tree->setCurrentItem(tree->topLevelItem(0));
        auto *abandon = dialog.findChild<QPushButton *>(u"abandonPushButton"_s);
        QVERIFY(abandon->isEnabled());
        abandon->click();
        QMessageBox *box = shownBox(&dialog, u"abandonMessageBox"_s);
        QVERIFY(box);
        box->button(QMessageBox::Yes)->click();
        QTRY_COMPARE((*vault)->key(stored->id)->state, Dkim::KeyState::Destroyed);
        QTRY_VERIFY(!abandon->isEnabled());
        const auto secret = Test::await(session->secrets()->read(stored->secretKey));
        QVERIFY(secret);
        QVERIFY(!secret->has_value());
    }

    // A junk file where the workspace should be: the DKIM actions say why in a window-modal
    // message, and open nothing.
    void damagedWorkspaceIsSaid()
    {
        const QString path = m_dir.filePath(u"junk.sqlite"_s);
        QFile junk(path);
        QVERIFY(junk.open(QIODevice::WriteOnly));
        QVERIFY(junk.write(QByteArray(4096, 'x')) == 4096);
        junk.close();
        const auto session = Test::session(Test::knotSettings(), path);
        const auto failed = session->keyVault();
        QVERIFY(!failed);
        const QString reason = describe(failed.error());
        Storage::Preferences preferences(m_dir.filePath(u"sceau.ini"_s));
        Widgets::MainWindow window(session.get(), preferences);
        window.show();

        for (const QString &action : {u"dkimKeysAction"_s, u"dkimWizardAction"_s}) {
            window.findChild<QAction *>(action)->trigger();
            QTRY_VERIFY(shownBox(&window, u"keyVaultErrorMessageBox"_s));
            QMessageBox *box = shownBox(&window, u"keyVaultErrorMessageBox"_s);
            QVERIFY2(box->text().contains(reason), qPrintable(box->text()));
            QCOMPARE(box->windowModality(), Qt::WindowModal);
            box->button(QMessageBox::Ok)->click();
            QTRY_VERIFY(!shownBox(&window, u"keyVaultErrorMessageBox"_s));
        }
        QVERIFY(!window.findChild<Widgets::DkimKeysDialog *>());
        QVERIFY(!window.findChild<Widgets::DkimWizard *>());

        // The dialog itself says it, never an empty list.
        Widgets::DkimKeysDialog dialog(session.get());
        auto *error = dialog.findChild<QLabel *>(u"errorLabel"_s);
        QVERIFY(!error->isHidden());
        QVERIFY2(error->text().contains(describe(session->workspace().error())),
                 qPrintable(error->text()));
        QCOMPARE(dialog.findChild<QTreeWidget *>(u"dkimKeysTreeWidget"_s)->topLevelItemCount(), 0);
    }
};

QTEST_MAIN(tst_DkimKeysDialog)
#include "tst_dkimkeysdialog.moc"
