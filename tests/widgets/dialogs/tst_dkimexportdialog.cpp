#include "await.h"
#include "model/dkim/keygenerator.h"
#include "model/dkim/keyvault.h"
#include "testsession.h"
#include "widgets/dialogs/dkimexportdialog.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Sceau;
using namespace Qt::StringLiterals;

// Issue 12 §5: the GUI writes a workspace key for the mail server and shows the signer's
// configuration, as `sceau-cli dkim export` does. A real key in the vault (the keychain of
// with-keyring.sh), a real file.
class tst_DkimExportDialog : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Session> m_session;
    Dkim::KeyVault *m_vault = nullptr;

private slots:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("SCEAU_KEYRING_HOME"), "run through with-keyring.sh");
        m_session = Test::session(Test::knotSettings(), m_dir.filePath(u"workspace.sqlite"_s));
        auto opened = m_session->keyVault();
        QVERIFY(opened);
        m_vault = *opened;
    }

    void writesTheKeyOnceAndShowsTheSnippets()
    {
        Dkim::KeyGenerator generator;
        const auto pair = Test::await(generator.generate(*Dkim::KeySpec::fromToken(u"ed25519"_s)));
        QVERIFY(pair);
        const auto stored = Test::await(m_vault->store(u"export.test"_s, u"exp1"_s, *pair));
        QVERIFY2(stored, qPrintable(stored ? QString() : describe(stored.error())));

        Widgets::DkimExportDialog dialog(m_vault, *stored);
        dialog.show();
        // The snippets name the path on the mail server, and follow it.
        auto *server = dialog.findChild<QLineEdit *>(u"serverPathLineEdit"_s);
        server->setText(u"/srv/keys/exp1.pem"_s);
        for (const char *name :
             {"openDkimSnippet", "rspamdSnippet", "postfixSnippet", "eximSnippet"}) {
            const QString text
                = dialog.findChild<QPlainTextEdit *>(QLatin1StringView(name))->toPlainText();
            QVERIFY2(!text.isEmpty(), name);
            if (QByteArrayView(name) != "postfixSnippet") // milter lines: no key path
                QVERIFY2(text.contains(u"/srv/keys/exp1.pem"_s), name);
        }
        QVERIFY(dialog.findChild<QPlainTextEdit *>(u"openDkimSnippet"_s)
                    ->toPlainText()
                    .contains(u"exp1._domainkey.export.test"_s));
        dialog.findChild<QPushButton *>(u"copyrspamdPushButton"_s)->click();
        QCOMPARE(QApplication::clipboard()->text(),
                 dialog.findChild<QPlainTextEdit *>(u"rspamdSnippet"_s)->toPlainText());

        // The private key: written once, mode 0600, the PEM of the stored key.
        const QString path = m_dir.filePath(u"exp1.pem"_s);
        dialog.findChild<QLineEdit *>(u"exportFileLineEdit"_s)->setText(path);
        QSignalSpy exported(&dialog, &Widgets::DkimExportDialog::exported);
        auto *write = dialog.findChild<QPushButton *>(u"exportKeyPushButton"_s);
        write->click();
        QVERIFY(!write->isEnabled()); // busy while the keychain answers
        QVERIFY(exported.wait(20000));
        QCOMPARE(exported.first().first().toString(), path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray pem = file.readAll();
        QVERIFY(pem.startsWith("-----BEGIN PRIVATE KEY-----"));
        QCOMPARE(file.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteOther),
                 QFile::Permissions());
        file.close();

        // Again: the file exists, nothing is overwritten, and the dialog says so.
        auto *status = dialog.findChild<QLabel *>(u"exportStatusLabel"_s);
        write->click();
        QTRY_VERIFY(write->isEnabled());
        QVERIFY(status->property("error").toBool());
        QVERIFY2(status->text().contains(path), qPrintable(status->text()));
        QCOMPARE(exported.count(), 1);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), pem);
    }
};

QTEST_MAIN(tst_DkimExportDialog)
#include "tst_dkimexportdialog.moc"
