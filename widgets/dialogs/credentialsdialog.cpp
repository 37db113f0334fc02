#include "widgets/dialogs/credentialsdialog.h"

#include "model/core/async.h"
#include "model/publish/publishservice.h"
#include "model/secrets/credentialvault.h"
#include "model/secrets/wipe.h"
#include "model/session/session.h"
#include "model/storage/preferences.h"
#include "model/transport/submissiontest.h"
#include "widgets/dialogs/credentialeditdialog.h"
#include "widgets/views/severityicon.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Sceau::Widgets {

using Secrets::CredentialKind;

CredentialsDialog::CredentialsDialog(Session *session,
                                     Storage::Preferences *preferences,
                                     QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_preferences(preferences)
    , m_tree(new QTreeWidget(this))
    , m_periodSpin(new QSpinBox(this))
    , m_dueLabel(new QLabel(this))
    , m_addButton(new QPushButton(tr("&Add…"), this))
    , m_rotateButton(new QPushButton(tr("&Rotate…"), this))
    , m_removeButton(new QPushButton(tr("Re&move"), this))
    , m_testButton(new QPushButton(tr("&Test"), this))
    , m_cancelButton(new QPushButton(tr("&Cancel"), this))
    , m_progress(new QProgressBar(this))
    , m_statusLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("credentialsDialog"));
    setWindowTitle(tr("Credentials"));
    m_tree->setObjectName(QStringLiteral("credentialsTree"));
    m_tree->setHeaderLabels(
        {tr("Name"), tr("Kind"), tr("Serves"), tr("Age"), tr("Rotation"), tr("Test")});
    m_tree->setAccessibleName(tr("Credentials"));
    m_tree->setRootIsDecorated(false);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->header()->setStretchLastSection(true);
    m_periodSpin->setObjectName(QStringLiteral("periodSpinBox"));
    m_periodSpin->setRange(0, 3650);
    m_periodSpin->setValue(m_preferences ? m_preferences->rotationPeriodDays()
                                         : Storage::Preferences::DefaultRotationPeriodDays);
    m_periodSpin->setToolTip(tr("A credential whose secret is this many days old or more is "
                                "due to be changed."));
    m_dueLabel->setObjectName(QStringLiteral("dueLabel"));
    m_addButton->setObjectName(QStringLiteral("addButton"));
    m_rotateButton->setObjectName(QStringLiteral("rotateButton"));
    m_removeButton->setObjectName(QStringLiteral("removeButton"));
    m_testButton->setObjectName(QStringLiteral("testButton"));
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setRange(0, 0); // busy: the status line says what is awaited
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextFormat(Qt::PlainText); // servers' words: never rich text
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *periodLabel = new QLabel(tr("Remind to rotate after (&days):"), this);
    periodLabel->setBuddy(m_periodSpin);
    auto *period = new QHBoxLayout;
    period->addWidget(periodLabel);
    period->addWidget(m_periodSpin);
    period->addStretch();
    auto *actions = new QHBoxLayout;
    for (QPushButton *button :
         {m_addButton, m_rotateButton, m_removeButton, m_testButton, m_cancelButton})
        actions->addWidget(button);
    actions->addStretch();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tree, 1);
    layout->addLayout(period);
    layout->addWidget(m_dueLabel);
    layout->addLayout(actions);
    layout->addWidget(m_progress);
    layout->addWidget(m_statusLabel);
    layout->addWidget(buttons);
    setTabOrder(m_tree, m_periodSpin);
    setTabOrder(m_periodSpin, m_addButton);

    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &CredentialsDialog::selectionChanged);
    connect(m_periodSpin, &QSpinBox::valueChanged, this, &CredentialsDialog::periodChanged);
    connect(m_addButton, &QPushButton::clicked, this, &CredentialsDialog::addCredential);
    connect(m_rotateButton, &QPushButton::clicked, this, &CredentialsDialog::rotateCredential);
    connect(m_removeButton, &QPushButton::clicked, this, &CredentialsDialog::removeCredential);
    connect(m_testButton, &QPushButton::clicked, this, &CredentialsDialog::testCredential);
    connect(m_cancelButton, &QPushButton::clicked, this, &CredentialsDialog::cancel);
    connect(this, &QDialog::rejected, this, [this] {
        if (m_busy)
            cancel(); // closing stops waiting; nothing answers a closed dialog
    });
    resize(760, 420);
    setBusy(false);
    reload();
}

