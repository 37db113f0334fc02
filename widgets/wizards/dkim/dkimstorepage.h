#pragma once

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;

namespace Sceau {
namespace Widgets {

class DkimWizard;

// Keeps the key: encrypted in the workspace, its passphrase in the keychain. A locked or
// absent keychain is said plainly; the page stays incomplete, and Retry (or Back/Next) tries
// again. While it waits, it says the keychain may ask in a window of its own.
class DkimStorePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit DkimStorePage(DkimWizard *wizard);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

private:
    void store();

    DkimWizard *m_wizard;
    QProgressBar *m_busy;
    QLabel *m_status;
    QPushButton *m_retryButton;
    quint64 m_ticket = 0;
};

} // namespace Widgets
} // namespace Sceau
