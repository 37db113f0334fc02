#pragma once

#include "model/audit/auditreport.h"

#include <QWidget>

class QPushButton;
class QTextBrowser;
class QTreeWidget;

namespace Sceau {
namespace Widgets {

// The findings of a report, most severe first, each with its severity icon; the selected one's
// explanation and remediation below. "Fix…" asks for the tool that fixes the selected finding
// (the SPF wizard for spf.* problems).
class FindingsView : public QWidget
{
    Q_OBJECT
public:
    static constexpr int IdRole = Qt::UserRole + 1; // the finding id, for tests and tools

    explicit FindingsView(QWidget *parent = nullptr);

    void setReport(const Audit::AuditReport &report);
    void clear();
    QList<Finding> findings() const { return m_findings; }
    // A wizard fixes it (WizardLauncher::canFix).
    static bool isFixable(const Finding &finding);

signals:
    void fixRequested(const Sceau::Finding &finding);

private:
    void showDetails();
    const Finding *currentFinding() const;

    QTreeWidget *m_tree;
    QTextBrowser *m_details;
    QPushButton *m_fixButton;
    QList<Finding> m_findings;
};

} // namespace Widgets
} // namespace Sceau
