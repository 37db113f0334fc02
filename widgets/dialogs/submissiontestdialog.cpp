#include "widgets/dialogs/submissiontestdialog.h"

#include "model/audit/findingcatalogue.h"
#include "model/core/async.h"
#include "model/secrets/credentialvault.h"
#include "model/secrets/wipe.h"
#include "model/session/session.h"
#include "model/transport/submissionmessage.h"
#include "model/transport/submissiontest.h"
#include "model/transport/tlsversion.h"
#include "widgets/views/severityicon.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Sceau::Widgets {

using Transport::SubmissionOutcome;
using Transport::SubmissionSecurity;
using Transport::SubmissionTest;

SubmissionTestDialog::SubmissionTestDialog(Session *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_accountCombo(new QComboBox(this))
    , m_hostEdit(new QLineEdit(this))
    , m_portSpin(new QSpinBox(this))
    , m_securityCombo(new QComboBox(this))
    , m_sendToEdit(new QLineEdit(this))
    , m_runButton(new QPushButton(tr("&Run"), this))
    , m_cancelButton(new QPushButton(tr("&Cancel"), this))
    , m_progress(new QProgressBar(this))
    , m_stepLabel(new QLabel(this))
    , m_outcomeLabel(new QLabel(this))
    , m_detailsLabel(new QLabel(this))
    , m_findingsTree(new QTreeWidget(this))
    , m_transcriptView(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("submissionTestDialog"));
    setWindowTitle(tr("Submission test"));
    m_accountCombo->setObjectName(QStringLiteral("accountComboBox"));
    m_hostEdit->setObjectName(QStringLiteral("hostLineEdit"));
    m_portSpin->setObjectName(QStringLiteral("portSpinBox"));
    m_portSpin->setRange(1, 65535);
    m_securityCombo->setObjectName(QStringLiteral("securityComboBox"));
    //: how the connection is secured; STARTTLS is a protocol token
    m_securityCombo->addItem(tr("STARTTLS (port 587)"), int(SubmissionSecurity::StartTls));
    m_securityCombo->addItem(tr("Implicit TLS (port 465)"), int(SubmissionSecurity::ImplicitTls));
    m_sendToEdit->setObjectName(QStringLiteral("sendToLineEdit"));
    m_sendToEdit->setPlaceholderText(tr("optional: send a short test message to this address"));
    m_runButton->setObjectName(QStringLiteral("runButton"));
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setRange(0, 0); // busy: the steps are named in stepLabel
    m_stepLabel->setObjectName(QStringLiteral("stepLabel"));
    m_outcomeLabel->setObjectName(QStringLiteral("outcomeLabel"));
    m_outcomeLabel->setWordWrap(true);
    m_detailsLabel->setObjectName(QStringLiteral("detailsLabel"));
    m_detailsLabel->setWordWrap(true);
    m_detailsLabel->setTextFormat(Qt::PlainText); // server words: never rich text
    m_detailsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_findingsTree->setObjectName(QStringLiteral("findingsTree"));
    m_findingsTree->setHeaderLabels({tr("Finding"), tr("Explanation")});
    m_findingsTree->setRootIsDecorated(false);
    m_findingsTree->header()->setStretchLastSection(true);
    m_transcriptView->setObjectName(QStringLiteral("transcriptView"));
    m_transcriptView->setReadOnly(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Account:"), m_accountCombo);
    form->addRow(tr("&Host:"), m_hostEdit);
    form->addRow(tr("&Port:"), m_portSpin);
    form->addRow(tr("&Security:"), m_securityCombo);
    form->addRow(tr("&Test message to:"), m_sendToEdit);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_runButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_cancelButton, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_stepLabel);
    layout->addWidget(m_outcomeLabel);
    layout->addWidget(m_detailsLabel);
    layout->addWidget(m_findingsTree, 1);
    layout->addWidget(m_transcriptView, 1);
    layout->addWidget(buttons);

    connect(m_accountCombo,
            &QComboBox::currentIndexChanged,
            this,
            &SubmissionTestDialog::accountChanged);
    connect(m_securityCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_portSpin->setValue(
            Transport::standardPort(SubmissionSecurity(m_securityCombo->currentData().toInt())));
    });
    connect(m_runButton, &QPushButton::clicked, this, &SubmissionTestDialog::run);
    connect(m_cancelButton, &QPushButton::clicked, this, &SubmissionTestDialog::cancel);
    resize(720, 560);
    setRunning(false);
    reloadAccounts();
}

