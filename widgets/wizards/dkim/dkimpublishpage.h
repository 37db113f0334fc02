#pragma once

#include <QWizardPage>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Sceau {
namespace Widgets {

class DkimWizard;
class PublishPanel;

// The record to publish: the TXT value, and the PublishPanel (zone-file lines, Copy, Export,
// Publish through a credential, Watch propagation) when the wizard has a session.
class DkimPublishPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit DkimPublishPage(DkimWizard *wizard);

    void initializePage() override;

private:
    DkimWizard *m_wizard;
    QLabel *m_nameLabel;
    QPlainTextEdit *m_recordEdit;
    QPlainTextEdit *m_zoneLineEdit;
    QLabel *m_zoneLineLabel;
    QLabel *m_weakLabel;
    QPushButton *m_exportButton;
    PublishPanel *m_panel = nullptr; // with the wizard's session
};

} // namespace Widgets
} // namespace Sceau
