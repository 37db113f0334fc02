#include "await.h"
#include "model/secrets/credentialvault.h"
#include "model/session/session.h"
#include "model/storage/preferences.h"
#include "testenv.h"
#include "testsession.h"
#include "widgets/dialogs/submissiontestdialog.h"
#include "widgets/mainwindow/mainwindow.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Sceau;
using namespace Qt::StringLiterals;
using Widgets::SubmissionTestDialog;

Q_DECLARE_METATYPE(Sceau::Transport::SubmissionResult)

// The submission test dialog driven by object name against the submission fixture's Postfix
// (Cyrus SASL), with its accounts' passwords in a real gnome-keyring (with-keyring.sh).
class tst_SubmissionTestDialog : public QObject
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

    // Clicks Run and waits for the result on the event loop.
    Transport::SubmissionResult runTest()
    {
        QSignalSpy finished(m_dialog.get(), &SubmissionTestDialog::testFinished);
        QTest::mouseClick(child<QPushButton>(u"runButton"_s), Qt::LeftButton);
        // Running: the inputs and Run are disabled, Cancel is enabled; the window is not.
        if (!child<QPushButton>(u"runButton"_s)->isEnabled()
            && child<QPushButton>(u"cancelButton"_s)->isEnabled()
            && !child<QLineEdit>(u"hostLineEdit"_s)->isEnabled())
            ++m_sawRunningState;
        if (!QTest::qWaitFor([&] { return !finished.isEmpty(); }, 30000))
            qFatal("the submission test did not finish");
        return finished.first().first().value<Transport::SubmissionResult>();
    }

    QStringList findingIds() const
    {
        QStringList ids;
        auto *tree = child<QTreeWidget>(u"findingsTree"_s);
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            ids << tree->topLevelItem(i)->data(0, SubmissionTestDialog::IdRole).toString();
        return ids;
    }

    void addAccount(const QString &name, const QByteArray &password, bool implicit)
    {
        Secrets::Credential account;
        account.name = name;
        account.host = u"mail.sceau.test"_s;
        account.security = implicit ? Transport::SubmissionSecurity::ImplicitTls
                                    : Transport::SubmissionSecurity::StartTls;
        account.port = Transport::standardPort(account.security);
        account.username = m_fixture.user;
        const auto added = Test::await((*m_session->credentials())->add(account, password));
        QVERIFY2(added, added ? "" : qPrintable(describe(added.error())));
    }

    QTemporaryDir m_dir;
    Test::SubmissionFixture m_fixture;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<SubmissionTestDialog> m_dialog;
    int m_sawRunningState = 0;

