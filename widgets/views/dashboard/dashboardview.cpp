#include "widgets/views/dashboard/dashboardview.h"

#include "model/core/domainname.h"
#include "widgets/views/dashboard/areacard.h"
#include "widgets/views/dashboard/areadetails.h"
#include "widgets/views/severityicon.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStyle>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Sceau::Widgets {

namespace {
constexpr int CardsPerRow = 4;
} // namespace

DashboardView::DashboardView(QWidget *parent)
    : QWidget(parent)
    , m_overallIcon(new QLabel(this))
    , m_overall(new QLabel(this))
    , m_details(new AreaDetails(this))
{
    m_overall->setObjectName(QStringLiteral("overallLabel"));
    m_overall->setWordWrap(true);
    QFont big = m_overall->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_overall->setFont(big);
    m_details->setObjectName(QStringLiteral("areaDetails"));
    auto *scoring = new QPushButton(tr("How is this sc&ored?"), this);
    scoring->setObjectName(QStringLiteral("scoringPushButton"));
    scoring->setFlat(true);
    connect(scoring, &QPushButton::clicked, this, &DashboardView::showScoring);
    auto *header = new QHBoxLayout;
    header->addWidget(m_overallIcon);
    header->addWidget(m_overall, 1);
    header->addWidget(scoring);

    auto *cards = new QWidget(this);
    auto *grid = new QGridLayout(cards);
    grid->setContentsMargins(0, 0, 0, 0);
    int i = 0;
    for (const auto &entry : Audit::Areas.entries) {
        auto *card = new AreaCard(entry.first, cards);
        m_cards.insert(int(entry.first), card);
        grid->addWidget(card, i / CardsPerRow, i % CardsPerRow);
        connect(card, &AreaCard::clicked, this, &DashboardView::selectArea);
        ++i;
    }
    for (int column = 0; column < CardsPerRow; ++column)
        grid->setColumnStretch(column, 1);
    auto *cardsScroll = new QScrollArea(this);
    cardsScroll->setObjectName(QStringLiteral("cardsScrollArea"));
    cardsScroll->setFocusPolicy(Qt::NoFocus); // the cards take the focus, one by one
    cardsScroll->setWidgetResizable(true);
    cardsScroll->setFrameShape(QFrame::NoFrame);
    cardsScroll->setWidget(cards);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(cardsScroll);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(splitter, 1);
    connect(m_details, &AreaDetails::fixRequested, this, &DashboardView::fixRequested);
    clear();
}

void DashboardView::clear()
{
    m_hasReport = false;
    m_report = {};
    m_overallIcon->clear();
    m_overall->setText(tr("Check a domain to see its posture, area by area."));
    for (AreaCard *card : std::as_const(m_cards)) {
        card->clear();
        card->setSelected(false);
    }
    m_details->clear();
}

void DashboardView::setReport(const Audit::AuditReport &report)
{
    m_report = report;
    m_hasReport = true;
    const Audit::DomainAssessment &assessment = report.assessment;
    const int size = style()->pixelMetric(QStyle::PM_LargeIconSize);
    m_overallIcon->setPixmap(overallStateIcon(assessment.state).pixmap(size, size));
    const QString domain = DomainName::forDisplay(report.domain);
    const QString state = Audit::overallStateName(assessment.state);
    if (!assessment.score)
        //: %1 domain, %2 its state ("Domain not found", "Could not check")
        m_overall->setText(tr("%1: %2").arg(domain, state));
    else if (assessment.provisional)
        //: %1 domain, %2 state, %3 score out of 100 of what could be checked
        m_overall->setText(tr("%1: %2, %3/100 (provisional: some checks could not be made)")
                               .arg(domain, state)
                               .arg(*assessment.score));
    else
        //: %1 domain, %2 state, %3 score out of 100
        m_overall->setText(tr("%1: %2, %3/100").arg(domain, state).arg(*assessment.score));
    for (const Audit::AreaAssessment &area : assessment.areas)
        m_cards.value(int(area.area))->setAssessment(area);
    selectArea(m_selected);
}

void DashboardView::selectArea(Audit::Area area)
{
    m_selected = area;
    for (AreaCard *card : std::as_const(m_cards))
        card->setSelected(card->area() == area);
    if (m_hasReport)
        m_details->show(area, m_report);
}

void DashboardView::showScoring()
{
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("scoringDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("How scores are computed"));
    auto *text = new QTextBrowser(dialog);
    text->setObjectName(QStringLiteral("scoringTextBrowser"));
    // The method in the interface's language when there is a translation (docs/scoring.fr.md).
    QFile file(QStringLiteral(":/docs/scoring.%1.md").arg(QLocale().name().section(u'_', 0, 0)));
    if (!file.exists())
        file.setFileName(QStringLiteral(":/docs/scoring.md"));
    if (file.open(QIODevice::ReadOnly))
        text->setMarkdown(QString::fromUtf8(file.readAll()));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(text);
    layout->addWidget(buttons);
    dialog->resize(640, 560);
    dialog->open(); // window-modal, no nested event loop
}

} // namespace Sceau::Widgets