CredentialsDialog::~CredentialsDialog() = default;

void CredentialsDialog::reload()
{
    const QString current = selected() ? selected()->name : QString();
    const auto vault = m_session->credentials();
    const auto credentials
        = vault ? (*vault)->list() : Result<QList<Secrets::Credential>>(vault.error());
    m_tree->clear();
    m_credentials.clear();
    if (!credentials) {
        //: %1 why the workspace could not be read
        m_statusLabel->setText(
            tr("Could not read the credentials: %1").arg(describe(credentials.error())));
        setBusy(m_busy);
        return;
    }
    m_credentials = *credentials;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    int due = 0;
    for (const Secrets::Credential &c : std::as_const(m_credentials)) {
        const QString serves = c.kind == CredentialKind::Smtp
                                   ? QStringLiteral("%1@%2").arg(c.username, c.host)
                                   : c.zone;
        const qint64 age = Secrets::ageInDays(c, now);
        auto *item = new QTreeWidgetItem(m_tree,
                                         {c.name,
                                          CredentialEditDialog::kindName(c.kind),
                                          serves,
                                          tr("%n day(s)", nullptr, int(age)),
                                          QString(),
                                          m_testResults.value(c.name)});
        const bool isDue = Secrets::rotationDue(c, m_periodSpin->value(), now);
        item->setData(DueColumn, DueRole, isDue);
        if (isDue) {
            ++due;
            item->setIcon(DueColumn, severityIcon(Severity::Warning));
            item->setText(DueColumn, tr("Due"));
        } else {
            item->setText(DueColumn, tr("Not due"));
        }
        //: %1 a date
        item->setToolTip(
            AgeColumn,
            tr("Secret set on %1")
                .arg(QLocale().toString(c.rotated.toLocalTime(), QLocale::ShortFormat)));
        if (c.name == current)
            item->setSelected(true);
    }
    m_tree->header()->resizeSections(QHeaderView::ResizeToContents);
    m_dueLabel->setText(due == 0 ? tr("No credential is due for rotation.")
                                 : tr("%n credential(s) due for rotation.", nullptr, due));
    if (m_credentials.isEmpty() && !m_busy)
        m_statusLabel->setText(tr("The workspace has no credential yet: press Add…"));
    setBusy(m_busy);
}

const Secrets::Credential *CredentialsDialog::selected() const
{
    const QList<QTreeWidgetItem *> items = m_tree->selectedItems();
    if (items.isEmpty())
        return nullptr;
    const int row = m_tree->indexOfTopLevelItem(items.first());
    return row >= 0 && row < m_credentials.size() ? &m_credentials.at(row) : nullptr;
}

void CredentialsDialog::selectionChanged()
{
    setBusy(m_busy);
}

void CredentialsDialog::periodChanged(int days)
{
    if (m_preferences)
        m_preferences->setRotationPeriodDays(days);
    reload();
}

void CredentialsDialog::setBusy(bool busy, const QString &status)
{
    m_busy = busy;
    const bool one = !busy && selected();
    m_addButton->setEnabled(!busy);
    m_rotateButton->setEnabled(one);
    m_removeButton->setEnabled(one);
    m_testButton->setEnabled(one);
    m_cancelButton->setEnabled(busy);
    m_progress->setVisible(busy);
    if (!status.isEmpty())
        m_statusLabel->setText(status);
}

QString CredentialsDialog::errorText(const Error &error) const
{
    if (error.code == ErrorCode::KeychainLocked || error.code == ErrorCode::KeychainUnavailable)
        //: %1 why the keychain could not be used
        return tr("%1 Nothing was changed: unlock or start the system keychain, then try again.")
            .arg(describe(error));
    return describe(error);
}

