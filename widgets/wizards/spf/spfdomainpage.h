#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;

namespace Sceau {
namespace Widgets {

class SpfWizard;

// The domain whose SPF record is composed.
class SpfDomainPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit SpfDomainPage(SpfWizard *wizard);

    void setDomain(const QString &domain); // pre-fills the field
    bool isComplete() const override;
    bool validatePage() override;

private:
    SpfWizard *m_wizard;
    QLineEdit *m_domainEdit;
    QLabel *m_problemLabel;
};

} // namespace Widgets
} // namespace Sceau
