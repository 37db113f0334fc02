#include "widgets/views/history/historyview.h"

#include "model/audit/areaassessment.h"
#include "model/audit/checkdiff.h"
#include "model/audit/reportfacts.h"
#include "model/core/domainname.h"
#include "model/session/session.h"
#include "model/storage/checkhistory.h"
#include "widgets/views/severityicon.h"

#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Sceau::Widgets {

namespace {
constexpr int IdRole = Qt::UserRole;

QIcon changeIcon(Audit::ChangeKind kind)
{
    switch (kind) {
    case Audit::ChangeKind::Regression:
        return severityIcon(Severity::Error);
    case Audit::ChangeKind::Improvement:
        return severityIcon(Severity::Ok);
    case Audit::ChangeKind::Neutral:
        return severityIcon(Severity::Info);
    }
    return {};
}
} // namespace

HistoryView::HistoryView(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_title(new QLabel(this))
    , m_checks(new QTreeWidget(this))
    , m_summary(new QLabel(this))
    , m_changes(new QListWidget(this))
{
    setObjectName(QStringLiteral("historyView"));
    m_title->setObjectName(QStringLiteral("historyTitleLabel"));
    m_checks->setObjectName(QStringLiteral("checksTreeWidget"));
    m_checks->setRootIsDecorated(false);
    m_checks->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_checks->setHeaderLabels({tr("Checked"), tr("State"), tr("Score"), tr("Resolver")});
    m_checks->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_checks->setAccessibleName(tr("Saved checks"));
    m_summary->setObjectName(QStringLiteral("changesSummaryLabel"));
    m_summary->setWordWrap(true);
    m_changes->setObjectName(QStringLiteral("changesListWidget"));
    m_changes->setWordWrap(true);
    m_changes->setAccessibleName(tr("What changed"));
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_summary);
    bottomLayout->addWidget(m_changes, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_checks);
    splitter->addWidget(bottom);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(splitter, 1);
    connect(m_checks, &QTreeWidget::itemSelectionChanged, this, &HistoryView::showChanges);
    setDomain({});
}

void HistoryView::setDomain(const QString &domain)
{
    m_domain = domain;
    refresh();
}

void HistoryView::refresh()
{
    m_checks->clear();
    m_changes->clear();
    m_summary->clear();
    if (m_domain.isEmpty()) {
        m_title->setText(tr("Select or check a domain to see its history."));
        return;
    }
    //: %1 domain
    m_title->setText(tr("Checks of %1").arg(DomainName::forDisplay(m_domain)));
    const auto workspace = m_session->workspace();
    const auto checks = workspace ? Storage::CheckHistory(*workspace).list(m_domain)
                                  : Result<QList<Storage::CheckEntry>>(workspace.error());
    if (!checks) {
        m_summary->setText(checks.error().code == ErrorCode::NotFound
                               ? tr("No check of this domain is saved yet.")
                               : describe(checks.error()));
        return;
    }
    for (const Storage::CheckEntry &entry : *checks) {
        auto *item = new QTreeWidgetItem(m_checks);
        item->setText(0, QLocale().toString(entry.at.toLocalTime(), QLocale::ShortFormat));
        item->setData(0, IdRole, entry.id);
        if (const auto state = Audit::OverallStates.value(entry.state)) {
            item->setIcon(1, overallStateIcon(*state));
            item->setText(1, Audit::overallStateName(*state));
        }
        item->setText(2, entry.score ? QString::number(*entry.score) : QStringLiteral("—"));
        item->setText(3, entry.resolver);
    }
    if (m_checks->topLevelItemCount() == 0)
        m_summary->setText(tr("No check of this domain is saved yet."));
    else
        m_checks->setCurrentItem(m_checks->topLevelItem(0));
}

void HistoryView::showChanges()
{
    m_changes->clear();
    QList<QTreeWidgetItem *> selected = m_checks->selectedItems();
    if (selected.isEmpty())
        return;
    // Newest first in the list: the older check is the lower row.
    std::sort(selected.begin(), selected.end(), [this](QTreeWidgetItem *a, QTreeWidgetItem *b) {
        return m_checks->indexOfTopLevelItem(a) < m_checks->indexOfTopLevelItem(b);
    });
    QTreeWidgetItem *newer = selected.first();
    QTreeWidgetItem *older = selected.size() > 1
                                 ? selected.last()
                                 : m_checks->topLevelItem(m_checks->indexOfTopLevelItem(newer) + 1);
    if (!older) {
        m_summary->setText(tr("The first saved check: nothing to compare it with."));
        return;
    }
    const auto workspace = m_session->workspace();
    if (!workspace)
        return m_summary->setText(describe(workspace.error()));
    const Storage::CheckHistory history(*workspace);
    const auto from = history.load(older->data(0, IdRole).toLongLong());
    const auto to = history.load(newer->data(0, IdRole).toLongLong());
    if (!from || !to)
        return m_summary->setText(describe(!from ? from.error() : to.error()));
    const auto fromFacts = Audit::factsFromJson(from->report);
    const auto toFacts = Audit::factsFromJson(to->report);
    if (!fromFacts || !toFacts)
        return m_summary->setText(describe(!fromFacts ? fromFacts.error() : toFacts.error()));
    const QList<Audit::Change> changes = Audit::diffChecks(*fromFacts, *toFacts);
    //: %1 and %2 dates of two checks
    m_summary->setText(
        changes.isEmpty() ? tr("Nothing changed from %1 to %2.").arg(older->text(0), newer->text(0))
                          : tr("From %1 to %2:").arg(older->text(0), newer->text(0)));
    for (const Audit::Change &change : changes) {
        auto *item = new QListWidgetItem(changeIcon(change.kind), Audit::changeText(change));
        item->setData(Qt::UserRole, change.id);
        m_changes->addItem(item);
    }
}

} // namespace Sceau::Widgets