void CredentialsDialog::addCredential()
{
    QStringList names;
    for (const Secrets::Credential &c : std::as_const(m_credentials))
        names << c.name;
    auto *edit = new CredentialEditDialog(names, this);
    edit->setAttribute(Qt::WA_DeleteOnClose);
    connect(edit, &QDialog::accepted, this, [this, edit] {
        QByteArray secret = edit->takeSecret();
        const auto vault = m_session->credentials();
        if (!vault) {
            Secrets::wipe(secret);
            return setBusy(false, errorText(vault.error()));
        }
        const quint64 ticket = ++m_ticket;
        setBusy(true, tr("Storing the secret in the keychain…"));
        //: %1 a credential's name
        const QString done
            = tr("%1 was added; its secret is in the keychain.").arg(edit->credential().name);
        onResult((*vault)->add(edit->credential(), std::move(secret)),
                 this,
                 [this, ticket, done](const Result<Secrets::Credential> &added) {
                     changeDone(ticket, added ? nullptr : &added.error(), done);
                 });
    });
    edit->open();
}

void CredentialsDialog::rotateCredential()
{
    const Secrets::Credential *credential = selected();
    if (!credential)
        return;
    auto *edit = new CredentialEditDialog(*credential, this);
    edit->setAttribute(Qt::WA_DeleteOnClose);
    connect(edit, &QDialog::accepted, this, [this, edit] {
        QByteArray secret = edit->takeSecret();
        const auto vault = m_session->credentials();
        if (!vault) {
            Secrets::wipe(secret);
            return setBusy(false, errorText(vault.error()));
        }
        const QString name = edit->credential().name;
        const quint64 ticket = ++m_ticket;
        setBusy(true, tr("Replacing the secret in the keychain…"));
        //: %1 a credential's name
        const QString done = tr("The secret of %1 was replaced in the keychain.").arg(name);
        onResult((*vault)->rotate(name, std::move(secret)),
                 this,
                 [this, ticket, done](const Result<Secrets::Credential> &rotated) {
                     changeDone(ticket, rotated ? nullptr : &rotated.error(), done);
                 });
    });
    edit->open();
}

void CredentialsDialog::removeCredential()
{
    const Secrets::Credential *credential = selected();
    if (!credential)
        return;
    const QString name = credential->name;
    auto *box = new QMessageBox(QMessageBox::Question,
                                tr("Remove a credential"),
                                //: %1 a credential's name
                                tr("Remove %1? Its secret is deleted from the keychain; this "
                                   "cannot be undone.")
                                    .arg(name),
                                QMessageBox::Yes | QMessageBox::Cancel,
                                this);
    box->setObjectName(QStringLiteral("removeMessageBox"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, name](int answer) {
        if (answer != QMessageBox::Yes)
            return;
        const auto vault = m_session->credentials();
        if (!vault)
            return setBusy(false, errorText(vault.error()));
        const quint64 ticket = ++m_ticket;
        m_testResults.remove(name);
        setBusy(true, tr("Removing the secret from the keychain…"));
        //: %1 a credential's name
        const QString done = tr("%1 was removed.").arg(name);
        onResult((*vault)->remove(name), this, [this, ticket, done](const Result<void> &removed) {
            changeDone(ticket, removed ? nullptr : &removed.error(), done);
        });
    });
    box->open();
}

void CredentialsDialog::changeDone(quint64 ticket, const Error *error, const QString &done)
{
    reload(); // whatever the dialog still waits for, the vault did (or did not) change
    if (ticket != m_ticket)
        return; // canceled: its message is not shown
    setBusy(false, error ? errorText(*error) : done);
    emit changeFinished(!error);
}

