#include "widgets/mainwindow/mainwindow.h"

#include "model/audit/auditor.h"
#include "model/core/domainname.h"
#include "model/dkim/keyrecord.h"
#include "model/session/session.h"
#include "model/storage/preferences.h"
#include "widgets/dialogs/exportdialog.h"
#include "widgets/dialogs/settingsdialog.h"
#include "widgets/mainwindow/traynotifier.h"
#include "widgets/views/clearbutton.h"
#include "widgets/views/daneview.h"
#include "widgets/views/dashboard/dashboardview.h"
#include "widgets/views/dmarcreportsview.h"
#include "widgets/views/domains/domainsview.h"
#include "widgets/views/findingsview.h"
#include "widgets/views/history/historyview.h"
#include "widgets/views/lazypage.h"
#include "widgets/views/mtastsview.h"
#include "widgets/views/transportview.h"
#include "widgets/wizards/wizardlauncher.h"

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
#include <QSplitter>
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
    , m_launcher(new WizardLauncher(session, &preferences, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_domains(new DomainsView(session, this))
    , m_dashboard(new DashboardView(this))
    , m_findings(new FindingsView(this))
    , m_history(new HistoryView(session, this))
    , m_tabs(new QTabWidget(this))
    , m_watch(new Watch(session, this))
    , m_notifier(new TrayNotifier(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    // The platform adds the application's name ("… — Sceau"): the title is what is shown.
    setWindowTitle(tr("Email sender security"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/sceau.svg")));

    m_domainEdit->setObjectName(QStringLiteral("domainLineEdit"));
    m_domainEdit->setPlaceholderText(tr("example.com"));
    addClearButtonOnceTyped(m_domainEdit);
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
    // The buttons keep their size on a wide screen: the space is the progress bar's while it
    // shows, an empty stretch otherwise.
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_progress, 20);
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_checkButton);
    auto *central = new QWidget(this);
    central->setObjectName(QStringLiteral("checkPanel"));
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
    m_tabs->setAccessibleName(tr("Results of the check"));
    m_dashboard->setObjectName(QStringLiteral("dashboardView"));
    m_tabs->addTab(m_dashboard, tr("Dash&board"));
    m_tabs->addTab(m_findings, tr("F&indings"));
    // The pages the window does not open on are made when first shown.
    m_transportPage = new LazyPage([this] { return makeTransportPage(); }, this);
    m_transportPage->setObjectName(QStringLiteral("transportPage"));
    m_tabs->addTab(m_transportPage, tr("Tra&nsport"));
    m_tabs->addTab(m_history, tr("Histor&y"));
    auto *reportsPage = new LazyPage([session] { return new DmarcReportsView(session); }, this);
    reportsPage->setObjectName(QStringLiteral("reportsPage"));
    m_tabs->addTab(reportsPage, tr("&Reports"));
    layout->addWidget(m_tabs, 1);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (auto *page = qobject_cast<LazyPage *>(m_tabs->widget(index)))
            page->build();
        syncTransport();
    });
    // The domains list beside the check: the window opens on it.
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_domains);
    m_splitter->addWidget(central);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 5);
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);
    buildMenus();
    connect(m_domains, &DomainsView::domainSelected, this, [this](const QString &domain) {
        if (m_watcher->isRunning())
            return; // the check running keeps its domain
        m_domainEdit->setText(DomainName::forDisplay(domain));
        m_history->setDomain(domain);
    });
    connect(m_domains, &DomainsView::domainActivated, this, &MainWindow::checkDomain);
    connect(m_domains, &DomainsView::checkSaved, this, [this](const QString &domain) {
        if (domain == m_checkedDomain)
            m_history->setDomain(domain);
    });
    connect(m_dashboard, &DashboardView::fixRequested, this, &MainWindow::fixFinding);
    m_watch->setObjectName(QStringLiteral("watch"));
    connect(m_watch, &Watch::alert, m_notifier, &TrayNotifier::notify);
    connect(m_watch, &Watch::checkSaved, this, [this](const QString &domain) {
        m_domains->refresh();
        if (domain == m_checkedDomain)
            m_history->setDomain(domain);
    });
    applyWatchSettings();

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
        resize(1180, 760);
    m_splitter->restoreState(m_preferences.splitterState());
    m_domains->setFocus();
}

