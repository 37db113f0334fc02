#include "await.h"
#include "model/secrets/credentialvault.h"
#include "model/session/session.h"
#include "model/storage/preferences.h"
#include "testenv.h"
#include "testsession.h"
#include "widgets/dialogs/credentialeditdialog.h"
#include "widgets/dialogs/credentialsdialog.h"
#include "widgets/mainwindow/mainwindow.h"

#include <QAction>
#include <QComboBox>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUuid>

using namespace Sceau;
using namespace Qt::StringLiterals;
using Secrets::CredentialKind;
using Widgets::CredentialEditDialog;
using Widgets::CredentialsDialog;

namespace {

// A secret of its own for each run, so finding it anywhere means this run wrote it there.
QByteArray fresh(const char *prefix)
{
    return prefix + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

const QString Zone = u"journal.test"_s; // served by the test Knot; its SOA names the primary
} // namespace

// The Credentials dialog driven by object name: credentials added through its form for each
// kind (secrets in a real gnome-keyring, with-keyring.sh), refused input, rotation reminders,
// rotation, removal, and TSIG tests against the test Knot (accepted; a key it knows but lets
// update nothing, refused "bad-key").
class tst_CredentialsDialog : public QObject
{
    Q_OBJECT
private:
    template<typename T> T *child(const QString &name) const
    {
        T *widget = m_dialog->findChild<T *>(name);
        if (!widget)
            qFatal("no %s in the dialog", qPrintable(name));
        return widget;
    }

    // The form opened by Add… or Rotate…: the visible one (a closed one awaits deletion).
    CredentialEditDialog *openForm(const QString &button)
    {
        QTest::mouseClick(child<QPushButton>(button), Qt::LeftButton);
        for (auto *form : m_dialog->findChildren<CredentialEditDialog *>()) {
            if (form->isVisible())
                return form;
        }
        qFatal("%s opened no form", qPrintable(button));
    }

    template<typename T> static T *field(QWidget *form, const QString &name)
    {
        T *widget = form->findChild<T *>(name);
        if (!widget)
            qFatal("no %s in the form", qPrintable(name));
        return widget;
    }

    // Presses OK on a valid form: the form closes with its password fields cleared, and the
    // dialog's change ends; returns whether it was done.
    bool submit(CredentialEditDialog *form)
    {
        QSignalSpy finished(m_dialog.get(), &CredentialsDialog::changeFinished);
        QList<QPointer<QLineEdit>> secrets;
        for (QLineEdit *edit : form->findChildren<QLineEdit *>()) {
            if (edit->echoMode() == QLineEdit::Password)
                secrets << edit;
        }
        QTest::mouseClick(field<QPushButton>(form, u"okButton"_s), Qt::LeftButton);
        if (form->isVisible())
            qFatal("the form refused: %s",
                   qPrintable(field<QLabel>(form, u"errorLabel"_s)->text()));
        for (const auto &edit : secrets) {
            if (!edit->text().isEmpty())
                qFatal("a password field kept its text");
        }
        if (!child<QPushButton>(u"cancelButton"_s)->isEnabled())
            qFatal("no busy state while the keychain works");
        if (!finished.wait(20000))
            qFatal("the change did not finish");
        return finished.first().first().toBool();
    }

    CredentialEditDialog *addForm(CredentialKind kind, const QString &name)
    {
        CredentialEditDialog *form = openForm(u"addButton"_s);
        auto *kinds = field<QComboBox>(form, u"kindComboBox"_s);
        kinds->setCurrentIndex(kinds->findData(int(kind)));
        field<QLineEdit>(form, u"nameLineEdit"_s)->setText(name);
        return form;
    }