void CredentialsDialog::testCredential()
{
    const Secrets::Credential *selection = selected();
    if (!selection)
        return;
    const Secrets::Credential credential = *selection;
    if (credential.kind == CredentialKind::Smtp)
        return testSmtp(credential);
    const auto service = m_session->publishing();
    if (!service)
        return setBusy(false, errorText(service.error()));
    const quint64 ticket = ++m_ticket;
    //: %1 a credential's name
    setBusy(true, tr("Testing %1…").arg(credential.name));
    const QString name = credential.name;
    onResult(
        (*service)->verify(name),
        this,
        [this, ticket, name](const Result<Publish::PublishResult> &verified) {
            if (!verified)
                return tested(ticket, name, Verdict::CouldNotTest, errorText(verified.error()));
            using O = Publish::PublishOutcome;
            const Publish::PublishResult &r = *verified;
            const QString word = !r.code.isEmpty()     ? r.code
                                 : !r.detail.isEmpty() ? r.detail
                                                       : Publish::PublishOutcomes.token(r.outcome);
            tested(ticket,
                   name,
                   r.outcome == O::Done     ? Verdict::Accepted
                   : r.outcome == O::Failed ? Verdict::Refused
                                            : Verdict::CouldNotTest,
                   word);
        });
}

void CredentialsDialog::testSmtp(const Secrets::Credential &credential)
{
    const auto vault = m_session->credentials();
    if (!vault)
        return setBusy(false, errorText(vault.error()));
    Transport::SubmissionRequest request;
    request.security = credential.security;
    request.host = credential.host;
    request.port = credential.port;
    request.username = credential.username;
    const QString name = credential.name;
    const quint64 ticket = ++m_ticket;
    //: %1 a credential's name
    setBusy(true, tr("Testing %1…").arg(name));
    onResult(
        (*vault)->secret(credential),
        this,
        [this, ticket, name, request](Result<QByteArray> password) {
            if (ticket != m_ticket) { // canceled meanwhile: wiped, unused
                if (password)
                    Secrets::wipe(*password);
                return;
            }
            if (!password)
                return tested(ticket, name, Verdict::CouldNotTest, errorText(password.error()));
            auto *test = new Transport::SubmissionTest(
                request, std::move(*password), m_session->transportSettings(), this);
            m_test = test;
            connect(
                test,
                &Transport::SubmissionTest::finished,
                this,
                [this, ticket, name, test](const Transport::SubmissionResult &r) {
                    test->deleteLater();
                    using O = Transport::SubmissionOutcome;
                    const QString token = Transport::SubmissionOutcomes.token(r.outcome);
                    if (r.outcome == O::Authenticated)
                        return tested(ticket, name, Verdict::Accepted, token);
                    if (r.outcome == O::AuthFailed)
                        return tested(ticket,
                                      name,
                                      Verdict::Refused,
                                      r.authCode != 0
                                          ? QStringLiteral("%1 %2").arg(r.authCode).arg(r.authReply)
                                          : token);
                    tested(
                        ticket, name, Verdict::CouldNotTest, r.detail.isEmpty() ? token : r.detail);
                });
            test->start(m_session->resolver());
        });
}

void CredentialsDialog::tested(quint64 ticket,
                               const QString &name,
                               Verdict verdict,
                               const QString &word)
{
    if (ticket != m_ticket)
        return; // canceled
    m_test.clear();
    QString column;
    QString status;
    switch (verdict) {
    case Verdict::Accepted:
        column = tr("Accepted");
        //: %1 a credential's name
        status = tr("%1 is accepted.").arg(name);
        break;
    case Verdict::Refused:
        //: %1 the server's or API's own word for the refusal
        column = tr("Refused (%1)").arg(word);
        //: %1 a credential's name, %2 the server's or API's word
        status = tr("%1 is refused (%2).").arg(name, word);
        break;
    case Verdict::CouldNotTest:
        //: %1 why
        column = tr("Could not test (%1)").arg(word);
        //: %1 a credential's name, %2 why
        status = tr("%1 could not be tested (%2).").arg(name, word);
        break;
    }
    m_testResults.insert(name, column);
    reload();
    setBusy(false, status);
    emit testFinished(name, verdict, word);
}

void CredentialsDialog::cancel()
{
    ++m_ticket; // whatever is still awaited is dropped when it comes
    if (m_test) {
        m_test->cancel(); // its finished() is dropped by the ticket
        m_test->deleteLater();
        m_test.clear();
    }
    setBusy(false, tr("Canceled."));
}

} // namespace Sceau::Widgets
