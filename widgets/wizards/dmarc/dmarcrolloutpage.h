#pragma once

#include "model/dmarc/rolloutevidence.h"

#include <QWizardPage>

#include <optional>

class QDateEdit;
class QLabel;
class QTableWidget;
class QVBoxLayout;

namespace Sceau {
namespace Widgets {

// The DMARC wizard's rollout plan: p=none → t=y test mode → p=quarantine → p=reject, each step
// with its date and what the imported reports say of it (Dmarc::planRollout computes it).
class DmarcRolloutPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit DmarcRolloutPage(QWidget *parent = nullptr);

    // What the stored aggregate reports say (nullopt: none imported).
    void setEvidence(const std::optional<Dmarc::RolloutEvidence> &evidence);
    // Adds the wizard's publish panel below the plan.
    void addPublishPanel(QWidget *panel);

private:
    void update();

    std::optional<Dmarc::RolloutEvidence> m_evidence;
    QDateEdit *m_start;
    QLabel *m_summary;
    QTableWidget *m_steps;
    QVBoxLayout *m_layout;
};

} // namespace Widgets
} // namespace Sceau
