#include "widgets/views/domains/domainsview.h"

#include "model/audit/bulkcheck.h"
#include "model/audit/checkrecord.h"
#include "model/core/domainname.h"
#include "model/session/session.h"
#include "model/storage/checkhistory.h"
#include "model/storage/domainlist.h"
#include "widgets/dialogs/exportdialog.h"
#include "widgets/views/clearbutton.h"
#include "widgets/views/domains/adddomaindialog.h"
#include "widgets/views/severityicon.h"

#include <QAbstractButton>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Sceau::Widgets {

namespace {
enum Column { DomainColumn, ClientColumn, TagsColumn, CheckedColumn, StateColumn, ScoreColumn };
constexpr int NameRole = Qt::UserRole;     // the normalized name
constexpr int SortRole = Qt::UserRole + 1; // the score or date, for sorting

// Sorts dates and scores by value, the rest as text.
class DomainItem : public QTreeWidgetItem
{
public:
    using QTreeWidgetItem::QTreeWidgetItem;
    bool operator<(const QTreeWidgetItem &other) const override
    {
        const int column = treeWidget() ? treeWidget()->sortColumn() : 0;
        const QVariant mine = data(column, SortRole);
        const QVariant theirs = other.data(column, SortRole);
        if (mine.isValid() || theirs.isValid())
            return mine.toLongLong() < theirs.toLongLong();
        return text(column).localeAwareCompare(other.text(column)) < 0;
    }
};
} // namespace

DomainsView::DomainsView(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_filter(new QLineEdit(this))
    , m_tree(new QTreeWidget(this))
    , m_addButton(new QPushButton(tr("&Add…"), this))
    , m_removeButton(new QPushButton(tr("Re&move"), this))
    , m_importButton(new QPushButton(tr("Im&port…"), this))
    , m_bulkButton(new QPushButton(tr("Check a&ll"), this))
    , m_exportButton(new QPushButton(tr("Sa&ve a report…"), this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_bulk(new Audit::BulkCheck(this))
{
    setObjectName(QStringLiteral("domainsView"));
    m_filter->setObjectName(QStringLiteral("domainFilterLineEdit"));
    //: placeholder of the filter of the domains list
    m_filter->setPlaceholderText(tr("Filter by domain, client or tag"));
    addClearButtonOnceTyped(m_filter);
    m_filter->setAccessibleName(tr("Filter the domains"));
    m_tree->setObjectName(QStringLiteral("domainsTreeWidget"));
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setSortingEnabled(true);
    m_tree->setHeaderLabels(
        {tr("Domain"), tr("Client"), tr("Tags"), tr("Last check"), tr("State"), tr("Score")});
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->sortByColumn(DomainColumn, Qt::AscendingOrder);
    m_tree->setAccessibleName(tr("Domains"));
    m_addButton->setObjectName(QStringLiteral("addDomainPushButton"));
    m_removeButton->setObjectName(QStringLiteral("removeDomainPushButton"));
    m_importButton->setObjectName(QStringLiteral("importDomainsPushButton"));
    m_bulkButton->setObjectName(QStringLiteral("bulkCheckPushButton"));
    m_exportButton->setObjectName(QStringLiteral("exportChecksPushButton"));
    m_exportButton->setToolTip(
        tr("A PDF or HTML report, or a CSV or JSON table, of the latest checks of the selected "
           "domains (all shown when one or none is selected)."));
    m_bulkButton->setToolTip(tr("Check every domain shown, or the selected ones"));
    m_cancelButton->setObjectName(QStringLiteral("bulkCancelPushButton"));
    m_progress->setObjectName(QStringLiteral("bulkProgressBar"));
    m_status->setObjectName(QStringLiteral("domainsStatusLabel"));
    m_status->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    buttons->addWidget(m_importButton);
    buttons->addWidget(m_exportButton);
    buttons->addStretch(1);
    auto *bulk = new QHBoxLayout;
    bulk->addWidget(m_progress, 1);
    bulk->addWidget(m_cancelButton);
    bulk->addWidget(m_bulkButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);
    layout->addLayout(bulk);
    layout->addWidget(m_status);

    connect(m_filter, &QLineEdit::textChanged, this, &DomainsView::applyFilter);
    connect(m_addButton, &QPushButton::clicked, this, &DomainsView::addDomain);
    connect(m_removeButton, &QPushButton::clicked, this, &DomainsView::removeSelected);
    connect(m_importButton, &QPushButton::clicked, this, &DomainsView::importList);
    connect(m_bulkButton, &QPushButton::clicked, this, &DomainsView::startBulk);
    connect(m_exportButton, &QPushButton::clicked, this, &DomainsView::exportChecks);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        m_removeButton->setEnabled(item);
        if (item)
            emit domainSelected(item->data(DomainColumn, NameRole).toString());
    });
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        emit domainActivated(item->data(DomainColumn, NameRole).toString());
    });
    connect(m_bulk, &Audit::BulkCheck::reportReady, this, &DomainsView::bulkReport);
    connect(m_bulk, &Audit::BulkCheck::progress, m_progress, &QProgressBar::setValue);
    connect(m_bulk, &Audit::BulkCheck::finished, this, &DomainsView::bulkFinished);
    connect(m_cancelButton, &QPushButton::clicked, m_bulk, &Audit::BulkCheck::cancel);
    setBusy(false);
    refresh();
}

