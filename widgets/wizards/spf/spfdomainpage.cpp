#include "widgets/wizards/spf/spfdomainpage.h"

#include "model/core/domainname.h"
#include "widgets/wizards/spf/spfwizard.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace Sceau::Widgets {

SpfDomainPage::SpfDomainPage(SpfWizard *wizard)
    : m_wizard(wizard)
    , m_domainEdit(new QLineEdit(this))
    , m_problemLabel(new QLabel(this))
{
    setTitle(tr("Domain"));
    setSubTitle(tr("Which domain sends the mail this record will cover?"));
    m_domainEdit->setObjectName(QStringLiteral("domainLineEdit"));
    m_domainEdit->setPlaceholderText(QStringLiteral("example.com"));
    m_problemLabel->setObjectName(QStringLiteral("problemLabel"));
    m_problemLabel->setWordWrap(true);
    auto *layout = new QFormLayout(this);
    layout->addRow(tr("&Domain:"), m_domainEdit);
    layout->addRow(m_problemLabel);
    connect(m_domainEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        const auto domain = DomainName::fromUserInput(text);
        m_problemLabel->setText(domain || text.isEmpty() ? QString() : domain.error().detail);
        emit completeChanged();
    });
}

void SpfDomainPage::setDomain(const QString &domain)
{
    m_domainEdit->setText(domain);
}

bool SpfDomainPage::isComplete() const
{
    return bool(DomainName::fromUserInput(m_domainEdit->text()));
}

bool SpfDomainPage::validatePage()
{
    const auto domain = DomainName::fromUserInput(m_domainEdit->text());
    if (!domain)
        return false;
    m_wizard->draft().domain = *domain;
    m_wizard->draftChanged();
    return true;
}

} // namespace Sceau::Widgets
