#include "widgets/mainwindow/mainwindow.h"

#include "model/audit/auditor.h"
#include "model/core/domainname.h"
#include "model/dkim/keyrecord.h"
#include "model/dmarc/reportstore.h"
#include "model/session/session.h"
#include "model/storage/preferences.h"
#include "widgets/dialogs/credentialsdialog.h"
#include "widgets/dialogs/journaldialog.h"
#include "widgets/dialogs/messageanalysisdialog.h"
#include "widgets/dialogs/settingsdialog.h"
#include "widgets/dialogs/submissiontestdialog.h"
#include "widgets/views/daneview.h"
#include "widgets/views/dkimkeysdialog.h"
#include "widgets/views/dmarcreportsview.h"
#include "widgets/views/findingsview.h"
#include "widgets/views/mtastsview.h"
#include "widgets/views/transportview.h"
#include "widgets/wizards/bimi/bimiwizard.h"
#include "widgets/wizards/dkim/dkimwizard.h"
#include "widgets/wizards/dmarc/dmarcwizard.h"
#include "widgets/wizards/spf/spfwizard.h"
#include "widgets/wizards/transport/mtastswizard.h"
#include "widgets/wizards/transport/tlsrptwizard.h"

#include <QApplication>
#include <QCloseEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QShortcut>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Sceau::Widgets {

