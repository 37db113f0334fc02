#pragma once

#include <QWizardPage>

class QLabel;
class QProgressBar;

namespace Sceau {
namespace Widgets {

class DkimWizard;

// Keeps the key: encrypted in the workspace, its passphrase in the keychain. A locked or
// absent keychain is said plainly; the page stays incomplete and Back/Next retries.
class DkimStorePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit DkimStorePage(DkimWizard *wizard);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

private:
    DkimWizard *m_wizard;
    QProgressBar *m_busy;
    QLabel *m_status;
    quint64 m_ticket = 0;
};

} // namespace Widgets
} // namespace Sceau