    CredentialEditDialog *
    tsigForm(const QString &name, const QString &keyName, int algorithm, const QByteArray &secret)
    {
        CredentialEditDialog *form = addForm(CredentialKind::Tsig, name);
        field<QLineEdit>(form, u"tsigZoneLineEdit"_s)->setText(Zone);
        field<QLineEdit>(form, u"tsigKeyNameLineEdit"_s)->setText(keyName);
        field<QComboBox>(form, u"tsigAlgorithmComboBox"_s)->setCurrentIndex(algorithm);
        field<QLineEdit>(form, u"tsigSecretLineEdit"_s)->setText(QString::fromLatin1(secret));
        return form;
    }

    Secrets::Credential stored(const QString &name) const
    {
        const auto found = m_vault->find(name);
        if (!found || !*found)
            qFatal("%s is not in the workspace", qPrintable(name));
        return **found;
    }

    QByteArray secretOf(const QString &name) const
    {
        const auto secret = Test::await(m_vault->secret(stored(name)));
        if (!secret)
            qFatal("no secret for %s: %s", qPrintable(name), qPrintable(describe(secret.error())));
        return *secret;
    }

    QTreeWidgetItem *row(const QString &name) const
    {
        const auto items = child<QTreeWidget>(u"credentialsTree"_s)
                               ->findItems(name, Qt::MatchExactly, CredentialsDialog::NameColumn);
        return items.isEmpty() ? nullptr : items.first();
    }

    void select(const QString &name)
    {
        QTreeWidgetItem *item = row(name);
        QVERIFY(item);
        child<QTreeWidget>(u"credentialsTree"_s)->setCurrentItem(item);
        QVERIFY(item->isSelected());
    }

    // Selects name, presses Test, waits for its verdict.
    std::pair<CredentialsDialog::Verdict, QString> test(const QString &name)
    {
        select(name);
        QSignalSpy tested(m_dialog.get(), &CredentialsDialog::testFinished);
        QTest::mouseClick(child<QPushButton>(u"testButton"_s), Qt::LeftButton);
        if (child<QPushButton>(u"testButton"_s)->isEnabled()
            || !child<QPushButton>(u"cancelButton"_s)->isEnabled())
            qFatal("no busy state while testing");
        if (!tested.wait(30000))
            qFatal("the test did not finish");
        if (tested.size() != 1 || tested.first().first().toString() != name)
            qFatal("one test, one verdict");
        return {tested.first().at(1).value<CredentialsDialog::Verdict>(),
                tested.first().at(2).toString()};
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<Storage::Preferences> m_preferences;
    std::unique_ptr<CredentialsDialog> m_dialog;
    Secrets::CredentialVault *m_vault = nullptr;
    QList<QByteArray> m_secrets; // every secret typed into a form, for secretsAreNowhereElse

private slots:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("SCEAU_KEYRING_HOME"), "run through with-keyring.sh");
        QVERIFY(m_dir.isValid());
        m_session = Test::session(Test::knotSettings(), m_dir.filePath(u"w.sqlite"_s));
        const auto vault = m_session->credentials();
        QVERIFY(vault);
        m_vault = *vault;
        m_preferences = std::make_unique<Storage::Preferences>(m_dir.filePath(u"sceau.ini"_s));
        m_dialog = std::make_unique<CredentialsDialog>(m_session.get(), m_preferences.get());
        m_dialog->show();
        QCOMPARE(child<QSpinBox>(u"periodSpinBox"_s)->value(), 90);
        QCOMPARE(child<QTreeWidget>(u"credentialsTree"_s)->topLevelItemCount(), 0);
        QVERIFY(!child<QPushButton>(u"testButton"_s)->isEnabled()); // nothing selected
    }