MainWindow::~MainWindow() = default;

QWidget *MainWindow::makeTransportPage()
{
    m_transport = new TransportView(m_session);
    m_mtaSts = new MtaStsView(m_session);
    m_dane = new DaneView(m_session);
    m_transport->addSection(m_mtaSts);
    m_transport->addSection(m_dane);
    auto *page = new QScrollArea; // the page and its sections may be long
    page->setObjectName(QStringLiteral("transportScrollArea"));
    page->setFocusPolicy(Qt::NoFocus); // its sections' controls take the focus
    page->setWidgetResizable(true);
    page->setWidget(m_transport);
    return page;
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    // The domain of the list that is selected, or every domain when none is.
    QAction *exportReport = file->addAction(tr("&Export report…"), this, [this] {
        const QString domain = m_domains->currentDomain();
        auto *dialog = new ExportDialog(
            m_session, domain.isEmpty() ? QStringList() : QStringList{domain}, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    exportReport->setObjectName(QStringLiteral("exportReportAction"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    QAction *settings = tools->addAction(tr("&Settings…"), this, &MainWindow::showSettings);
    settings->setObjectName(QStringLiteral("settingsAction"));
    // The platform's Preferences key where it has one (KDE, macOS), else Ctrl+, as most
    // desktop applications do.
    QList<QKeySequence> settingsKeys = QKeySequence::keyBindings(QKeySequence::Preferences);
    if (settingsKeys.isEmpty())
        settingsKeys << QKeySequence(Qt::CTRL | Qt::Key_Comma);
    settings->setShortcuts(settingsKeys);
    // Each tool opens on the domain last checked (none before a check).
    const auto add = [this, tools](const QString &text, const char *name, auto &&open) {
        QAction *action = tools->addAction(text, this, std::forward<decltype(open)>(open));
        action->setObjectName(QLatin1StringView(name));
    };
    add(tr("SPF record &wizard…"), "spfWizardAction", [this] { m_launcher->spf({}); });
    add(tr("New &DKIM key…"), "dkimWizardAction", [this] { m_launcher->dkim(m_transportDomain); });
    add(tr("DKIM &keys…"), "dkimKeysAction", [this] { m_launcher->dkimKeys(); });
    add(tr("S&ubmission test…"), "submissionTestAction", [this] { m_launcher->submissionTest(); });
    add(tr("Message &analysis…"), "messageAnalysisAction", [this] {
        m_launcher->messageAnalysis();
    });
    add(tr("&Credentials…"), "credentialsAction", [this] { m_launcher->credentials(); });
    add(tr("&MTA-STS policy wizard…"), "mtaStsWizardAction", [this] {
        m_launcher->mtaSts(m_transportDomain);
    });
    add(tr("TLS-&RPT record wizard…"), "tlsRptWizardAction", [this] {
        m_launcher->tlsRpt(m_transportDomain);
    });
    add(tr("&DMARC record wizard…"), "dmarcWizardAction", [this] {
        m_launcher->dmarc(m_transportDomain);
    });
    add(tr("&BIMI logo wizard…"), "bimiWizardAction", [this] {
        m_launcher->bimi(m_transportDomain);
    });
    tools->addSeparator();
    add(tr("Published &changes…"), "journalAction", [this] { m_launcher->journal(); });
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Sceau"), this, &MainWindow::showAbout)
        ->setObjectName(QStringLiteral("aboutAction"));
}

void MainWindow::applyWatchSettings()
{
    Watch::Settings settings = m_watch->settings();
    settings.intervalHours = m_preferences.recheckIntervalHours();
    settings.probeTransport = m_preferences.recheckTransport();
    settings.rotationPeriodDays = m_preferences.rotationPeriodDays();
    m_watch->setSettings(settings);
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
    // What is on screen came from the old resolver: say so rather than leave it as current.
    if (!m_checkedDomain.isEmpty())
        //: %1 the domain whose results are shown
        m_status->setText(tr("The resolver changed: the results shown for %1 come from the "
                             "previous one. Check again to update them.")
                              .arg(m_checkedDomain));
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
    m_dashboard->clear();
    m_checkedDomain.clear();
    m_score->clear();
    m_status->setText(tr("Checking %1…").arg(DomainName::forDisplay(*domain)));
    setWindowTitle(DomainName::forDisplay(*domain));
    m_progress->setRange(0, 0);
    setBusy(true);
    m_watcher->setFuture(m_session->auditor()->audit({*domain, selectors, {}}));
    m_transportDomain = *domain;
    syncTransport();
}

void MainWindow::syncTransport()
{
    if (m_tabs->currentWidget() == m_transportPage && m_transport && !m_transportDomain.isEmpty()
        && m_transport->domain() != m_transportDomain) {
        m_transport->probe(m_transportDomain);
        m_mtaSts->check(m_transportDomain);
        m_dane->check(m_transportDomain);
    }
}

void MainWindow::cancelCheck()
{
    m_watcher->cancel();
    if (m_transport) { // its probe and checks too, when they run
        m_transport->cancel();
        m_dane->cancel();
    }
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
    m_dashboard->setReport(report);
    m_findings->setReport(report);
    m_checkedDomain = report.domain;
    showScore(report);
    m_domains->recordCheck(report); // the history keeps every check
    m_history->setDomain(report.domain);
    if (report.resolverUnreachable())
        m_status->setText(tr("No DNS answer for %1: check the resolver in Settings.")
                              .arg(DomainName::forDisplay(report.domain)));
    else if (!report.complete())
        m_status->setText(tr("%1 checked; %n lookup(s) failed, so some checks could not be made.",
                             nullptr,
                             report.failedLookups)
                              .arg(DomainName::forDisplay(report.domain)));
    else
        m_status->setText(tr("%1 checked.").arg(DomainName::forDisplay(report.domain)));
    emit checkFinished(report);
}

// The overall score (docs/scoring.md): none for a domain not found or when nothing could be
// checked; provisional when some lookups failed.
void MainWindow::showScore(const Audit::AuditReport &report)
{
    const Audit::DomainAssessment &assessment = report.assessment;
    QString score;
    if (assessment.state == Audit::OverallState::DomainNotFound)
        score = Audit::overallStateName(assessment.state);
    else if (!assessment.score)
        score = tr("Score: could not check");
    else if (assessment.provisional)
        //: %1 score out of 100 of what could be checked (some lookups failed)
        score = tr("Score: %1/100 (provisional)").arg(*assessment.score);
    else
        score = tr("Score: %1/100").arg(*assessment.score);
    m_score->setToolTip(assessment.provisional
                            ? tr("Some lookups failed: the score rates only what could be checked.")
                            : QString());
    if (report.spfLookups >= 0)
        //: %1 the score text; %2 DNS lookups of the SPF record (RFC 7208 limit: 10)
        m_score->setText(tr("%1 · SPF lookups: %2/10").arg(score).arg(report.spfLookups));
    else
        m_score->setText(score);
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
    connect(dialog, &QDialog::accepted, this, &MainWindow::applyWatchSettings);
    dialog->open(); // window-modal, no nested event loop
}

void MainWindow::fixFinding(const Finding &finding)
{
    m_launcher->fix(finding, m_checkedDomain); // nothing when no wizard fixes it
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
    m_preferences.setSplitterState(m_splitter->saveState());
    event->accept();
}

} // namespace Sceau::Widgets