DomainsView::~DomainsView()
{
    m_bulk->cancel();
}

void DomainsView::refresh()
{
    const QString current = currentDomain();
    const auto workspace = m_session->workspace();
    if (!workspace)
        return showError(describe(workspace.error()));
    const auto domains = Storage::DomainList(*workspace).list();
    if (!domains)
        return showError(describe(domains.error()));
    const auto latest = Storage::CheckHistory(*workspace).latest();
    QHash<QString, Storage::CheckEntry> last;
    if (latest) {
        for (const Storage::CheckEntry &entry : *latest)
            last.insert(entry.domain, entry);
    }
    m_tree->setSortingEnabled(false);
    m_tree->clear();
    for (const Storage::DomainEntry &domain : *domains) {
        auto *item = new DomainItem(m_tree);
        item->setText(DomainColumn, DomainName::forDisplay(domain.name));
        item->setData(DomainColumn, NameRole, domain.name);
        item->setText(ClientColumn, domain.client);
        item->setText(TagsColumn, domain.tags.join(QStringLiteral(", ")));
        if (const auto it = last.constFind(domain.name); it != last.cend()) {
            const Storage::CheckEntry &entry = *it;
            item->setText(CheckedColumn,
                          QLocale().toString(entry.at.toLocalTime(), QLocale::ShortFormat));
            item->setData(CheckedColumn, SortRole, entry.at.toSecsSinceEpoch());
            const auto state = Audit::OverallStates.value(entry.state);
            if (state) {
                item->setIcon(StateColumn, overallStateIcon(*state));
                item->setText(StateColumn, Audit::overallStateName(*state));
            }
            if (entry.score) {
                item->setText(ScoreColumn,
                              entry.complete ? QString::number(*entry.score)
                                             //: a provisional score (some lookups failed)
                                             : tr("%1*").arg(*entry.score));
                item->setData(ScoreColumn, SortRole, *entry.score);
            } else {
                item->setData(ScoreColumn, SortRole, -1);
            }
        } else {
            item->setText(CheckedColumn, tr("never"));
            item->setData(CheckedColumn, SortRole, 0);
            item->setData(ScoreColumn, SortRole, -1);
        }
    }
    m_tree->setSortingEnabled(true);
    applyFilter();
    //: %n domains in the list
    m_status->setText(tr("%n domain(s).", nullptr, int(domains->size())));
    if (!current.isEmpty())
        selectDomain(current);
    m_removeButton->setEnabled(m_tree->currentItem());
}

QString DomainsView::currentDomain() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item ? item->data(DomainColumn, NameRole).toString() : QString();
}

QTreeWidgetItem *DomainsView::itemOf(const QString &domain) const
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        if (m_tree->topLevelItem(i)->data(DomainColumn, NameRole).toString() == domain)
            return m_tree->topLevelItem(i);
    }
    return nullptr;
}

void DomainsView::selectDomain(const QString &domain)
{
    if (QTreeWidgetItem *item = itemOf(domain))
        m_tree->setCurrentItem(item);
}

void DomainsView::recordCheck(const Audit::AuditReport &report)
{
    const auto workspace = m_session->workspace();
    if (!workspace)
        return showError(describe(workspace.error()));
    Storage::CheckHistory history(*workspace);
    if (const auto saved = Audit::saveCheck(history, report, m_session->resolverSettings()); !saved)
        //: %1 domain, %2 why its check could not be saved
        return showError(tr("The check of %1 was not saved: %2")
                             .arg(DomainName::forDisplay(report.domain), describe(saved.error())));
    if (!m_bulk->isRunning())
        refresh();
    emit checkSaved(report.domain);
}

void DomainsView::addDomain()
{
    auto *dialog = new AddDomainDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog,
            &AddDomainDialog::domainEntered,
            this,
            [this, dialog](const QString &domain, const QString &client, const QStringList &tags) {
                const auto workspace = m_session->workspace();
                const auto added = workspace
                                       ? Storage::DomainList(*workspace).add(domain, client, tags)
                                       : Result<Storage::DomainEntry>(workspace.error());
                if (!added) {
                    dialog->showError(describe(added.error()));
                    return;
                }
                dialog->accept();
                refresh();
                selectDomain(added->name);
            });
    dialog->open(); // window-modal, no nested event loop
}

