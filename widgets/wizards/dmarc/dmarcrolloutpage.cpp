#include "widgets/wizards/dmarc/dmarcrolloutpage.h"

#include "model/dmarc/rolloutplan.h"

#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Sceau::Widgets {

DmarcRolloutPage::DmarcRolloutPage(QWidget *parent)
    : QWizardPage(parent)
    , m_start(new QDateEdit(QDate::currentDate()))
    , m_summary(new QLabel)
    , m_steps(new QTableWidget(0, 4))
{
    setObjectName(QStringLiteral("dmarcRolloutPage"));
    setTitle(tr("Rollout plan"));
    setSubTitle(tr("From monitoring to rejection, one step at a time, each when the reports say "
                   "it is safe."));
    setFinalPage(true);
    m_start->setObjectName(QStringLiteral("startDateEdit"));
    m_start->setCalendarPopup(true);
    m_summary->setObjectName(QStringLiteral("evidenceLabel"));
    m_summary->setWordWrap(true);
    m_steps->setObjectName(QStringLiteral("rolloutTableWidget"));
    m_steps->setHorizontalHeaderLabels(
        {tr("Step"), tr("Policy tags"), tr("Earliest date"), tr("What the reports say")});
    m_steps->horizontalHeader()->setStretchLastSection(true);
    m_steps->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_layout = new QVBoxLayout(this);
    auto *layout = m_layout;
    auto *start = new QLabel(tr("p=none published on:"));
    layout->addWidget(start);
    layout->addWidget(m_start);
    layout->addWidget(m_summary);
    layout->addWidget(m_steps);
    connect(m_start, &QDateEdit::dateChanged, this, &DmarcRolloutPage::update);
    update();
}

void DmarcRolloutPage::setEvidence(const std::optional<Dmarc::RolloutEvidence> &evidence)
{
    m_evidence = evidence;
    update();
}

void DmarcRolloutPage::update()
{
    using Dmarc::Readiness;
    using Dmarc::RolloutStage;
    const bool none = !m_evidence || m_evidence->reports == 0;
    if (none)
        m_summary->setText(tr("No aggregate report imported for this domain: the plan gives "
                              "dates only. Import the reports of the rua= address to judge "
                              "each step."));
    else
        //: %n reports, %1 a percentage, %2 a number of messages
        m_summary->setText(tr("%n report(s): %1 of %2 messages passed DMARC aligned.",
                              nullptr,
                              m_evidence->reports)
                               .arg(QLocale().toString(m_evidence->passShare() * 100, 'f', 1)
                                        + QLocale().percent(),
                                    QLocale().toString(m_evidence->messages)));
    const QList<Dmarc::RolloutStep> steps = Dmarc::planRollout(m_start->date(), m_evidence);
    m_steps->setRowCount(int(steps.size()));
    for (int row = 0; row < steps.size(); ++row) {
        const Dmarc::RolloutStep &step = steps.at(row);
        QString name;
        switch (step.stage) {
        case RolloutStage::Monitor:
            name = tr("Monitor");
            break;
        case RolloutStage::TestMode:
            name = tr("Test mode");
            break;
        case RolloutStage::Quarantine:
            name = tr("Quarantine");
            break;
        case RolloutStage::Reject:
            name = tr("Reject");
            break;
        }
        const QString share
            = QLocale().toString(step.requiredShare * 100, 'f', 1) + QLocale().percent();
        QString verdict;
        switch (step.readiness) {
        case Readiness::NoEvidence:
            verdict = tr("No evidence yet");
            break;
        case Readiness::TooEarly:
            verdict = tr("Too early: the reports cover too few days");
            break;
        case Readiness::Unsafe:
            //: %1 the share needed, %n sources whose mail would be hit
            verdict = tr("Not yet: needs %1 passing; %n source(s) would be hit",
                         nullptr,
                         int(step.wouldBeHit.size()))
                          .arg(share);
            break;
        case Readiness::Safe:
            verdict = step.stage == RolloutStage::Monitor
                          ? tr("Safe: nothing is blocked")
                          //: %1 the share needed
                          : tr("Safe: at least %1 passing").arg(share);
            break;
        }
        m_steps->setItem(row, 0, new QTableWidgetItem(name));
        m_steps->setItem(row, 1, new QTableWidgetItem(step.tags));
        m_steps->setItem(
            row, 2, new QTableWidgetItem(QLocale().toString(step.date, QLocale::ShortFormat)));
        m_steps->setItem(row, 3, new QTableWidgetItem(verdict));
    }
}

void DmarcRolloutPage::addPublishPanel(QWidget *panel)
{
    m_layout->addWidget(panel);
}

} // namespace Sceau::Widgets
