#include "widgets/wizards/spf/spfpolicypage.h"

#include "widgets/wizards/spf/spfwizard.h"

#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Sceau::Widgets {

SpfPolicyPage::SpfPolicyPage(SpfWizard *wizard)
    : m_wizard(wizard)
    , m_failRadio(new QRadioButton(tr("Reject mail from any other server (-all)"), this))
    , m_softFailRadio(new QRadioButton(
          tr("Accept it but mark it as suspicious (~all), while you check your senders"), this))
{
    setTitle(tr("Policy"));
    setSubTitle(tr("What should receivers do with mail from servers you did not list?"));
    m_failRadio->setObjectName(QStringLiteral("failRadioButton"));
    m_softFailRadio->setObjectName(QStringLiteral("softFailRadioButton"));
    m_failRadio->setChecked(true);
    auto *hint = new QLabel(tr("Start with ~all if you are not sure every sender is listed; move "
                               "to -all once DMARC reports show nothing is missing."),
                            this);
    hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_failRadio);
    layout->addWidget(m_softFailRadio);
    layout->addWidget(hint);
    layout->addStretch();
}

void SpfPolicyPage::initializePage()
{
    if (m_wizard->draft().policy == Spf::Qualifier::SoftFail)
        m_softFailRadio->setChecked(true);
    else
        m_failRadio->setChecked(true);
}

bool SpfPolicyPage::validatePage()
{
    m_wizard->draft().policy
        = m_softFailRadio->isChecked() ? Spf::Qualifier::SoftFail : Spf::Qualifier::Fail;
    m_wizard->draftChanged();
    return true;
}

} // namespace Sceau::Widgets
