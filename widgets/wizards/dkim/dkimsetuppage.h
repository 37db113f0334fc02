#pragma once

#include <QWizardPage>

class QButtonGroup;
class QCheckBox;
class QLabel;
class QLineEdit;

namespace Sceau {
namespace Widgets {

class DkimWizard;

// Domain, selector (a date-coded proposal) and key type; complete once both names are valid.
class DkimSetupPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit DkimSetupPage(DkimWizard *wizard);

    bool isComplete() const override;
    bool validatePage() override; // writes the draft

    // Pre-fills the domain (Fix… on a DKIM finding): still editable.
    void setDomain(const QString &domain);
    // A rotation replaces a key of a known domain: the domain is shown, not edited.
    void lockDomain(const QString &domain);

private:
    QString problem() const; // translated, empty when the input is valid
    QStringList takenSelectors(const QString &domain) const; // the workspace's, for domain
    bool m_selectorEdited = false; // typed by the user: no longer replaced by a proposal

    DkimWizard *m_wizard;
    QLineEdit *m_domainEdit;
    QLineEdit *m_selectorEdit;
    QButtonGroup *m_algorithms;
    QCheckBox *m_testingCheck;
    QLabel *m_problemLabel;
};

} // namespace Widgets
} // namespace Sceau
