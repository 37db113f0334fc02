#include "widgets/views/dashboard/areacard.h"

#include "widgets/views/severityicon.h"

#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QStyle>

namespace Sceau::Widgets {

AreaCard::AreaCard(Audit::Area area, QWidget *parent)
    : QFrame(parent)
    , m_area(area)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(Audit::areaName(area), this))
    , m_score(new QLabel(this))
    , m_state(new QLabel(this))
    , m_facts(new QLabel(this))
{
    setObjectName(QStringLiteral("%1AreaCard").arg(Audit::Areas.token(area)));
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setAutoFillBackground(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    QFont big = m_score->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    m_score->setFont(big);
    m_icon->setObjectName(QStringLiteral("stateIconLabel"));
    m_score->setObjectName(QStringLiteral("scoreLabel"));
    m_state->setObjectName(QStringLiteral("stateLabel"));
    m_facts->setObjectName(QStringLiteral("factsLabel"));
    m_facts->setWordWrap(true);
    m_facts->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_facts->setTextFormat(Qt::PlainText);
    auto *layout = new QGridLayout(this);
    layout->addWidget(m_icon, 0, 0);
    layout->addWidget(m_title, 0, 1);
    layout->addWidget(m_score, 0, 2, Qt::AlignRight);
    layout->addWidget(m_state, 1, 0, 1, 3);
    layout->addWidget(m_facts, 2, 0, 1, 3);
    layout->setColumnStretch(1, 1);
    layout->setRowStretch(2, 1);
    setMinimumWidth(180);
    clear();
}

void AreaCard::clear()
{
    m_icon->clear();
    m_score->setText(QStringLiteral("—"));
    m_state->setText(tr("Not checked yet"));
    m_facts->clear();
    setAccessibleName(Audit::areaName(m_area));
    setToolTip({});
    updateFrame();
}

void AreaCard::setAssessment(const Audit::AreaAssessment &assessment)
{
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(areaStateIcon(assessment.state).pixmap(size, size, QIcon::Normal));
    const QString state = Audit::areaStateName(assessment.state);
    QString score = QStringLiteral("—");
    if (assessment.score)
        //: a score out of 100; "(provisional)" when some lookups failed
        score = assessment.provisional ? tr("%1/100*").arg(*assessment.score)
                                       : tr("%1/100").arg(*assessment.score);
    m_score->setText(score);
    m_state->setText(state);
    m_facts->setText(assessment.facts.join(u'\n'));
    setToolTip(assessment.provisional
                   ? tr("Provisional: some lookups failed, so this rates only what could be "
                        "checked.")
                   : QString());
    //: accessible name of a dashboard card: %1 area (SPF…), %2 state, %3 score or "—"
    setAccessibleName(tr("%1: %2, %3").arg(Audit::areaName(m_area), state, score));
    updateFrame();
}

void AreaCard::setSelected(bool selected)
{
    m_selected = selected;
    updateFrame();
}

void AreaCard::updateFrame()
{
    // The palette's own colours: right in light and dark themes.
    setFrameShape(QFrame::StyledPanel);
    setLineWidth(m_selected || hasFocus() ? 2 : 1);
    setBackgroundRole(m_selected ? QPalette::AlternateBase : QPalette::Base);
    setFrameShadow(m_selected ? QFrame::Sunken : QFrame::Raised);
}

void AreaCard::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        emit clicked(m_area);
    QFrame::mouseReleaseEvent(event);
}

void AreaCard::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space || event->key() == Qt::Key_Return
        || event->key() == Qt::Key_Enter) {
        emit clicked(m_area);
        return;
    }
    QFrame::keyPressEvent(event);
}

void AreaCard::focusInEvent(QFocusEvent *event)
{
    updateFrame();
    QFrame::focusInEvent(event);
}

void AreaCard::focusOutEvent(QFocusEvent *event)
{
    updateFrame();
    QFrame::focusOutEvent(event);
}

} // namespace Sceau::Widgets
