#pragma once

#include "model/audit/areaassessment.h"
#include "model/audit/auditreport.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTreeWidget;

namespace Sceau {
namespace Widgets {

class FindingsView;

// The data behind one area of the dashboard (issue 12 §1), read from the audit report: the SPF
// include tree with the lookups of each branch, each DKIM selector's key (type, size, flags),
// the DMARC tags with their effective values, the MX table with preferences and addresses, the
// transport of each MX; the raw records with Copy; and the area's findings, with Fix….
class AreaDetails : public QWidget
{
    Q_OBJECT
public:
    explicit AreaDetails(QWidget *parent = nullptr);

    void show(Audit::Area area, const Audit::AuditReport &report);
    void clear();

signals:
    void fixRequested(const Sceau::Finding &finding);

private:
    void fillSpf(const Audit::AuditReport &report);
    void fillDkim(const Audit::AuditReport &report);
    void fillDmarc(const Audit::AuditReport &report);
    void fillMx(const Audit::AuditReport &report);
    void fillTransport(const Audit::AuditReport &report);

    QLabel *m_title;
    QLabel *m_note;
    QTreeWidget *m_data;
    QPlainTextEdit *m_raw;
    FindingsView *m_findings;
};

} // namespace Widgets
} // namespace Sceau
