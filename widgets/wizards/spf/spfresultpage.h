#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Sceau {
namespace Widgets {

class PublishPanel;
class SpfWizard;

// The record as a zone line (strings of at most 255 bytes), a what-if check (evaluate a test
// address against the draft as if it were published), and the PublishPanel.
class SpfResultPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit SpfResultPage(SpfWizard *wizard);

    void initializePage() override;
    void cleanupPage() override;

protected:
    // Enter in the test address tests it; it never reaches the wizard (which would finish and
    // lose the draft).
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void evaluate(); // async, newest request wins

    SpfWizard *m_wizard;
    QPlainTextEdit *m_zoneLineEdit;
    QLineEdit *m_testIpEdit;
    QPushButton *m_testButton;
    QLabel *m_whatIfLabel;
    QLabel *m_staleLabel;    // flattened ranges must be refreshed
    QLabel *m_findingsLabel; // the audit's size findings on the draft (SpfWizard::draftFindings)
    PublishPanel *m_panel;
    quint64 m_ticket = 0;
};

} // namespace Widgets
} // namespace Sceau
