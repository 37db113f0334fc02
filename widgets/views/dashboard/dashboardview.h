#pragma once

#include "model/audit/auditreport.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QPushButton;

namespace Sceau {
namespace Widgets {

class AreaCard;
class AreaDetails;

// A domain's posture at a glance (issue 12 §1–2): the overall state and score (provisional
// when some lookups failed, "domain not found" when it does not exist), one card per area
// (Audit::assess: good, to improve, failing, could not check, not applicable), and under them
// the data and findings of the selected card. "How is this scored?" shows docs/scoring.md.
class DashboardView : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardView(QWidget *parent = nullptr);

    void setReport(const Audit::AuditReport &report);
    void clear();
    void selectArea(Audit::Area area);
    Audit::Area selectedArea() const { return m_selected; }

signals:
    void fixRequested(const Sceau::Finding &finding);

private:
    void showScoring();

    QLabel *m_overallIcon;
    QLabel *m_overall;
    QHash<int, AreaCard *> m_cards; // by Audit::Area
    AreaDetails *m_details;
    Audit::AuditReport m_report;
    bool m_hasReport = false;
    Audit::Area m_selected = Audit::Area::Spf;
};

} // namespace Widgets
} // namespace Sceau