MainWindow::MainWindow(Session *session, Storage::Preferences &preferences, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_preferences(preferences)
    , m_watcher(new QFutureWatcher<Audit::AuditReport>(this))
    , m_domainEdit(new QLineEdit(this))
    , m_selectorsEdit(new QLineEdit(this))
    , m_checkButton(new QPushButton(tr("&Check"), this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_score(new QLabel(this))
    , m_findings(new FindingsView(this))
    , m_transport(new TransportView(session, this))
    , m_mtaSts(new MtaStsView(session))
    , m_dane(new DaneView(session))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Sceau — email sender security"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/sceau.svg")));

    m_domainEdit->setObjectName(QStringLiteral("domainLineEdit"));
    m_domainEdit->setPlaceholderText(tr("example.com"));
    m_domainEdit->setClearButtonEnabled(true);
    m_selectorsEdit->setObjectName(QStringLiteral("selectorsLineEdit"));
    //: placeholder: DKIM selectors, separated by commas or spaces
    m_selectorsEdit->setPlaceholderText(tr("optional, e.g. selector1, google"));
    m_checkButton->setObjectName(QStringLiteral("checkPushButton"));
    m_checkButton->setDefault(true);
    m_cancelButton->setObjectName(QStringLiteral("cancelPushButton"));
    m_progress->setObjectName(QStringLiteral("checkProgressBar"));
    m_progress->setTextVisible(false);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_score->setObjectName(QStringLiteral("scoreLabel"));
    m_findings->setObjectName(QStringLiteral("findingsView"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Domain:"), m_domainEdit);
    form->addRow(tr("DKIM &selectors:"), m_selectorsEdit);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_checkButton);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addLayout(form);
    layout->addLayout(buttons);
    auto *summary = new QHBoxLayout;
    summary->addWidget(m_status, 1);
    summary->addWidget(m_score);
    layout->addLayout(summary);
    // The findings of the DNS audit, and the Transport page of the same domain: its MX servers
    // are probed when the page is shown (no connection to them otherwise).
    m_tabs->setObjectName(QStringLiteral("resultsTabWidget"));
    m_tabs->addTab(m_findings, tr("&Findings"));
    auto *transportPage = new QScrollArea(this); // the page and its sections may be long
    transportPage->setObjectName(QStringLiteral("transportScrollArea"));
    transportPage->setWidgetResizable(true);
    transportPage->setWidget(m_transport);
    m_transportPage = transportPage;
    m_tabs->addTab(transportPage, tr("&Transport"));
    m_tabs->addTab(new DmarcReportsView(session, this), tr("&Reports"));
    m_transport->addSection(m_mtaSts);
    m_transport->addSection(m_dane);
    layout->addWidget(m_tabs, 1);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::syncTransport);
    setCentralWidget(central);
    buildMenus();

    connect(m_checkButton, &QPushButton::clicked, this, &MainWindow::startCheck);
    connect(m_domainEdit, &QLineEdit::returnPressed, this, &MainWindow::startCheck);
    connect(m_selectorsEdit, &QLineEdit::returnPressed, this, &MainWindow::startCheck);
    connect(m_selectorsEdit, &QLineEdit::textEdited, this, [this] { m_selectorsEdited = true; });
    connect(m_cancelButton, &QPushButton::clicked, this, &MainWindow::cancelCheck);
    // Escape cancels a running check, as the Cancel button does (only while it is enabled).
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(escape, &QShortcut::activated, this, [this] {
        if (m_cancelButton->isEnabled())
            cancelCheck();
    });
    connect(m_findings, &FindingsView::fixRequested, this, &MainWindow::fixFinding);
    connect(m_watcher,
            &QFutureWatcher<Audit::AuditReport>::progressRangeChanged,
            m_progress,
            &QProgressBar::setRange);
    connect(m_watcher,
            &QFutureWatcher<Audit::AuditReport>::progressValueChanged,
            m_progress,
            &QProgressBar::setValue);
    connect(
        m_watcher, &QFutureWatcher<Audit::AuditReport>::finished, this, &MainWindow::auditFinished);

    setBusy(false);
    m_status->setText(tr("Type a domain and press Check."));
    if (!restoreGeometry(m_preferences.windowGeometry()))
        resize(820, 600);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    QAction *settings = tools->addAction(tr("&Settings…"), this, &MainWindow::showSettings);
    settings->setObjectName(QStringLiteral("settingsAction"));
    settings->setShortcut(QKeySequence::Preferences);
    QAction *spfWizard
        = tools->addAction(tr("SPF record &wizard…"), this, &MainWindow::showSpfWizard);
    spfWizard->setObjectName(QStringLiteral("spfWizardAction"));
    QAction *dkimWizard = tools->addAction(tr("New &DKIM key…"), this, &MainWindow::showDkimWizard);
    dkimWizard->setObjectName(QStringLiteral("dkimWizardAction"));
    QAction *dkimKeys = tools->addAction(tr("DKIM &keys…"), this, &MainWindow::showDkimKeys);
    dkimKeys->setObjectName(QStringLiteral("dkimKeysAction"));
    QAction *submission = tools->addAction(tr("S&ubmission test…"), this, [this] {
        auto *dialog = new SubmissionTestDialog(m_session, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open(); // window-modal, no nested event loop
    });
    submission->setObjectName(QStringLiteral("submissionTestAction"));
    QAction *messageAnalysis = tools->addAction(tr("Message &analysis…"), this, [this] {
        auto *dialog = new MessageAnalysisDialog(m_session, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open(); // window-modal, no nested event loop
    });
    messageAnalysis->setObjectName(QStringLiteral("messageAnalysisAction"));
    QAction *credentials = tools->addAction(tr("&Credentials…"), this, [this] {
        auto *dialog = new CredentialsDialog(m_session, &m_preferences, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open(); // window-modal, no nested event loop
    });
    credentials->setObjectName(QStringLiteral("credentialsAction"));
    QAction *mtaSts = tools->addAction(tr("&MTA-STS policy wizard…"), this, [this] {
        auto *wizard = new MtaStsWizard(m_session, this);
        wizard->setAttribute(Qt::WA_DeleteOnClose);
        if (!m_transportDomain.isEmpty())
            wizard->load(m_transportDomain);
        wizard->open(); // window-modal, no nested event loop
    });
    mtaSts->setObjectName(QStringLiteral("mtaStsWizardAction"));
    QAction *tlsRpt = tools->addAction(tr("TLS-&RPT record wizard…"), this, [this] {
        auto *wizard = new TlsRptWizard(m_session, this);
        wizard->setAttribute(Qt::WA_DeleteOnClose);
        wizard->setDomain(m_transportDomain);
        wizard->open();
    });
    tlsRpt->setObjectName(QStringLiteral("tlsRptWizardAction"));
    QAction *dmarc = tools->addAction(tr("&DMARC record wizard…"), this, [this] {
        auto *wizard = new DmarcWizard(m_session, this);
        wizard->setAttribute(Qt::WA_DeleteOnClose);
        wizard->setDomain(m_transportDomain);
        // The rollout plan's evidence: what the stored aggregate reports say of the domain.
        if (auto store = m_session->reportStore(); store && !m_transportDomain.isEmpty()) {
            if (auto evidence = (*store)->evidence(m_transportDomain);
                evidence && evidence->reports > 0)
                wizard->setEvidence(*evidence);
        }
        wizard->open();
    });
    dmarc->setObjectName(QStringLiteral("dmarcWizardAction"));
    QAction *bimi = tools->addAction(tr("&BIMI logo wizard…"), this, [this] {
        auto *wizard = new BimiWizard(m_session, this);
        wizard->setAttribute(Qt::WA_DeleteOnClose);
        wizard->setDomain(m_transportDomain);
        wizard->open();
    });
    bimi->setObjectName(QStringLiteral("bimiWizardAction"));
    tools->addSeparator();
    QAction *journal = tools->addAction(tr("Published &changes…"), this, [this] {
        auto *dialog = new JournalDialog(m_session, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    journal->setObjectName(QStringLiteral("journalAction"));
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Sceau"), this, &MainWindow::showAbout);
}

void MainWindow::applyResolverSettings()
{
    const auto applied = m_session->setResolverSettings(m_preferences.resolverSettings());
    if (!applied) {
        // The session keeps its resolver: checks go on as before.
        //: %1 why the resolver settings could not be used
        m_status->setText(
            tr("The new resolver settings could not be used: %1").arg(describe(applied.error())));
        return;
    }
    // A check on the old resolver ends: its lookups would never come back.
    cancelCheck();
}

void MainWindow::checkDomain(const QString &domain)
{
    m_domainEdit->setText(domain);
    startCheck();
}

void MainWindow::startCheck()
{
    const auto domain = DomainName::fromUserInput(m_domainEdit->text());
    if (!domain) {
        m_status->setText(describe(domain.error()));
        m_domainEdit->setFocus();
        return;
    }
    if (*domain != m_selectorsDomain && !m_selectorsEdited)
        m_selectorsEdit->clear();
    m_selectorsDomain = *domain;
    m_selectorsEdited = false;
    QStringList selectors;
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    for (const QString &text : m_selectorsEdit->text().split(separators, Qt::SkipEmptyParts)) {
        const auto selector = Dkim::validateSelector(text, *domain); // the one selector rule
        if (!selector) {
            m_status->setText(tr("DKIM selector: %1").arg(describe(selector.error())));
            m_selectorsEdit->setFocus();
            return;
        }
        selectors << *selector;
    }
    m_watcher->cancel(); // newest request wins: setFuture() below drops the old one's signals
    m_findings->clear();
    m_checkedDomain.clear();
    m_score->clear();
    m_status->setText(tr("Checking %1…").arg(*domain));
    m_progress->setRange(0, 0);
    setBusy(true);
    m_watcher->setFuture(m_session->auditor()->audit({*domain, selectors, {}}));
    m_transportDomain = *domain;
    syncTransport();
}

void MainWindow::syncTransport()
{
    if (m_tabs->currentWidget() == m_transportPage && !m_transportDomain.isEmpty()
        && m_transport->domain() != m_transportDomain) {
        m_transport->probe(m_transportDomain);
        m_mtaSts->check(m_transportDomain);
        m_dane->check(m_transportDomain);
    }
}

void MainWindow::cancelCheck()
{
    m_watcher->cancel();
    m_transport->cancel(); // its probe and checks too, when they run
    m_dane->cancel();
}

void MainWindow::auditFinished()
{
    setBusy(false);
    if (m_watcher->isCanceled()) {
        m_status->setText(tr("Check canceled."));
        emit checkCanceled();
        return;
    }
    const Audit::AuditReport report = m_watcher->result();
    m_findings->setReport(report);
    m_checkedDomain = report.domain;
    // An incomplete report rates only what could be checked: its score is provisional; a
    // domain that does not exist, or where nothing could be rated, has none
    // (docs/scoring.md).
    QString score;
    if (report.assessment.state == Audit::OverallState::DomainNotFound)
        score = tr("Domain not found");
    else if (!report.score())
        score = tr("Score: could not check");
    else if (report.scoreProvisional())
        //: %1 score out of 100 of what could be checked (some lookups failed)
        score = tr("Score: %1/100 (provisional)").arg(*report.score());
    else
        score = tr("Score: %1/100").arg(*report.score());
    m_score->setToolTip(report.scoreProvisional()
                            ? tr("Some lookups failed: the score rates only what could be checked.")
                            : QString());
    if (report.spfLookups >= 0)
        //: %1 the score text; %2 DNS lookups of the SPF record (RFC 7208 limit: 10)
        m_score->setText(tr("%1 · SPF lookups: %2/10").arg(score).arg(report.spfLookups));
    else
        m_score->setText(score);
    if (report.resolverUnreachable())
        m_status->setText(
            tr("No DNS answer for %1: check the resolver in Settings.").arg(report.domain));
    else if (!report.complete())
        m_status->setText(tr("%1 checked; %n lookup(s) failed, so some checks could not be made.",
                             nullptr,
                             report.failedLookups)
                              .arg(report.domain));
    else
        m_status->setText(tr("%1 checked.").arg(report.domain));
    emit checkFinished(report);
}

void MainWindow::setBusy(bool busy)
{
    m_checkButton->setEnabled(!busy);
    m_cancelButton->setEnabled(busy);
    m_progress->setVisible(busy);
}

void MainWindow::showSettings()
{
    auto *dialog = new SettingsDialog(m_preferences, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &MainWindow::applyResolverSettings);
    dialog->open(); // window-modal, no nested event loop
}

void MainWindow::showSpfWizard()
{
    auto *wizard = new SpfWizard(m_session, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->open(); // window-modal, no nested event loop
}

void MainWindow::showDkimWizard()
{
    Dkim::KeyVault *vault = vaultOrWarning();
    if (!vault)
        return;
    auto *wizard = new DkimWizard(vault, m_session, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->open(); // window-modal, no nested event loop
}

void MainWindow::showDkimKeys()
{
    if (!vaultOrWarning())
        return;
    auto *dialog = new DkimKeysDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open(); // window-modal, no nested event loop
}

Dkim::KeyVault *MainWindow::vaultOrWarning()
{
    const auto vault = m_session->keyVault();
    if (vault)
        return *vault;
    auto *box
        = new QMessageBox(QMessageBox::Warning,
                          tr("DKIM keys"),
                          //: %1 why the workspace (or the keychain behind it) cannot open
                          tr("The DKIM keys cannot be opened: %1").arg(describe(vault.error())),
                          QMessageBox::Ok,
                          this);
    box->setObjectName(QStringLiteral("keyVaultErrorMessageBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open(); // window-modal, no nested event loop
    return nullptr;
}

void MainWindow::fixFinding(const Finding &finding)
{
    if (!finding.id.startsWith(QStringLiteral("spf.")) || m_checkedDomain.isEmpty())
        return;
    auto *wizard = new SpfWizard(m_session, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setDomain(m_checkedDomain);
    wizard->open(); // window-modal, no nested event loop
    wizard->next(); // to the senders: the current record loads there, its terms checked
}

void MainWindow::showAbout()
{
    auto *box
        = new QMessageBox(QMessageBox::Information,
                          tr("About Sceau"),
                          tr("<b>Sceau</b> %1<br>Email sender security: SPF, DKIM, DMARC and the "
                             "mail transport of your domains.")
                              .arg(QStringLiteral(SCEAU_VERSION)),
                          QMessageBox::Ok,
                          this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_watcher->cancel();
    m_preferences.setWindowGeometry(saveGeometry());
    event->accept();
}

} // namespace Sceau::Widgets
