#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTimer;

namespace Sceau {
namespace Widgets {

class SpfWizard;

// Who sends the domain's mail: provider presets, the MX hosts, the domain's address, ranges
// and other includes. Shows the DNS lookup budget of the draft ("3 / 10", RFC 7208 §4.6.4),
// recomputed through the model (includes fetched live) a moment after each change.
class SpfSendersPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit SpfSendersPage(SpfWizard *wizard);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

private:
    void readDraft();     // widgets → draft
    void computeBudget(); // async, newest request wins

    SpfWizard *m_wizard;
    QListWidget *m_presetsList;
    QCheckBox *m_mxCheck;
    QCheckBox *m_aCheck;
    QLineEdit *m_ip4Edit;
    QLineEdit *m_ip6Edit;
    QLineEdit *m_includesEdit;
    QLabel *m_budgetLabel;
    QLabel *m_problemLabel;
    QTimer *m_budgetTimer;
    quint64 m_ticket = 0;
};

} // namespace Widgets
} // namespace Sceau
