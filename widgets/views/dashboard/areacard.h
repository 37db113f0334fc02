#pragma once

#include "model/audit/areaassessment.h"

#include <QFrame>

class QLabel;

namespace Sceau {
namespace Widgets {

// One area of a domain's posture on the dashboard (issue 12 §1): its state icon and name, its
// score (or none), and its key facts. A card is one control: it takes the focus, and a click,
// Space or Return selects it (clicked()); a screen reader reads its accessible name, e.g.
// "SPF: To improve, 80/100".
class AreaCard : public QFrame
{
    Q_OBJECT
public:
    explicit AreaCard(Audit::Area area, QWidget *parent = nullptr);

    Audit::Area area() const { return m_area; }
    void setAssessment(const Audit::AreaAssessment &assessment);
    void clear(); // no check shown

    void setSelected(bool selected);
    bool isSelected() const { return m_selected; }

signals:
    void clicked(Sceau::Audit::Area area);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void updateFrame();

    Audit::Area m_area;
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_score;
    QLabel *m_state;
    QLabel *m_facts;
    bool m_selected = false;
};

} // namespace Widgets
} // namespace Sceau