private slots:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("SCEAU_KEYRING_HOME"), "run through with-keyring.sh");
        QVERIFY(m_dir.isValid());
        m_fixture = Test::submissionFixture();
        const QString zone = m_dir.filePath(u"sceau.test.zone"_s);
        QFile file(zone);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("$ORIGIN sceau.test.\n$TTL 300\n@ IN SOA ns hostmaster 1 3600 600 86400 300\n"
                   "@ IN NS ns\nns IN A 127.0.0.1\nmail IN A 127.0.0.1\n");
        file.close();
        Dns::ResolverSettings resolver;
        resolver.zoneFiles = {zone};
        resolver.offline = true;
        m_session = Test::session(resolver, m_dir.filePath(u"workspace.sqlite"_s));
        Transport::TransportSettings transport = m_session->transportSettings();
        transport.ports = *Transport::PortMap::parse(
            u"587=%1,465=%2"_s.arg(m_fixture.port).arg(m_fixture.smtpsPort));
        transport.anchors = {false, {m_fixture.ca}};
        transport.timeoutMs = 5000;
        m_session->setTransportSettings(transport);
        // Deep copies: the vault wipes the buffer it is given.
        addAccount(u"good"_s,
                   QByteArray(m_fixture.password.constData(), m_fixture.password.size()),
                   false);
        addAccount(u"wrong"_s, "not-the-password", false);
        m_dialog = std::make_unique<SubmissionTestDialog>(m_session.get());
        m_dialog->show();
    }

    void picksAccounts()
    {
        auto *accounts = child<QComboBox>(u"accountComboBox"_s);
        QCOMPARE(accounts->count(), 2);
        accounts->setCurrentIndex(0);
        QVERIFY(accounts->currentText().startsWith(u"good"_s));
        QCOMPARE(child<QLineEdit>(u"hostLineEdit"_s)->text(), u"mail.sceau.test"_s);
        QCOMPARE(child<QSpinBox>(u"portSpinBox"_s)->value(), 587);
        QVERIFY(child<QPushButton>(u"runButton"_s)->isEnabled());
        QVERIFY(!child<QPushButton>(u"cancelButton"_s)->isEnabled());
    }

    void authenticates_data()
    {
        QTest::addColumn<int>("security"); // index in securityComboBox
        QTest::addColumn<int>("port");
        QTest::newRow("starttls") << 0 << 587;
        QTest::newRow("implicit tls") << 1 << 465;
    }
    void authenticates()
    {
        QFETCH(int, security);
        QFETCH(int, port);
        child<QComboBox>(u"accountComboBox"_s)->setCurrentIndex(0);
        child<QComboBox>(u"securityComboBox"_s)->setCurrentIndex(security);
        QCOMPARE(child<QSpinBox>(u"portSpinBox"_s)->value(), port);
        const Transport::SubmissionResult result = runTest();
        QCOMPARE(Transport::SubmissionOutcomes.token(result.outcome), u"authenticated"_s);
        QCOMPARE(findingIds(), QStringList{u"submission.authenticated"_s});
        const QString transcript = child<QPlainTextEdit>(u"transcriptView"_s)->toPlainText();
        QVERIFY(transcript.contains(u"C: AUTH PLAIN [credential]"_s));
        QVERIFY(!transcript.contains(QString::fromLatin1(m_fixture.password)));
        QVERIFY(child<QLabel>(u"detailsLabel"_s)->text().contains(u"PLAIN LOGIN"_s));
        QVERIFY(!child<QLabel>(u"outcomeLabel"_s)->text().isEmpty());
        QVERIFY(child<QPushButton>(u"runButton"_s)->isEnabled());
        QVERIFY(!child<QPushButton>(u"cancelButton"_s)->isEnabled());
        QVERIFY(m_sawRunningState > 0);
    }

    void wrongPassword()
    {
        child<QComboBox>(u"accountComboBox"_s)->setCurrentIndex(1);
        const Transport::SubmissionResult result = runTest();
        QCOMPARE(Transport::SubmissionOutcomes.token(result.outcome), u"auth-failed"_s);
        QCOMPARE(findingIds(), QStringList{u"submission.auth-failed"_s});
    }

    // Cancel while running: the run ends at once (canceled, or dropped while the keychain was
    // read), the dialog is ready again, and the next run is not disturbed by the old one.
    void cancel()
    {
        child<QComboBox>(u"accountComboBox"_s)->setCurrentIndex(0);
        QTest::mouseClick(child<QPushButton>(u"runButton"_s), Qt::LeftButton);
        QVERIFY(child<QPushButton>(u"cancelButton"_s)->isEnabled());
        QTest::mouseClick(child<QPushButton>(u"cancelButton"_s), Qt::LeftButton);
        QVERIFY(child<QPushButton>(u"runButton"_s)->isEnabled());
        QVERIFY(!child<QPushButton>(u"cancelButton"_s)->isEnabled());
        QCOMPARE(child<QLabel>(u"outcomeLabel"_s)->text(), u"Canceled."_s);
        const Transport::SubmissionResult result = runTest();
        QCOMPARE(Transport::SubmissionOutcomes.token(result.outcome), u"authenticated"_s);
    }

    void refusesBadRecipient()
    {
        auto *sendTo = child<QLineEdit>(u"sendToLineEdit"_s);
        sendTo->setText(u"not an address"_s);
        QSignalSpy finished(m_dialog.get(), &SubmissionTestDialog::testFinished);
        QTest::mouseClick(child<QPushButton>(u"runButton"_s), Qt::LeftButton);
        QVERIFY(child<QPushButton>(u"runButton"_s)->isEnabled()); // nothing started
        QVERIFY(child<QLabel>(u"outcomeLabel"_s)->text().contains(u"not an address"_s));
        sendTo->setText(u"someone@mail.sceau.test"_s);
        const Transport::SubmissionResult result = runTest();
        QVERIFY(result.messageAccepted);
        QCOMPARE(findingIds(),
                 (QStringList{u"submission.authenticated"_s, u"submission.message-sent"_s}));
        QCOMPARE(finished.size(), 1);
    }

    // The main window's Tools action opens it over the same session, accounts listed.
    void openedFromMainWindow()
    {
        Storage::Preferences preferences(m_dir.filePath(u"sceau.ini"_s));
        Widgets::MainWindow window(m_session.get(), preferences);
        window.findChild<QAction *>(u"submissionTestAction"_s)->trigger();
        auto *dialog = window.findChild<SubmissionTestDialog *>(u"submissionTestDialog"_s);
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(dialog->findChild<QComboBox *>(u"accountComboBox"_s)->count(), 2);
    }

    void cleanupTestCase()
    {
        m_dialog.reset();
        m_session.reset();
    }
};

QTEST_MAIN(tst_SubmissionTestDialog)
#include "tst_submissiontestdialog.moc"
