#include "model/dkim/keyvault.h"
#include "model/publish/rfc2136publisher.h"
#include "model/secrets/credentialvault.h"
#include "testenv.h"
#include "testsession.h"
#include "widgets/dialogs/journaldialog.h"
#include "widgets/publish/publishpanel.h"
#include "widgets/wizards/dkim/dkimwizard.h"
#include "widgets/wizards/dmarc/dmarcwizard.h"
#include "widgets/wizards/transport/tlsrptwizard.h"

#include "await.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Sceau;
using namespace Qt::StringLiterals;

namespace {

// What the test Knot serves at name now.
QStringList onKnot(const QString &name)
{
    Publish::Rfc2136Publisher reader(Test::knotServer(), {});
    return Test::await(reader.read({u"propagate.test"_s, name, Dns::RrType::TXT})).values;
}
} // namespace

// The DKIM wizard publishes its key record through the PublishPanel to the test Knot (a TSIG
// credential in a real gnome-keyring), watches it reach both authoritative servers (the Knot
// and its secondary, knot-secondary), and the Journal dialog rolls the change back; every step
// checked on Knot itself.
class tst_PublishPanel : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Session> m_session;

private slots:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("SCEAU_KEYRING_HOME"), "run through with-keyring.sh");
        m_session = Test::session(Test::knotSettings(), m_dir.filePath(u"w.sqlite"_s));
        Secrets::Credential c;
        c.kind = Secrets::CredentialKind::Tsig;
        c.name = u"knot"_s;
        c.username = u"sceau-test-key"_s;
        c.zone = u"propagate.test"_s;
        QVERIFY(Test::await((*m_session->credentials())->add(c, Test::knotTsigSecret())));
    }

    void dkimWizardPublishesWatchesAndRollsBack()
    {
        const QString selector = u"w%1"_s.arg(QDateTime::currentMSecsSinceEpoch());
        const QString owner = selector + u"._domainkey.propagate.test"_s;
        Widgets::DkimWizard wizard(*m_session->keyVault(), m_session.get());
        wizard.show();
        QTest::keyClicks(wizard.findChild<QLineEdit *>(u"domainLineEdit"_s), u"propagate.test"_s);
        wizard.findChild<QLineEdit *>(u"selectorLineEdit"_s)->setText(selector);
        wizard.findChild<QRadioButton *>(u"ed25519RadioButton"_s)->click();
        wizard.next();
        QTRY_VERIFY(wizard.currentPage()->isComplete());
        wizard.next();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 15000);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(Widgets::DkimWizard::PublishPageId));

        auto *panel = wizard.findChild<Widgets::PublishPanel *>();
        QVERIFY(panel);
        panel->setWatchTiming(20000, 100);
        QVERIFY(wizard.findChild<QPlainTextEdit *>(u"snippetPlainTextEdit"_s)
                    ->toPlainText()
                    .startsWith(owner + u". 3600 IN TXT \"v=DKIM1; k=ed25519; p="_s));
        auto *credential = wizard.findChild<QComboBox *>(u"credentialComboBox"_s);
        QCOMPARE(credential->count(), 1);
        auto *publish = wizard.findChild<QPushButton *>(u"publishButton"_s);
        QVERIFY(publish->isEnabled());

        // Publish… reads the zone first and shows the change; nothing is sent yet.
        publish->click();
        auto *confirmBox = wizard.findChild<QWidget *>(u"confirmBox"_s);
        QTRY_VERIFY(confirmBox->isVisible());
        const QString diff = wizard.findChild<QLabel *>(u"diffLabel"_s)->text();
        QVERIFY2(diff.contains(u"(no record)"_s) && diff.contains(u"k=ed25519"_s),
                 qPrintable(diff));
        QVERIFY(onKnot(owner).isEmpty());

        // Confirmed: published, then watched until both servers serve it.
        QSignalSpy published(panel, &Widgets::PublishPanel::published);
        QSignalSpy watched(panel, &Widgets::PublishPanel::watchFinished);
        wizard.findChild<QPushButton *>(u"confirmButton"_s)->click();
        QVERIFY(published.wait(15000));
        QCOMPARE(onKnot(owner).size(), 1);
        QVERIFY(onKnot(owner).first().startsWith(u"v=DKIM1; k=ed25519; p="_s));
        QVERIFY(watched.size() == 1 || watched.wait(30000));
        QVERIFY(watched.first().first().toBool());
        auto *servers = wizard.findChild<QTableWidget *>(u"serversTable"_s);
        QCOMPARE(servers->rowCount(), 2);
        QCOMPARE(servers->item(0, 2)->text(), u"serves it"_s);
        QCOMPARE(servers->item(1, 2)->text(), u"serves it"_s);

        // Publish… again: the zone already serves it, nothing to confirm.
        publish->click();
        auto *status = wizard.findChild<QLabel *>(u"publishStatusLabel"_s);
        QTRY_VERIFY(status->text().contains(u"nothing to change"_s));
        QVERIFY(!confirmBox->isVisible());

        // The journal shows it, and rolls it back once confirmed.
        Widgets::JournalDialog journal(m_session.get());
        auto *table = journal.findChild<QTableWidget *>(u"journalTable"_s);
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 2)->text(), owner);
        QCOMPARE(table->item(0, 5)->text(), u"done"_s);
        table->selectRow(0);
        auto *rollBack = journal.findChild<QPushButton *>(u"rollBackButton"_s);
        QVERIFY(rollBack->isEnabled());
        QSignalSpy rolledBack(&journal, &Widgets::JournalDialog::rolledBack);
        QTimer::singleShot(0, this, [] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (box)
                box->button(QMessageBox::Yes)->click();
        });
        rollBack->click();
        QVERIFY(rolledBack.wait(15000));
        QVERIFY(rolledBack.first().first().toBool());
        QVERIFY(onKnot(owner).isEmpty());
        QCOMPARE(table->rowCount(), 2); // the rollback is journaled too
    }

    // A name no credential serves: Publish is off, the lines are still there to copy.
    void noCredentialNoPublish()
    {
        Widgets::PublishPanel panel(m_session.get());
        panel.setRecord(u"_dmarc.example.com"_s, Dns::RrType::TXT, {u"v=DMARC1; p=none"_s});
        QVERIFY(!panel.findChild<QPushButton *>(u"publishButton"_s)->isEnabled());
        QVERIFY(panel.findChild<QLabel *>(u"publishStatusLabel"_s)
                    ->text()
                    .contains(u"No credential"_s));
        QCOMPARE(panel.findChild<QPlainTextEdit *>(u"snippetPlainTextEdit"_s)->toPlainText(),
                 u"_dmarc.example.com. 3600 IN TXT \"v=DMARC1; p=none\"\n"_s);
    }

    // The other wizards feed their record to the panel: the credential for the zone is
    // offered, and an incomplete draft leaves nothing to publish.
    void wizardsFeedThePanel()
    {
        Widgets::TlsRptWizard tlsRpt(m_session.get());
        tlsRpt.show();
        auto *panel = tlsRpt.findChild<Widgets::PublishPanel *>();
        QVERIFY(panel);
        auto *publish = panel->findChild<QPushButton *>(u"publishButton"_s);
        QVERIFY(!publish->isEnabled()); // no domain yet
        tlsRpt.findChild<QLineEdit *>(u"domainLineEdit"_s)->setText(u"propagate.test"_s);
        tlsRpt.findChild<QPlainTextEdit *>(u"ruaPlainTextEdit"_s)
            ->setPlainText(u"tlsrpt@propagate.test"_s);
        QVERIFY(publish->isEnabled());
        QCOMPARE(panel->findChild<QComboBox *>(u"credentialComboBox"_s)->count(), 1);
        QVERIFY(panel->findChild<QPlainTextEdit *>(u"snippetPlainTextEdit"_s)
                    ->toPlainText()
                    .startsWith(u"_smtp._tls.propagate.test. "_s));

        Widgets::DmarcWizard dmarc(m_session.get());
        dmarc.show();
        dmarc.findChild<QLineEdit *>(u"domainLineEdit"_s)->setText(u"propagate.test"_s);
        dmarc.next();
        auto *dmarcPanel = dmarc.findChild<Widgets::PublishPanel *>();
        QVERIFY(dmarcPanel);
        QVERIFY(dmarcPanel->findChild<QPushButton *>(u"publishButton"_s)->isEnabled());
        QVERIFY(dmarcPanel->findChild<QPlainTextEdit *>(u"snippetPlainTextEdit"_s)
                    ->toPlainText()
                    .startsWith(u"_dmarc.propagate.test. "_s));
    }
};

QTEST_MAIN(tst_PublishPanel)
#include "tst_publishpanel.moc"
