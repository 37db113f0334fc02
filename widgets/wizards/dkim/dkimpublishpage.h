#pragma once

#include <QWizardPage>

class QLabel;
class QPlainTextEdit;

namespace Sceau {
namespace Widgets {

class DkimWizard;

// The record to publish: the TXT value and a zone-file line ready to paste.
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
    QLabel *m_weakLabel;
};

} // namespace Widgets
} // namespace Sceau
