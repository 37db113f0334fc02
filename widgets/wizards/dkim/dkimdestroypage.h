#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;

namespace Sceau {
namespace Widgets {

class DkimRotationWizard;

// Erases the revoked key's private half (the keychain passphrase, then the encrypted key in the
// workspace) after an explicit confirmation.
class DkimDestroyPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit DkimDestroyPage(DkimRotationWizard *wizard);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

private:
    void askThenDestroy();
    void destroyKey();

    DkimRotationWizard *m_wizard;
    QLabel *m_dueLabel;
    QPushButton *m_destroyButton;
    QLabel *m_resultLabel;
    quint64 m_ticket = 0;
    bool m_done = false;
};

} // namespace Widgets
} // namespace Sceau
