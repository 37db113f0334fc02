#include "widgets/views/findingsview.h"

#include "model/audit/findingcatalogue.h"
#include "widgets/views/severityicon.h"
#include "widgets/wizards/wizardlauncher.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Sceau::Widgets {

FindingsView::FindingsView(QWidget *parent)
    : QWidget(parent)
    , m_tree(new QTreeWidget(this))
    , m_details(new QTextBrowser(this))
    , m_fixButton(new QPushButton(tr("Fi&x…"), this))
{
    m_tree->setObjectName(QStringLiteral("findingsTreeWidget"));
    m_tree->setAccessibleName(tr("Findings"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Finding"), tr("Rule")});
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_details->setObjectName(QStringLiteral("detailsTextBrowser"));
    m_details->setAccessibleName(tr("What the finding means and how to fix it"));
    m_details->setOpenExternalLinks(false);
    m_details->setPlaceholderText(tr("Select a finding to see what it means and how to fix it."));

    m_fixButton->setObjectName(QStringLiteral("fixPushButton"));
    m_fixButton->setToolTip(tr("Open the tool that fixes the selected finding"));
    m_fixButton->setEnabled(false);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_fixButton);
    layout->addLayout(buttons);

    connect(m_tree, &QTreeWidget::currentItemChanged, this, &FindingsView::showDetails);
    connect(m_fixButton, &QPushButton::clicked, this, [this] {
        if (const Finding *finding = currentFinding(); finding && isFixable(*finding))
            emit fixRequested(*finding);
    });
}

void FindingsView::setReport(const Audit::AuditReport &report)
{
    clear();
    m_findings = report.findings;
    // Most severe first; the audit's own order within a severity.
    std::stable_sort(m_findings.begin(), m_findings.end(), [](const Finding &a, const Finding &b) {
        return int(a.severity) > int(b.severity);
    });
    for (qsizetype i = 0; i < m_findings.size(); ++i) {
        const Finding &finding = m_findings.at(i);
        const FindingText text = Audit::FindingCatalogue::text(finding);
        auto *item = new QTreeWidgetItem(m_tree, {text.title, finding.rfc});
        item->setIcon(0, findingIcon(finding));
        item->setToolTip(0, findingStateName(finding));
        item->setData(0, IdRole, finding.id);
        item->setData(0, Qt::UserRole, int(i));
    }
    if (m_tree->topLevelItemCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
}

void FindingsView::clear()
{
    m_tree->clear();
    m_details->clear();
    m_findings.clear();
    m_fixButton->setEnabled(false);
}

bool FindingsView::isFixable(const Finding &finding)
{
    return WizardLauncher::canFix(finding); // the one rule of which wizard fixes what
}

const Finding *FindingsView::currentFinding() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item)
        return nullptr;
    const int index = item->data(0, Qt::UserRole).toInt();
    return index >= 0 && index < m_findings.size() ? &m_findings.at(index) : nullptr;
}

void FindingsView::showDetails()
{
    const Finding *current = currentFinding();
    m_fixButton->setEnabled(current && isFixable(*current));
    if (!current) {
        m_details->clear();
        return;
    }
    const Finding &finding = *current;
    const FindingText text = Audit::FindingCatalogue::text(finding);
    QString html = QStringLiteral("<h3>%1</h3><p>%2</p>")
                       .arg(text.title.toHtmlEscaped(), text.explanation.toHtmlEscaped());
    if (!text.remediation.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(tr("How to fix:").toHtmlEscaped(), text.remediation.toHtmlEscaped());
    //: %1 the severity, %2 the finding's stable id, %3 the RFC section
    html += QStringLiteral("<p><small>%1</small></p>")
                .arg(tr("%1 · %2 · %3")
                         .arg(findingStateName(finding), finding.id, finding.rfc)
                         .toHtmlEscaped());
    m_details->setHtml(html);
}

} // namespace Sceau::Widgets
