#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Sceau {
namespace Widgets {

class MtaStsWizard;
class PublishPanel;

// What to publish: the policy file (served at its URL as text/plain) and the _mta-sts record
// with its id (new when the policy changed), each with Copy; Export saves the file; the record
// published through the PublishPanel.
class MtaStsPublishPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit MtaStsPublishPage(MtaStsWizard *wizard);

    void initializePage() override;

private:
    void exportFile();

    MtaStsWizard *m_wizard;
    QLabel *m_url;
    QPlainTextEdit *m_policy;
    QLineEdit *m_record;
    QLabel *m_idNote;
    QPushButton *m_copyPolicy;
    QPushButton *m_copyRecord;
    QPushButton *m_export;
    PublishPanel *m_panel;
};

} // namespace Widgets
} // namespace Sceau
