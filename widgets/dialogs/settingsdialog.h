#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace Sceau {
namespace Storage {
class Preferences;
} // namespace Storage
} // namespace Sceau

namespace Sceau {
namespace Widgets {

// Settings: the resolver (system or custom servers, timeout), the language, and the scheduled
// re-check of the domains list (Watch). Saved to the
// preferences when accepted; invalid server addresses keep the dialog open with the reason.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(Storage::Preferences &preferences, QWidget *parent = nullptr);

    void accept() override;

private:
    void updateEnabled();

    Storage::Preferences &m_preferences;
    QRadioButton *m_systemRadio;
    QRadioButton *m_customRadio;
    QLineEdit *m_serversEdit;
    QSpinBox *m_timeoutSpin;
    QComboBox *m_languageCombo;
    QComboBox *m_recheckCombo;
    QCheckBox *m_recheckTransportCheck;
    QLabel *m_errorLabel;
};

} // namespace Widgets
} // namespace Sceau
