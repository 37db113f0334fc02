#pragma once

#include "model/audit/auditreport.h"

#include <QWidget>

class QTextBrowser;
class QTreeWidget;

namespace Sceau {
namespace Widgets {

// The findings of a report, most severe first, each with its severity icon; the selected one's
// explanation and remediation below.
class FindingsView : public QWidget
{
    Q_OBJECT
public:
    static constexpr int IdRole = Qt::UserRole + 1; // the finding id, for tests and tools

    explicit FindingsView(QWidget *parent = nullptr);

    void setReport(const Audit::AuditReport &report);
    void clear();
    QList<Finding> findings() const { return m_findings; }

private:
    void showDetails();

    QTreeWidget *m_tree;
    QTextBrowser *m_details;
    QList<Finding> m_findings;
};

} // namespace Widgets
} // namespace Sceau