SubmissionTestDialog::~SubmissionTestDialog() = default;

void SubmissionTestDialog::reloadAccounts()
{
    const auto vault = m_session->credentials();
    const auto accounts = vault ? (*vault)->list(Secrets::CredentialKind::Smtp)
                                : Result<QList<Secrets::Credential>>(vault.error());
    m_accountCombo->clear();
    m_accounts.clear();
    if (!accounts) {
        //: %1 why the workspace could not be read
        showError(tr("Could not read the accounts: %1").arg(describe(accounts.error())));
        return;
    }
    m_accounts = *accounts;
    for (const Secrets::Credential &account : std::as_const(m_accounts))
        //: %1 an account's name, %2 its user name
        m_accountCombo->addItem(tr("%1 (%2)").arg(account.name, account.username));
    if (m_accounts.isEmpty())
        showError(tr("The workspace has no SMTP account. Add one with: sceau-cli credentials "
                     "add smtp NAME --host HOST --username USER"));
    setRunning(false);
}

void SubmissionTestDialog::accountChanged()
{
    const int index = m_accountCombo->currentIndex();
    if (index < 0 || index >= m_accounts.size())
        return;
    const Secrets::Credential &account = m_accounts.at(index);
    m_hostEdit->setText(account.host);
    m_securityCombo->setCurrentIndex(m_securityCombo->findData(int(account.security)));
    m_portSpin->setValue(account.port); // after the security, which set the standard port
}

void SubmissionTestDialog::setRunning(bool running)
{
    const bool ready = !running && !m_accounts.isEmpty();
    m_runButton->setEnabled(ready);
    m_cancelButton->setEnabled(running);
    m_progress->setVisible(running);
    for (QWidget *input : {static_cast<QWidget *>(m_accountCombo),
                           static_cast<QWidget *>(m_hostEdit),
                           static_cast<QWidget *>(m_portSpin),
                           static_cast<QWidget *>(m_securityCombo),
                           static_cast<QWidget *>(m_sendToEdit)})
        input->setEnabled(!running);
}

void SubmissionTestDialog::showError(const QString &text)
{
    m_outcomeLabel->setText(text);
    m_stepLabel->clear();
}

void SubmissionTestDialog::run()
{
    const int index = m_accountCombo->currentIndex();
    if (index < 0 || index >= m_accounts.size())
        return;
    const QString host = m_hostEdit->text().trimmed();
    const QString sendTo = m_sendToEdit->text().trimmed();
    if (host.isEmpty())
        return showError(tr("Enter the submission server's host name."));
    if (!sendTo.isEmpty() && !Transport::isPlainAddress(sendTo))
        //: %1 what the user typed
        return showError(tr("“%1” is not an address (local@domain).").arg(sendTo));
    const auto vault = m_session->credentials();
    if (!vault)
        return showError(describe(vault.error()));
    const Secrets::Credential account = m_accounts.at(index);
    Transport::SubmissionRequest request;
    request.host = host;
    request.port = quint16(m_portSpin->value());
    request.security = SubmissionSecurity(m_securityCombo->currentData().toInt());
    request.username = account.username;
    request.sendTo = sendTo;
    m_findingsTree->clear();
    m_transcriptView->clear();
    m_detailsLabel->clear();
    m_outcomeLabel->clear();
    m_stepLabel->setText(tr("Reading the password from the keychain…"));
    setRunning(true);
    const quint64 ticket = ++m_ticket;
    onResult((*vault)->secret(account), this, [this, ticket, request](Result<QByteArray> password) {
        if (ticket != m_ticket) { // canceled meanwhile: the password is wiped, unused
            if (password)
                Secrets::wipe(*password);
            return;
        }
        if (!password) {
            setRunning(false);
            return showError(describe(password.error()));
        }
        auto *test = new SubmissionTest(
            request, std::move(*password), m_session->transportSettings(), this);
        m_test = test;
        connect(test, &SubmissionTest::stepChanged, this, [this](SubmissionTest::Step step) {
            static const QHash<SubmissionTest::Step, const char *> names{
                {SubmissionTest::Step::Resolving, QT_TR_NOOP("Looking up the server…")},
                {SubmissionTest::Step::Connecting, QT_TR_NOOP("Connecting…")},
                {SubmissionTest::Step::Greeting, QT_TR_NOOP("Waiting for the greeting…")},
                {SubmissionTest::Step::StartTls, QT_TR_NOOP("Starting TLS…")},
                {SubmissionTest::Step::Handshake, QT_TR_NOOP("TLS handshake…")},
                {SubmissionTest::Step::Ehlo, QT_TR_NOOP("Asking for the server's extensions…")},
                {SubmissionTest::Step::Authenticating, QT_TR_NOOP("Logging in…")},
                {SubmissionTest::Step::Sending, QT_TR_NOOP("Sending the test message…")},
                {SubmissionTest::Step::Quitting, QT_TR_NOOP("Closing…")},
            };
            m_stepLabel->setText(tr(names.value(step)));
        });
        connect(test,
                &SubmissionTest::finished,
                this,
                [this, test](const Transport::SubmissionResult &r) {
                    test->deleteLater();
                    showResult(r);
                });
        test->start(m_session->resolver());
    });
}

