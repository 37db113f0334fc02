#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QPushButton;

namespace Sceau {
namespace Widgets {

class DkimRotationWizard;

// The user confirms the signer now signs with the new key: it becomes active, and the old key
// (if any) retiring, stamped with today's date; its revocation is due after the retire period.
class DkimActivatePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit DkimActivatePage(DkimRotationWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override; // the old key's revocation, or the end for a first key

private:
    void activate();
    void finish(const QString &text); // the step is done: say so, complete the page

    DkimRotationWizard *m_wizard;
    QLabel *m_dueLabel;
    QCheckBox *m_switchedCheck;
    QPushButton *m_activateButton;
    QLabel *m_resultLabel;
    bool m_done = false;
};

} // namespace Widgets
} // namespace Sceau
