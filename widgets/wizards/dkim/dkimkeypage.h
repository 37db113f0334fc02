#pragma once

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;

namespace Sceau {
namespace Dkim {
class KeyGenerator;
} // namespace Dkim
} // namespace Sceau

namespace Sceau {
namespace Widgets {

class DkimWizard;

// Generates the key when shown (off the UI thread); large RSA keys can be canceled. Complete
// once a key is ready; going Back drops a late result (newest request wins).
class DkimKeyPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit DkimKeyPage(DkimWizard *wizard);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

private:
    void cancel();

    DkimWizard *m_wizard;
    Dkim::KeyGenerator *m_generator;
    QProgressBar *m_busy;
    QLabel *m_status;
    QPushButton *m_cancelButton;
    quint64 m_ticket = 0;
};

} // namespace Widgets
} // namespace Sceau