    // Each kind through the form: its settings in the workspace, its secret in the keychain
    // (read back through the vault), a row saying what it serves.
    void addsEachKind()
    {
        const QByteArray password = fresh("pw-");
        CredentialEditDialog *form = addForm(CredentialKind::Smtp, u"mail"_s);
        field<QLineEdit>(form, u"smtpHostLineEdit"_s)->setText(u"smtp.example.com"_s);
        field<QComboBox>(form, u"smtpSecurityComboBox"_s)->setCurrentIndex(1);
        QCOMPARE(field<QSpinBox>(form, u"smtpPortSpinBox"_s)->value(), 465);
        field<QLineEdit>(form, u"smtpUserLineEdit"_s)->setText(u"alice@example.com"_s);
        field<QLineEdit>(form, u"smtpPasswordLineEdit"_s)->setText(QString::fromLatin1(password));
        QVERIFY(submit(form));
        Secrets::Credential mail = stored(u"mail"_s);
        QCOMPARE(mail.kind, CredentialKind::Smtp);
        QCOMPARE(mail.host, u"smtp.example.com"_s);
        QCOMPARE(mail.port, 465);
        QCOMPARE(mail.security, Transport::SubmissionSecurity::ImplicitTls);
        QCOMPARE(mail.username, u"alice@example.com"_s);
        QCOMPARE(secretOf(u"mail"_s), password);
        QCOMPARE(row(u"mail"_s)->text(CredentialsDialog::ServesColumn),
                 u"alice@example.com@smtp.example.com"_s);

        const QByteArray tsig = Test::knotTsigSecret(u"tsig.secret"_s);
        QVERIFY(submit(tsigForm(u"knot"_s, u"sceau-test-key"_s, 0, tsig)));
        const Secrets::Credential knot = stored(u"knot"_s);
        QCOMPARE(knot.kind, CredentialKind::Tsig);
        QCOMPARE(knot.zone, Zone);
        QCOMPARE(knot.username, u"sceau-test-key"_s);
        QCOMPARE(knot.tsigAlgorithm, Dns::TsigAlgorithm::HmacSha256);
        QVERIFY(knot.host.isEmpty()); // the primary is the SOA's
        QCOMPARE(secretOf(u"knot"_s), tsig);
        QCOMPARE(row(u"knot"_s)->text(CredentialsDialog::ServesColumn), Zone);

        const QByteArray other = Test::knotTsigSecret(u"tsig-other.secret"_s);
        QVERIFY(submit(tsigForm(u"other"_s, u"sceau-other-key"_s, 1, other)));
        QCOMPARE(stored(u"other"_s).tsigAlgorithm, Dns::TsigAlgorithm::HmacSha512);

        const QByteArray token = fresh("cf-");
        form = addForm(CredentialKind::Cloudflare, u"cf"_s);
        field<QLineEdit>(form, u"cloudflareZoneLineEdit"_s)->setText(u"Example.COM."_s);
        field<QLineEdit>(form, u"cloudflareApiLineEdit"_s)->setText(u"https://api.test/v4/"_s);
        field<QLineEdit>(form, u"cloudflareTokenLineEdit"_s)->setText(QString::fromLatin1(token));
        QVERIFY(submit(form));
        QCOMPARE(stored(u"cf"_s).zone, u"example.com"_s);
        QCOMPARE(stored(u"cf"_s).host, u"https://api.test/v4"_s);
        QCOMPARE(secretOf(u"cf"_s), token);

        const QByteArray applicationSecret = fresh("as-");
        const QByteArray consumerKey = fresh("ck-");
        form = addForm(CredentialKind::Ovh, u"ovh"_s);
        field<QLineEdit>(form, u"ovhZoneLineEdit"_s)->setText(u"example.org"_s);
        field<QLineEdit>(form, u"ovhApplicationKeyLineEdit"_s)->setText(u"app-key"_s);
        field<QLineEdit>(form, u"ovhSecretLineEdit"_s)
            ->setText(QString::fromLatin1(applicationSecret));
        field<QLineEdit>(form, u"ovhConsumerKeyLineEdit"_s)
            ->setText(QString::fromLatin1(consumerKey));
        QVERIFY(submit(form));
        QCOMPARE(stored(u"ovh"_s).username, u"app-key"_s);
        QVERIFY(stored(u"ovh"_s).host.isEmpty()); // the provider's endpoint
        QCOMPARE(secretOf(u"ovh"_s), applicationSecret + '\n' + consumerKey);

        QCOMPARE(child<QTreeWidget>(u"credentialsTree"_s)->topLevelItemCount(), 5);
        QCOMPARE(row(u"ovh"_s)->text(CredentialsDialog::KindColumn), u"OVHcloud application"_s);
        QVERIFY(row(u"ovh"_s)->text(CredentialsDialog::AgeColumn).startsWith(u"0 "_s));
        m_secrets << password << tsig << other << token << applicationSecret << consumerKey;
    }

