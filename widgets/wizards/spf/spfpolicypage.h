#pragma once

#include <QWizardPage>

class QRadioButton;

namespace Sceau {
namespace Widgets {

class SpfWizard;

// What receivers should do with mail from any other server: -all or ~all.
class SpfPolicyPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit SpfPolicyPage(SpfWizard *wizard);

    void initializePage() override; // the draft's policy (a loaded record's)
    bool validatePage() override;

private:
    SpfWizard *m_wizard;
    QRadioButton *m_failRadio;
    QRadioButton *m_softFailRadio;
};

} // namespace Widgets
} // namespace Sceau