void SubmissionTestDialog::cancel()
{
    if (m_test) {
        m_test->cancel(); // finished() follows at once, with Canceled
        return;
    }
    ++m_ticket; // still reading the keychain: its answer is dropped
    setRunning(false);
    showError(tr("Canceled."));
}

void SubmissionTestDialog::showResult(const Transport::SubmissionResult &result)
{
    setRunning(false);
    m_stepLabel->clear();
    QString outcome;
    switch (result.outcome) {
    case SubmissionOutcome::Authenticated:
        outcome = tr("Authenticated: the server accepted the account's password.");
        break;
    case SubmissionOutcome::AuthFailed:
        outcome = tr("Authentication refused: the server rejected the user name or password.");
        break;
    case SubmissionOutcome::AuthError:
        outcome = tr("The server could not check the password now (temporary failure).");
        break;
    case SubmissionOutcome::NoAuth:
        outcome = tr("The server offers no password authentication over TLS.");
        break;
    case SubmissionOutcome::TlsFailed:
        outcome = tr("No TLS connection could be made: the password was not sent.");
        break;
    case SubmissionOutcome::Unverified:
        outcome = tr("The certificate does not verify: the password was not sent.");
        break;
    case SubmissionOutcome::CouldNotTest:
        outcome = tr("Could not test the server.");
        break;
    case SubmissionOutcome::Canceled:
        outcome = tr("Canceled.");
        break;
    }
    m_outcomeLabel->setText(outcome);
    QStringList details;
    if (result.tls)
        //: %1 TLS version token (tls1_3), %2 cipher suite
        details << tr("TLS: %1, %2")
                       .arg(Transport::TlsVersionTokens.token(result.tls->protocol),
                            result.tls->cipher);
    if (const auto &cert = result.certificate)
        //: %1 certificate subject, %2 its names, %3 its last day
        details << tr("Certificate: %1 (%2), until %3")
                       .arg(cert->subject,
                            cert->dnsNames.join(QStringLiteral(", ")),
                            QLocale().toString(cert->notAfter.toLocalTime(), QLocale::ShortFormat));
    if (!result.mechanisms.isEmpty())
        //: %1 SASL mechanisms (PLAIN LOGIN)
        details << tr("AUTH offered: %1").arg(result.mechanisms.join(u' '));
    if (result.authCode != 0)
        //: %1 SASL mechanism, %2 reply code, %3 the server's words
        details << tr("AUTH %1: %2 %3")
                       .arg(result.mechanism)
                       .arg(result.authCode)
                       .arg(result.authReply);
    if (!result.detail.isEmpty())
        details << result.detail;
    m_detailsLabel->setText(details.join(QStringLiteral("\n")));
    for (const Finding &finding : result.findings) {
        const FindingText text = Audit::FindingCatalogue::text(finding);
        auto *item = new QTreeWidgetItem(m_findingsTree, {text.title, text.explanation});
        item->setIcon(0, findingIcon(finding));
        item->setData(0, IdRole, finding.id);
        item->setToolTip(1, text.remediation);
    }
    m_transcriptView->setPlainText(result.transcript.join(u'\n'));
    emit testFinished(result);
}

} // namespace Sceau::Widgets