    // Wrong input is refused by the model's rules, said in the form, which stays open; nothing
    // is stored; the message never quotes the secret.
    void refusesInvalidInput_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("message");
        const QString good = QString::fromLatin1(Test::knotTsigSecret(u"tsig.secret"_s));
        QTest::newRow("bad name") << u"bad name!"_s << Zone << good << u"is not a name"_s;
        QTest::newRow("taken name") << u"knot"_s << Zone << good << u"already exists"_s;
        QTest::newRow("bad zone") << u"z"_s << u"a..b"_s << good << u"Zone:"_s;
        QTest::newRow("not base64") << u"b64"_s << Zone << u"not-base64-!!"_s << u"base64"_s;
        QTest::newRow("no secret") << u"empty"_s << Zone << QString() << u"empty"_s;
    }
    void refusesInvalidInput()
    {
        QFETCH(QString, name);
        QFETCH(QString, zone);
        QFETCH(QString, secret);
        QFETCH(QString, message);
        QSignalSpy changes(m_dialog.get(), &CredentialsDialog::changeFinished);
        CredentialEditDialog *form = tsigForm(name, u"k"_s, 0, secret.toLatin1());
        field<QLineEdit>(form, u"tsigZoneLineEdit"_s)->setText(zone);
        QTest::mouseClick(field<QPushButton>(form, u"okButton"_s), Qt::LeftButton);
        QVERIFY(form->isVisible());
        const QString shown = field<QLabel>(form, u"errorLabel"_s)->text();
        QVERIFY2(shown.contains(message), qPrintable(shown));
        if (!secret.isEmpty())
            QVERIFY(!shown.contains(secret));
        QVERIFY(child<QPushButton>(u"addButton"_s)->isEnabled()); // nothing started
        QCOMPARE(m_vault->list()->size(), 5);
        QCOMPARE(changes.size(), 0);
        // Cancel: the form's password fields are cleared.
        auto *secretEdit = field<QLineEdit>(form, u"tsigSecretLineEdit"_s);
        form->reject();
        QVERIFY(secretEdit->text().isEmpty());
    }

    // The API address must be https (the model's rule, as for --api).
    void refusesPlainHttpApi()
    {
        CredentialEditDialog *form = addForm(CredentialKind::Cloudflare, u"plain"_s);
        field<QLineEdit>(form, u"cloudflareZoneLineEdit"_s)->setText(u"example.com"_s);
        field<QLineEdit>(form, u"cloudflareApiLineEdit"_s)->setText(u"http://api.test"_s);
        field<QLineEdit>(form, u"cloudflareTokenLineEdit"_s)->setText(u"t"_s);
        QTest::mouseClick(field<QPushButton>(form, u"okButton"_s), Qt::LeftButton);
        QVERIFY(form->isVisible());
        QVERIFY(field<QLabel>(form, u"errorLabel"_s)->text().contains(u"https://"_s));
        form->reject();
        QVERIFY(!m_vault->find(u"plain"_s)->has_value());
    }

    // A period of 0 days makes every credential due (icon and text), kept in the preferences;
    // back to 90, none is.
    void marksDueCredentials()
    {
        auto *period = child<QSpinBox>(u"periodSpinBox"_s);
        period->setValue(0);
        QCOMPARE(m_preferences->rotationPeriodDays(), 0);
        auto *tree = child<QTreeWidget>(u"credentialsTree"_s);
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = tree->topLevelItem(i);
            QVERIFY(item->data(CredentialsDialog::DueColumn, CredentialsDialog::DueRole).toBool());
            QVERIFY(!item->icon(CredentialsDialog::DueColumn).isNull());
            QCOMPARE(item->text(CredentialsDialog::DueColumn), u"Due"_s);
        }
        QVERIFY(child<QLabel>(u"dueLabel"_s)->text().startsWith(u"5 "_s));
        period->setValue(90);
        QCOMPARE(m_preferences->rotationPeriodDays(), 90);
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = tree->topLevelItem(i);
            QVERIFY(!item->data(CredentialsDialog::DueColumn, CredentialsDialog::DueRole).toBool());
            QVERIFY(item->icon(CredentialsDialog::DueColumn).isNull());
        }
        QCOMPARE(child<QLabel>(u"dueLabel"_s)->text(), u"No credential is due for rotation."_s);
    }

    // Rotate…: only the secret is asked for; the keychain holds the new one, rotated is set.
    void rotates()
    {
        const Secrets::Credential before = stored(u"cf"_s);
        select(u"cf"_s);
        CredentialEditDialog *form = openForm(u"rotateButton"_s);
        QVERIFY(form->rotating());
        QVERIFY(!field<QLineEdit>(form, u"cloudflareZoneLineEdit"_s)->isVisible());
        QVERIFY(field<QLineEdit>(form, u"cloudflareTokenLineEdit"_s)->isVisible());
        const QByteArray token = fresh("cf2-");
        field<QLineEdit>(form, u"cloudflareTokenLineEdit"_s)->setText(QString::fromLatin1(token));
        QVERIFY(submit(form));
        QCOMPARE(secretOf(u"cf"_s), token);
        const Secrets::Credential after = stored(u"cf"_s);
        QVERIFY(after.rotated >= before.rotated);
        QCOMPARE(after.secretKey, before.secretKey); // the same keychain entry, replaced
        QCOMPARE(after.zone, before.zone);
        QVERIFY(child<QLabel>(u"statusLabel"_s)->text().contains(u"replaced"_s));
        m_secrets << token;
    }

    // Test asks Knot, changing nothing: the update key is accepted; a key Knot knows but lets
    // update nothing is refused with Knot's word; the verdict is on the row.
    void testsTsigKeys()
    {
        const auto accepted = test(u"knot"_s);
        QCOMPARE(accepted.first, CredentialsDialog::Verdict::Accepted);
        QCOMPARE(row(u"knot"_s)->text(CredentialsDialog::TestColumn), u"Accepted"_s);
        QCOMPARE(child<QLabel>(u"statusLabel"_s)->text(), u"knot is accepted."_s);

        const auto refused = test(u"other"_s);
        QCOMPARE(refused.first, CredentialsDialog::Verdict::Refused);
        QCOMPARE(refused.second, u"bad-key"_s);
        QCOMPARE(row(u"other"_s)->text(CredentialsDialog::TestColumn), u"Refused (bad-key)"_s);
        QVERIFY(child<QPushButton>(u"testButton"_s)->isEnabled());
        QVERIFY(!child<QPushButton>(u"cancelButton"_s)->isEnabled());
    }

    // An SMTP account logs in through the model's submission test: smtp.example.com is not
    // served by the test Knot, so the server cannot be found: could not test, never accepted.
    void smtpServerNotFoundIsCouldNotTest()
    {
        const auto verdict = test(u"mail"_s);
        QCOMPARE(verdict.first, CredentialsDialog::Verdict::CouldNotTest);
        QVERIFY(!verdict.second.isEmpty());
        QVERIFY(row(u"mail"_s)->text(CredentialsDialog::TestColumn).startsWith(u"Could not"_s));
    }

    // Cancel while a test runs: the dialog is ready at once; the late answer is dropped, so
    // the next test reports exactly one verdict (test() checks it).
    void cancelsATest()
    {
        select(u"knot"_s);
        QSignalSpy tested(m_dialog.get(), &CredentialsDialog::testFinished);
        QTest::mouseClick(child<QPushButton>(u"testButton"_s), Qt::LeftButton);
        QVERIFY(child<QPushButton>(u"cancelButton"_s)->isEnabled());
        QTest::mouseClick(child<QPushButton>(u"cancelButton"_s), Qt::LeftButton);
        QVERIFY(child<QPushButton>(u"testButton"_s)->isEnabled());
        QCOMPARE(child<QLabel>(u"statusLabel"_s)->text(), u"Canceled."_s);
        QCOMPARE(test(u"knot"_s).first, CredentialsDialog::Verdict::Accepted);
        QCOMPARE(tested.size(), 1);
    }

    // Remove asks first: Cancel keeps it; Yes removes the row and the keychain entry.
    void removes()
    {
        const Secrets::Credential ovh = stored(u"ovh"_s);
        auto answer = [this](QMessageBox::StandardButton button) {
            select(u"ovh"_s);
            QTest::mouseClick(child<QPushButton>(u"removeButton"_s), Qt::LeftButton);
            QMessageBox *box = nullptr;
            for (auto *candidate : m_dialog->findChildren<QMessageBox *>(u"removeMessageBox"_s)) {
                if (candidate->isVisible())
                    box = candidate;
            }
            QVERIFY(box);
            QVERIFY(box->text().contains(u"ovh"_s));
            QTest::mouseClick(box->button(button), Qt::LeftButton);
        };
        answer(QMessageBox::Cancel);
        QVERIFY(m_vault->find(u"ovh"_s)->has_value());
        QSignalSpy finished(m_dialog.get(), &CredentialsDialog::changeFinished);
        answer(QMessageBox::Yes);
        QVERIFY(finished.wait(20000));
        QVERIFY(finished.first().first().toBool());
        QVERIFY(!m_vault->find(u"ovh"_s)->has_value());
        QVERIFY(!row(u"ovh"_s));
        const auto gone = Test::await(m_vault->secret(ovh));
        QVERIFY(!gone);
        QCOMPARE(gone.error().code, ErrorCode::NotFound);
    }

    // The main window's Tools → Credentials… opens it over the same session.
    void openedFromMainWindow()
    {
        Widgets::MainWindow window(m_session.get(), *m_preferences);
        window.findChild<QAction *>(u"credentialsAction"_s)->trigger();
        auto *dialog = window.findChild<CredentialsDialog *>(u"credentialsDialog"_s);
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(dialog->findChild<QTreeWidget *>(u"credentialsTree"_s)->topLevelItemCount(), 4);
    }

    // No secret typed into a form is in any file under the test's home (but the encrypted
    // keyring) or its directory (workspace, preferences).
    void secretsAreNowhereElse()
    {
        QVERIFY(m_secrets.size() == 7);
        QList<QByteArray> forms;
        for (const QByteArray &secret : std::as_const(m_secrets))
            forms << secret << secret.toBase64();
        int files = 0;
        for (const QString &root : {qEnvironmentVariable("SCEAU_KEYRING_HOME"), m_dir.path()}) {
            QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                if (path.contains(u"/keyrings/"_s))
                    continue;
                QFile file(path);
                if (!file.open(QIODevice::ReadOnly))
                    continue; // a socket
                const QByteArray bytes = file.readAll();
                ++files;
                for (const QByteArray &form : std::as_const(forms))
                    QVERIFY2(!bytes.contains(form), qPrintable(u"%1 holds a secret"_s.arg(path)));
            }
        }
        QVERIFY(files >= 2); // at least the workspace and the preferences were read
    }

    void cleanupTestCase()
    {
        m_dialog.reset();
        m_session.reset();
    }
};

QTEST_MAIN(tst_CredentialsDialog)
#include "tst_credentialsdialog.moc"
