#include "await.h"
#include "model/dkim/keygenerator.h"
#include "model/dkim/keyvault.h"
#include "model/secrets/secretstore.h"
#include "model/storage/workspace.h"
#include "testenv.h"
#include "testsession.h"
#include "widgets/views/dkimkeysview.h"
#include "widgets/wizards/dkim/dkimrotationwizard.h"

#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Sceau;
using namespace Qt::StringLiterals;
using Widgets::DkimRotationWizard;

namespace {
// The visible "not due yet" question (QTRY_VERIFY evaluates its expression again: no side
// effect here).
QMessageBox *earlyStepBox(QWidget *wizard)
{
    for (QMessageBox *box : wizard->findChildren<QMessageBox *>(u"earlyStepMessageBox"_s)) {
        if (box->isVisible())
            return box;
    }
    return nullptr;
}
} // namespace

// A full DKIM rotation in the real wizard, driven by object name: real generator, workspace,
// keychain (with-keyring.sh), and every DNS step checked on the test Knot's authoritative
// nameserver (dkim.test's NS is 127.0.0.1), the records published by RFC 2136 updates.
class tst_DkimRotationWizard : public QObject
{
    Q_OBJECT
private slots:
    // Each test starts from dkim.test as its zone file says, whatever earlier updates did.
    void init() { QVERIFY(Test::reloadKnotZone(u"dkim.test"_s)); }

    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("SCEAU_KEYRING_HOME"), "run through with-keyring.sh");
        m_session = Test::session(Test::knotSettings(), m_dir.filePath(u"workspace.sqlite"_s));
        auto opened = m_session->keyVault();
        QVERIFY(opened);
        m_vault = *opened;
        m_workspace = *m_session->workspace();
    }

    void fullRotation()
    {
        // The key being replaced: generated, stored (keychain), then active.
        Dkim::KeyGenerator generator;
        const auto pair = Test::await(generator.generate(*Dkim::KeySpec::fromToken(u"ed25519"_s)));
        QVERIFY(pair);
        auto old = Test::await(m_vault->store(u"dkim.test"_s, u"rotold"_s, *pair));
        QVERIFY2(old, qPrintable(old ? QString() : describe(old.error())));
        Dkim::StoredKey oldEntry = *old;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(Dkim::transition(oldEntry, Dkim::KeyState::Published, now));
        QVERIFY(Dkim::transition(oldEntry, Dkim::KeyState::Active, now));
        QVERIFY(Dkim::KeyTable(m_workspace).update(oldEntry));

        // Keys view: the active key offers Rotate… and its next step.
        Widgets::DkimKeysView view;
        view.setKeys(*m_vault->keys(), now);
        auto *tree = view.findChild<QTreeWidget *>(u"dkimKeysTreeWidget"_s);
        auto *rotate = view.findChild<QPushButton *>(u"rotatePushButton"_s);
        auto *nextStep = view.findChild<QPushButton *>(u"nextStepPushButton"_s);
        QVERIFY(!rotate->isEnabled()); // nothing selected
        tree->setCurrentItem(tree->findItems(u"rotold"_s, Qt::MatchExactly, 1).value(0));
        QVERIFY(rotate->isEnabled());
        QVERIFY(nextStep->isEnabled());
        QSignalSpy rotateSpy(&view, &Widgets::DkimKeysView::rotateRequested);
        rotate->click();
        QCOMPARE(rotateSpy.count(), 1);
        QCOMPARE(rotateSpy.first().first().toLongLong(), oldEntry.id);

        std::unique_ptr<DkimRotationWizard> wizard(DkimRotationWizard::forKey(
            m_vault, m_session.get(), *m_vault->keys(), oldEntry.id, true));
        QVERIFY(wizard);
        QSignalSpy changed(wizard.get(), &DkimRotationWizard::keysChanged);
        wizard->show();

        // 1. The new key: the domain is the old key's.
        QCOMPARE(wizard->currentId(), int(DkimRotationWizard::SetupPageId));
        auto *domain = wizard->findChild<QLineEdit *>(u"domainLineEdit"_s);
        QCOMPARE(domain->text(), u"dkim.test"_s);
        QVERIFY(domain->isReadOnly());
        wizard->findChild<QLineEdit *>(u"selectorLineEdit"_s)->setText(u"rotnew"_s);
        wizard->findChild<QRadioButton *>(u"ed25519RadioButton"_s)->click();
        wizard->next();
        QCOMPARE(wizard->currentId(), int(DkimRotationWizard::KeyPageId));
        QTRY_VERIFY_WITH_TIMEOUT(wizard->currentPage()->isComplete(), 15000);
        wizard->next();
        QCOMPARE(wizard->currentId(), int(DkimRotationWizard::StorePageId));
        QTRY_VERIFY_WITH_TIMEOUT(wizard->currentPage()->isComplete(), 15000);
        wizard->next();

        // 2. Its record, checked on DNS: not there yet, then published by RFC 2136.
        QCOMPARE(wizard->currentId(), int(DkimRotationWizard::CheckPageId));
        auto *page = wizard->currentPage();
        const QString zoneLine
            = page->findChild<QPlainTextEdit *>(u"zoneLinePlainTextEdit"_s)->toPlainText();
        QVERIFY2(zoneLine.startsWith(u"rotnew._domainkey.dkim.test. "_s), qPrintable(zoneLine));
        QVERIFY(zoneLine.contains(u"k=ed25519"_s));
        auto *check = page->findChild<QPushButton *>(u"checkDnsPushButton"_s);
        auto *result = page->findChild<QLabel *>(u"dnsResultLabel"_s);
        check->click(); // due already: no question
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(u"0 of 1"_s), 10000);
        QVERIFY(!page->isComplete());
        const qint64 newId = wizard->draft().stored->id;
        QCOMPARE(m_vault->key(newId).value().state, Dkim::KeyState::Generated);
        QVERIFY(Test::updateKnotZone(u"dkim.test"_s, u"update add "_s + zoneLine));
        check->click();
        QTRY_VERIFY_WITH_TIMEOUT(page->isComplete(), 10000);
        QVERIFY2(result->text().contains(u"1 of 1"_s), qPrintable(result->text()));
        QCOMPARE(m_vault->key(newId).value().state, Dkim::KeyState::Published);
        wizard->next();

        // 3. The signer switched: new key active, old key retiring with its date.
        QCOMPARE(wizard->currentId(), int(DkimRotationWizard::ActivatePageId));
        page = wizard->currentPage();
        auto *activate = page->findChild<QPushButton *>(u"activatePushButton"_s);
        QVERIFY(!activate->isEnabled());
        page->findChild<QCheckBox *>(u"signerSwitchedCheckBox"_s)->setChecked(true);
        QVERIFY(activate->isEnabled());
        activate->click();
        QTRY_VERIFY(page->isComplete()); // two steps through KeyVault::advance
        const auto newKey = m_vault->key(newId).value();
        const auto retiring = m_vault->key(oldEntry.id).value();
        QCOMPARE(newKey.state, Dkim::KeyState::Active);
        QVERIFY(newKey.activated.isValid());
        QCOMPARE(retiring.state, Dkim::KeyState::Retiring);
        QVERIFY(retiring.retiring.isValid());
        wizard->next();

        // 4. Revocation (not due for 7 days: asked first), checked on DNS.
        QCOMPARE(wizard->currentId(), int(DkimRotationWizard::RevokePageId));
        page = wizard->currentPage();
        const QString revocation
            = page->findChild<QPlainTextEdit *>(u"zoneLinePlainTextEdit"_s)->toPlainText();
        QCOMPARE(revocation,
                 u"rotold._domainkey.dkim.test. 3600 IN TXT \"v=DKIM1; k=ed25519; p=\""_s);
        QVERIFY(!page->findChild<QLabel *>(u"dueLabel"_s)->text().isEmpty());
        check = page->findChild<QPushButton *>(u"checkDnsPushButton"_s);
        result = page->findChild<QLabel *>(u"dnsResultLabel"_s);
        QVERIFY(check->isEnabled());
        check->click(); // not due: asked first; Cancel does nothing
        QTRY_VERIFY(earlyStepBox(wizard.get()));
        earlyStepBox(wizard.get())->button(QMessageBox::Cancel)->click();
        QVERIFY(result->text().isEmpty());
        QCOMPARE(m_vault->key(oldEntry.id).value().state, Dkim::KeyState::Retiring);
        check->click();
        QTRY_VERIFY(earlyStepBox(wizard.get()));
        earlyStepBox(wizard.get())->button(QMessageBox::Yes)->click();
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(u"0 of 1"_s), 10000); // NXDOMAIN
        QVERIFY(!page->isComplete());
        QCOMPARE(m_vault->key(oldEntry.id).value().state, Dkim::KeyState::Retiring);
        QVERIFY(Test::updateKnotZone(
            u"dkim.test"_s,
            u"update delete rotold._domainkey.dkim.test. TXT\nupdate add "_s + revocation));
        check->click();
        QTRY_VERIFY(earlyStepBox(wizard.get()));
        earlyStepBox(wizard.get())->button(QMessageBox::Yes)->click();
        QTRY_VERIFY_WITH_TIMEOUT(page->isComplete(), 10000);
        QCOMPARE(m_vault->key(oldEntry.id).value().state, Dkim::KeyState::Revoked);
        wizard->next();

        // 5. Destroy, after an explicit confirmation: passphrase and encrypted key erased.
        QCOMPARE(wizard->currentId(), int(DkimRotationWizard::DestroyPageId));
        page = wizard->currentPage();
        page->findChild<QPushButton *>(u"destroyPushButton"_s)->click();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = page->findChild<QMessageBox *>(u"destroyMessageBox"_s)) != nullptr
                    && box->isVisible());
        box->button(QMessageBox::Yes)->click();
        QTRY_VERIFY_WITH_TIMEOUT(page->isComplete(), 15000);
        const auto destroyed = m_vault->key(oldEntry.id).value();
        QCOMPARE(destroyed.state, Dkim::KeyState::Destroyed);
        QVERIFY(destroyed.encryptedPrivateKey.isEmpty());
        const auto secret = Test::await(m_session->secrets()->read(destroyed.secretKey));
        QVERIFY(secret);
        QVERIFY(!secret->has_value());
        QCOMPARE(changed.count(), 4); // published, active + retiring, revoked, destroyed

        // The view follows: the new key is active, the old one has no step left.
        view.setKeys(*m_vault->keys(), QDateTime::currentDateTimeUtc());
        tree->setCurrentItem(tree->findItems(u"rotold"_s, Qt::MatchExactly, 1).value(0));
        QVERIFY(!nextStep->isEnabled());
        QVERIFY(!rotate->isEnabled());
        QVERIFY(!DkimRotationWizard::forKey(
            m_vault, m_session.get(), *m_vault->keys(), oldEntry.id, false));
        tree->setCurrentItem(tree->findItems(u"rotnew"_s, Qt::MatchExactly, 1).value(0));
        QVERIFY(rotate->isEnabled());
    }

    // "Next step…" opens the wizard at the key's step.
    void nextStepStartsAtTheKeysStep()
    {
        Dkim::StoredKey key;
        key.domain = u"dkim.test"_s;
        key.selector = u"stepgen"_s;
        key.spec = {Dkim::KeyAlgorithm::Ed25519, 256};
        key.publicKey = QByteArray(32, 'k');
        key.encryptedPrivateKey = "unused";
        key.secretKey = u"dkim/test/stepgen"_s;
        Dkim::startLifecycle(key, QDateTime::currentDateTimeUtc());
        const auto id = Dkim::KeyTable(m_workspace).add(key);
        QVERIFY(id);
        const auto keys = *m_vault->keys();
        std::unique_ptr<DkimRotationWizard> wizard(
            DkimRotationWizard::forKey(m_vault, m_session.get(), keys, *id, false));
        QVERIFY(wizard);
        QVERIFY(!DkimRotationWizard::forKey(m_vault, m_session.get(), keys, *id, true));
        wizard->show();
        QCOMPARE(wizard->currentId(), int(DkimRotationWizard::CheckPageId));
        QVERIFY(wizard->oldKey()); // rotnew, the domain's active key, is what it replaces
        QCOMPARE(wizard->oldKey()->selector, u"rotnew"_s);
        // An RSA key signs beside the Ed25519 one: nothing to replace.
        key.selector = u"steprsa"_s;
        key.spec = Dkim::KeySpec{};
        key.secretKey = u"dkim/test/steprsa"_s;
        const auto rsaId = Dkim::KeyTable(m_workspace).add(key);
        QVERIFY(rsaId);
        std::unique_ptr<DkimRotationWizard> rsa(
            DkimRotationWizard::forKey(m_vault, m_session.get(), *m_vault->keys(), *rsaId, false));
        QVERIFY(rsa);
        QVERIFY(!rsa->oldKey());
        QVERIFY(wizard->findChild<QPlainTextEdit *>(u"zoneLinePlainTextEdit"_s)
                    ->toPlainText()
                    .startsWith(u"stepgen._domainkey.dkim.test. "_s));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Session> m_session;
    Storage::Workspace *m_workspace = nullptr;
    Dkim::KeyVault *m_vault = nullptr;
};

QTEST_MAIN(tst_DkimRotationWizard)
#include "tst_dkimrotationwizard.moc"