void DomainsView::removeSelected()
{
    QStringList names;
    for (const QTreeWidgetItem *item : m_tree->selectedItems())
        names << item->data(DomainColumn, NameRole).toString();
    if (names.isEmpty())
        return;
    auto *box = new QMessageBox(QMessageBox::Question,
                                tr("Remove domains"),
                                //: %n domains; %1 their names
                                tr("Remove %n domain(s) from the list, with their saved checks? %1",
                                   nullptr,
                                   int(names.size()))
                                    .arg(names.join(QStringLiteral(", "))),
                                QMessageBox::Yes | QMessageBox::Cancel,
                                this);
    box->setObjectName(QStringLiteral("removeDomainsMessageBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, box, names](QAbstractButton *button) {
        if (box->standardButton(button) != QMessageBox::Yes)
            return;
        const auto workspace = m_session->workspace();
        if (!workspace)
            return showError(describe(workspace.error()));
        Storage::DomainList list(*workspace);
        for (const QString &name : names) {
            if (const auto removed = list.remove(name); !removed)
                showError(describe(removed.error()));
        }
        refresh();
    });
    box->open();
}

void DomainsView::importList()
{
    auto *files = new QFileDialog(this, tr("Import a list of domains"));
    files->setObjectName(QStringLiteral("importFileDialog"));
    files->setAttribute(Qt::WA_DeleteOnClose);
    files->setFileMode(QFileDialog::ExistingFile);
    //: file dialog filter
    files->setNameFilters({tr("Text files (*.txt *.csv *.list)"), tr("All files (*)")});
    connect(files, &QFileDialog::fileSelected, this, &DomainsView::importFile);
    files->open();
}

void DomainsView::importFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        //: %1 file, %2 why it cannot be read
        return showError(tr("Cannot read %1: %2").arg(path, file.errorString()));
    // One byte over the cap is enough to refuse it: never read a huge file whole.
    const QByteArray text = file.read(Storage::DomainList::MaxImportBytes + 1);
    const auto workspace = m_session->workspace();
    if (!workspace)
        return showError(describe(workspace.error()));
    const auto imported = Storage::DomainList(*workspace).import(text);
    if (!imported)
        return showError(describe(imported.error()));
    refresh();
    QStringList lines;
    //: %n domains added from an imported file
    lines << tr("%n domain(s) imported.", nullptr, int(imported->added.size()));
    for (const Storage::ImportLineError &error : imported->errors)
        //: %1 line number, %2 the line, %3 why it was not imported
        lines << tr("Line %1 (%2): %3").arg(error.line).arg(error.text, describe(error.error));
    m_status->setText(lines.join(u'\n'));
}

QStringList DomainsView::domainsToActOn() const
{
    QStringList domains;
    const QList<QTreeWidgetItem *> selected = m_tree->selectedItems();
    if (selected.size() > 1) {
        for (const QTreeWidgetItem *item : selected)
            domains << item->data(DomainColumn, NameRole).toString();
    } else {
        for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
            if (!m_tree->topLevelItem(i)->isHidden())
                domains << m_tree->topLevelItem(i)->data(DomainColumn, NameRole).toString();
        }
    }
    return domains;
}

void DomainsView::exportChecks()
{
    const QStringList domains = domainsToActOn();
    if (domains.isEmpty())
        return;
    auto *dialog = new ExportDialog(m_session, domains, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void DomainsView::startBulk()
{
    const QStringList domains = domainsToActOn();
    if (domains.isEmpty())
        return;
    m_bulkDomains = domains;
    m_progress->setRange(0, int(domains.size()));
    m_progress->setValue(0);
    setBusy(true);
    //: %n domains being checked
    m_status->setText(tr("Checking %n domain(s)…", nullptr, int(domains.size())));
    // The DNS posture only: the MX servers are probed from the Transport tab, one domain at a
    // time.
    m_bulk->start(m_session->auditor(), domains);
}

void DomainsView::bulkReport(int, const Audit::AuditReport &report)
{
    recordCheck(report);
}

void DomainsView::bulkFinished(bool canceled)
{
    setBusy(false);
    refresh();
    const int done = m_bulk->done();
    m_status->setText(
        canceled
            //: %1 checked, %2 asked
            ? tr("Canceled: %1 of %2 domains checked.").arg(done).arg(m_bulkDomains.size())
            : tr("%n domain(s) checked.", nullptr, done));
}

void DomainsView::applyFilter()
{
    const QString needle = m_filter->text().trimmed();
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_tree->topLevelItem(i);
        const bool shown
            = needle.isEmpty() || item->text(DomainColumn).contains(needle, Qt::CaseInsensitive)
              || item->data(DomainColumn, NameRole).toString().contains(needle, Qt::CaseInsensitive)
              || item->text(ClientColumn).contains(needle, Qt::CaseInsensitive)
              || item->text(TagsColumn).contains(needle, Qt::CaseInsensitive);
        item->setHidden(!shown);
    }
}

void DomainsView::showError(const QString &text)
{
    m_status->setText(text);
}

void DomainsView::setBusy(bool busy)
{
    m_bulkButton->setEnabled(!busy);
    m_cancelButton->setEnabled(busy);
    m_progress->setVisible(busy);
    m_importButton->setEnabled(!busy);
    m_removeButton->setEnabled(!busy && m_tree->currentItem());
}

} // namespace Sceau::Widgets
