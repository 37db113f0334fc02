#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace Sceau {
namespace Widgets {

class MtaStsWizard;

// The domain (Load checks what is published), then the policy: mode, MX patterns (one per line,
// prefilled), max_age, and advice for the step from testing to enforce. Complete once loaded
// with every pattern valid.
class MtaStsPolicyPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit MtaStsPolicyPage(MtaStsWizard *wizard);

    bool isComplete() const override;

private:
    void onLoaded();
    void updateDraft();
    void updateAdvice();

    MtaStsWizard *m_wizard;
    QLineEdit *m_domain;
    QPushButton *m_load;
    QLabel *m_status;
    QComboBox *m_mode;
    QPlainTextEdit *m_patterns;
    QSpinBox *m_maxAge;
    QLabel *m_advice;
    bool m_filling = false;
    bool m_patternsValid = false;
};

} // namespace Widgets
} // namespace Sceau
