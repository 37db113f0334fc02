#pragma once

#include "model/spf/spfdraft.h"
#include "model/spf/spftree.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace Sceau {
namespace Widgets {

// Over the 10-lookup limit (RFC 7208 §4.6.4): the draft's includes, to choose which to flatten
// into ip4/ip6 terms (Spf::flattenInclude), with the budget after flattening and a warning that
// flattened ranges go stale. Includes that cannot be flattened are listed, disabled, with why.
class SpfFlattenPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SpfFlattenPanel(QWidget *parent = nullptr);

    // The draft's include tree and its lookups, as just counted.
    void setTree(const Spf::SpfDraft &draft, const Spf::SpfTreeNode &tree, int lookups);
    QList<Spf::SpfTreeNode> chosen() const; // the checked includes' subtrees

signals:
    void flattenRequested(); // the user confirmed: flatten chosen()

private:
    void updateBudget();

    QListWidget *m_list;
    QLabel *m_budgetLabel;
    QLabel *m_warningLabel;
    QPushButton *m_applyButton;
    QList<Spf::SpfTreeNode> m_includes; // per list row
    int m_lookups = 0;
};

} // namespace Widgets
} // namespace Sceau
