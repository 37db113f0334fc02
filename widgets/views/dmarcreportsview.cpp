#include "widgets/views/dmarcreportsview.h"

#include "model/dmarc/reportstore.h"
#include "model/session/session.h"
#include "widgets/views/clearbutton.h"
#include "widgets/views/dmarcsourcemodel.h"

#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Sceau::Widgets {

DmarcReportsView::DmarcReportsView(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_domains(new QComboBox(this))
    , m_importButton(new QPushButton(tr("Import r&eports…"), this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_problems(new QListWidget(this))
    , m_filter(new QLineEdit(this))
    , m_model(new DmarcSourceModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_sources(new QTableView(this))
    , m_timeline(new QTableWidget(0, 3, this))
    , m_why(new QLabel(this))
    , m_suggestion(new QLabel(this))
{
    setObjectName(QStringLiteral("dmarcReportsView"));
    setAcceptDrops(true);
    m_domains->setObjectName(QStringLiteral("policyDomainComboBox"));
    m_importButton->setObjectName(QStringLiteral("importPushButton"));
    m_cancelButton->setObjectName(QStringLiteral("cancelImportPushButton"));
    m_progress->setObjectName(QStringLiteral("importProgressBar"));
    m_status->setObjectName(QStringLiteral("importStatusLabel"));
    m_status->setWordWrap(true);
    m_problems->setObjectName(QStringLiteral("importProblemsListWidget"));
    m_problems->setMaximumHeight(90);
    m_filter->setObjectName(QStringLiteral("sourceFilterLineEdit"));
    m_filter->setAccessibleName(tr("Filter the sources"));
    m_filter->setPlaceholderText(tr("Filter sources"));
    addClearButtonOnceTyped(m_filter);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Qt::UserRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_sources->setObjectName(QStringLiteral("sourcesTableView"));
    m_sources->setAccessibleName(tr("Sending sources"));
    m_sources->setModel(m_proxy);
    m_sources->setSortingEnabled(true);
    m_sources->sortByColumn(DmarcSourceModel::Messages, Qt::DescendingOrder);
    m_sources->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_sources->setSelectionMode(QAbstractItemView::SingleSelection);
    m_sources->horizontalHeader()->setStretchLastSection(true);
    m_sources->verticalHeader()->hide();
    m_timeline->setObjectName(QStringLiteral("timelineTableWidget"));
    m_timeline->setAccessibleName(tr("Reports over time"));
    m_timeline->setHorizontalHeaderLabels({tr("Day"), tr("Passing"), tr("Failing")});
    m_timeline->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_timeline->verticalHeader()->hide();
    m_why->setObjectName(QStringLiteral("whyLabel"));
    m_why->setWordWrap(true);
    m_suggestion->setObjectName(QStringLiteral("suggestionLabel"));
    m_suggestion->setWordWrap(true);

    auto *top = new QHBoxLayout;
    auto *domainLabel = new QLabel(tr("P&olicy domain:"), this);
    domainLabel->setBuddy(m_domains); // the mnemonic, not a literal "&"
    top->addWidget(domainLabel);
    top->addWidget(m_domains, 1);
    top->addWidget(m_progress, 1);
    top->addWidget(m_cancelButton);
    top->addWidget(m_importButton);
    auto *details = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(new QLabel(tr("Pass and fail per day:"), details));
    detailsLayout->addWidget(m_timeline, 1);
    auto *advice = new QFormLayout;
    advice->addRow(tr("Why it fails:"), m_why);
    advice->addRow(tr("Suggestion:"), m_suggestion);
    detailsLayout->addLayout(advice);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_sources);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 2); // the sources first: what the view is for
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(m_problems);
    layout->addWidget(m_filter);
    layout->addWidget(splitter, 1);

    connect(m_importButton, &QPushButton::clicked, this, &DmarcReportsView::chooseFiles);
    connect(m_cancelButton, &QPushButton::clicked, &m_watcher, &QFutureWatcherBase::cancel);
    connect(
        &m_watcher, &QFutureWatcherBase::progressRangeChanged, m_progress, &QProgressBar::setRange);
    connect(
        &m_watcher, &QFutureWatcherBase::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(&m_watcher, &QFutureWatcherBase::resultReadyAt, this, &DmarcReportsView::storeResult);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &DmarcReportsView::finishImport);
    connect(m_domains, &QComboBox::currentIndexChanged, this, &DmarcReportsView::showDomain);
    connect(
        m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_sources->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            &DmarcReportsView::showSelectedSource);

    setImporting(false);
    m_status->setText(tr("Import aggregate reports (.xml, .xml.gz, .zip, .eml, mbox, Maildir) "
                         "with the button or by dropping files here."));
    refreshDomains();
}

DmarcReportsView::~DmarcReportsView()
{
    // The reading task holds copies of what it reads: it stops before its next file on its
    // own; nothing waits for it here (the UI thread never blocks).
    m_watcher.cancel();
}

QString DmarcReportsView::policyDomain() const
{
    return m_domains->currentText();
}

void DmarcReportsView::setImporting(bool importing)
{
    m_importButton->setEnabled(!importing);
    m_cancelButton->setEnabled(importing);
    m_progress->setVisible(importing);
    m_problems->setVisible(m_problems->count() > 0);
}

void DmarcReportsView::chooseFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this,
        tr("Import DMARC reports"),
        {},
        tr("DMARC reports (*.xml *.gz *.zip *.eml *.mbox);;All files (*)"));
    if (!files.isEmpty())
        importPaths(files);
}

