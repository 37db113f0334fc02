#include "widgets/wizards/spf/spfflattenpanel.h"

#include "model/spf/spfflatten.h"
#include "model/spf/spflimits.h"
#include "model/spf/spfrecordselection.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Sceau::Widgets {

namespace {
using Spf::MaxLookups; // RFC 7208 §4.6.4

// What flattening an include saves: the include term itself and everything below it.
int saving(const Spf::SpfTreeNode &include)
{
    return 1 + include.totalLookups;
}
} // namespace

SpfFlattenPanel::SpfFlattenPanel(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_budgetLabel(new QLabel(this))
    , m_warningLabel(new QLabel(this))
    , m_applyButton(new QPushButton(tr("Flatten the &chosen includes"), this))
{
    m_list->setObjectName(QStringLiteral("flattenListWidget"));
    m_budgetLabel->setObjectName(QStringLiteral("flattenBudgetLabel"));
    m_warningLabel->setObjectName(QStringLiteral("flattenWarningLabel"));
    m_applyButton->setObjectName(QStringLiteral("applyFlattenPushButton"));
    m_warningLabel->setWordWrap(true);
    m_budgetLabel->setWordWrap(true);
    m_list->setWordWrap(true);
    m_list->setMinimumHeight(m_list->fontMetrics().lineSpacing() * 8);
    //: flattening: replacing an SPF include by the address ranges it lists today
    m_warningLabel->setText(
        tr("Warning: flattened ranges are a snapshot of today's addresses. They go stale when "
           "the provider changes its addresses, and its mail then fails SPF: run this wizard "
           "again regularly to refresh them."));
    auto *intro = new QLabel(tr("Replace includes by the IPv4/IPv6 ranges they authorise today, "
                                "to stay within %1 DNS lookups:")
                                 .arg(MaxLookups),
                             this);
    intro->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    layout->addWidget(m_list);
    layout->addWidget(m_budgetLabel);
    layout->addWidget(m_warningLabel);
    layout->addWidget(m_applyButton);
    connect(m_list, &QListWidget::itemChanged, this, &SpfFlattenPanel::updateBudget);
    connect(m_applyButton, &QPushButton::clicked, this, &SpfFlattenPanel::flattenRequested);
}

void SpfFlattenPanel::setTree(const Spf::SpfDraft &draft, const Spf::SpfTreeNode &tree, int lookups)
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    m_includes.clear();
    m_lookups = lookups;
    QStringList includes;
    for (const QString &include : draft.includes)
        includes << Spf::normalizedDomain(include);
    for (const Spf::SpfTreeNode &child : tree.children) {
        if (!child.via.startsWith(QStringLiteral("include:")) || !includes.contains(child.domain))
            continue;
        const auto terms = Spf::flattenedTerms(child);
        auto *item = new QListWidgetItem(m_list);
        item->setData(Qt::UserRole, child.domain);
        if (terms) {
            // The terms one per line: a long flattened list stays readable.
            //: %1 a domain; %n DNS lookups saved; the ip4:/ip6: terms follow, one per line
            item->setText(
                tr("%1: saves %n lookup(s), becomes:", nullptr, saving(child)).arg(child.domain)
                + u'\n' + terms->join(u'\n'));
            item->setToolTip(terms->join(u' '));
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        } else {
            //: %1 a domain, %2 why it cannot be flattened
            item->setText(
                tr("%1: cannot be flattened. %2").arg(child.domain, terms.error().detail));
            item->setToolTip(terms.error().detail);
            item->setFlags(Qt::NoItemFlags);
        }
        m_includes << child;
    }
    updateBudget();
}

QList<Spf::SpfTreeNode> SpfFlattenPanel::chosen() const
{
    QList<Spf::SpfTreeNode> result;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            result << m_includes.at(i);
    }
    return result;
}

void SpfFlattenPanel::updateBudget()
{
    int after = m_lookups;
    const QList<Spf::SpfTreeNode> includes = chosen();
    for (const Spf::SpfTreeNode &include : includes)
        after -= saving(include);
    //: DNS lookups of the record once the chosen includes are flattened, out of the maximum
    m_budgetLabel->setText(
        after > MaxLookups
            ? tr("After flattening: %1 / %2 — still too many").arg(after).arg(MaxLookups)
            : tr("After flattening: %1 / %2").arg(after).arg(MaxLookups));
    m_applyButton->setEnabled(!includes.isEmpty());
}

} // namespace Sceau::Widgets