void DmarcReportsView::importPaths(const QStringList &paths)
{
    if (m_watcher.isRunning() || paths.isEmpty())
        return;
    m_added = m_duplicates = m_failed = 0;
    m_problems->clear();
    setImporting(true);
    //: %n files
    m_status->setText(tr("Reading %n file(s)…", nullptr, int(paths.size())));
    m_watcher.setFuture(Dmarc::readReportPaths(paths));
}

// On the UI thread, where the workspace lives: the reports of one file are stored.
void DmarcReportsView::storeResult(int index)
{
    auto store = m_session->reportStore();
    for (const Dmarc::ReadReport &read : m_watcher.resultAt(index)) {
        if (!read.ok()) {
            ++m_failed;
            m_problems->addItem(read.error->detail);
        } else if (read.failure) {
            //: %1 a file, %2 a domain, %3 an IP address
            m_problems->addItem(
                tr("%1: failure report for %2 from %3 (not stored)")
                    .arg(read.source, read.failure->reportedDomain, read.failure->sourceIp));
        } else if (!store) {
            ++m_failed;
            m_problems->addItem(store.error().detail);
        } else if (const auto added = (*store)->add(*read.aggregate); !added) {
            ++m_failed;
            m_problems->addItem(added.error().detail);
        } else {
            ++(*added ? m_added : m_duplicates);
        }
    }
}

void DmarcReportsView::finishImport()
{
    const bool canceled = m_watcher.isCanceled();
    //: %1, %2, %3 numbers of reports
    QString summary = tr("%1 reports added, %2 already imported, %3 could not be read.")
                          .arg(m_added)
                          .arg(m_duplicates)
                          .arg(m_failed);
    if (canceled)
        summary = tr("Import canceled.") + u' ' + summary;
    m_status->setText(summary);
    setImporting(false);
    refreshDomains();
    emit importFinished();
}

void DmarcReportsView::refreshDomains()
{
    auto store = m_session->reportStore();
    if (!store) {
        m_status->setText(store.error().detail);
        return;
    }
    const QString current = m_domains->currentText();
    const auto domains = (*store)->policyDomains();
    const QSignalBlocker blocker(m_domains);
    m_domains->clear();
    if (domains)
        m_domains->addItems(*domains);
    const int index = m_domains->findText(current);
    m_domains->setCurrentIndex(index >= 0 ? index : 0);
    showDomain();
}

void DmarcReportsView::showDomain()
{
    auto store = m_session->reportStore();
    QList<Dmarc::SourceSummary> sources;
    if (store && !policyDomain().isEmpty()) {
        const auto found = (*store)->sources(policyDomain());
        if (found)
            sources = *found;
        else
            m_status->setText(found.error().detail);
    }
    m_model->setSources(sources);
    showSelectedSource();
}

void DmarcReportsView::showSelectedSource()
{
    m_timeline->setRowCount(0);
    const QModelIndex current = m_proxy->mapToSource(m_sources->currentIndex());
    if (!current.isValid()) {
        m_why->setText(tr("Select a source."));
        m_suggestion->clear();
        return;
    }
    const Dmarc::SourceAdvice &advice = m_model->advice(current.row());
    m_why->setText(advice.failing ? advice.why : tr("This source passes DMARC (aligned)."));
    m_suggestion->setText(advice.suggestion);
    auto store = m_session->reportStore();
    if (!store)
        return;
    const auto days
        = (*store)->timeline(policyDomain(), m_model->source(current.row()).impact.sourceIp);
    if (!days)
        return;
    for (const Dmarc::DailyCount &day : *days) {
        const int row = m_timeline->rowCount();
        m_timeline->insertRow(row);
        m_timeline->setItem(row, 0, new QTableWidgetItem(day.day.toString(Qt::ISODate)));
        m_timeline->setItem(row, 1, new QTableWidgetItem(QString::number(day.passing)));
        m_timeline->setItem(row, 2, new QTableWidgetItem(QString::number(day.failing)));
    }
}

void DmarcReportsView::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && !m_watcher.isRunning())
        event->acceptProposedAction();
}

void DmarcReportsView::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    importPaths(paths);
    event->acceptProposedAction();
}

} // namespace Sceau::Widgets
