#include "widgets/wizards/dkim/dkimsetuppage.h"

#include "model/core/domainname.h"
#include "model/dkim/keyrecord.h"
#include "model/dkim/keyvault.h"
#include "widgets/wizards/dkim/dkimwizard.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDate>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Sceau::Widgets {

DkimSetupPage::DkimSetupPage(DkimWizard *wizard)
    : m_wizard(wizard)
{
    setObjectName(QStringLiteral("dkimSetupPage"));
    setTitle(tr("Domain and selector"));
    setSubTitle(tr("The key signs mail of the domain; the selector names it in DNS."));
    m_domainEdit = new QLineEdit(this);
    m_domainEdit->setObjectName(QStringLiteral("domainLineEdit"));
    m_domainEdit->setPlaceholderText(tr("example.com"));
    m_selectorEdit = new QLineEdit(Dkim::proposedSelector(QDate::currentDate()), this);
    m_selectorEdit->setObjectName(QStringLiteral("selectorLineEdit"));

    m_algorithms = new QButtonGroup(this);
    auto *algorithmBox = new QVBoxLayout;
    const QList<Dkim::KeySpec> specs = Dkim::KeySpec::supported();
    for (qsizetype i = 0; i < specs.size(); ++i) {
        const Dkim::KeySpec &spec = specs.at(i);
        QString label = spec.displayName();
        if (spec.isWeak())
            //: %1 is a key type such as "RSA, 1024 bits"
            label = tr("%1 (weak)").arg(label);
        else if (spec == Dkim::KeySpec::defaultSpec())
            label = tr("%1 (recommended)").arg(label);
        auto *radio = new QRadioButton(label, this);
        QString name = spec.token().remove(u'-');
        radio->setObjectName(
            name + QStringLiteral("RadioButton")); // rsa2048RadioButton, ed25519RadioButton
        radio->setChecked(spec == Dkim::KeySpec::defaultSpec());
        m_algorithms->addButton(radio, int(i));
        algorithmBox->addWidget(radio);
    }
    m_testingCheck = new QCheckBox(tr("Publish in testing mode (t=y)"), this);
    m_testingCheck->setObjectName(QStringLiteral("testingCheckBox"));
    m_problemLabel = new QLabel(this);
    m_problemLabel->setObjectName(QStringLiteral("problemLabel"));
    m_problemLabel->setWordWrap(true);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Domain:"), m_domainEdit);
    form->addRow(tr("&Selector:"), m_selectorEdit);
    form->addRow(tr("Key type:"), algorithmBox);
    form->addRow(m_testingCheck);
    form->addRow(m_problemLabel);

    connect(m_selectorEdit, &QLineEdit::textEdited, this, [this] { m_selectorEdited = true; });
    // A new domain: the proposal is one the workspace does not use for it yet.
    connect(m_domainEdit, &QLineEdit::textChanged, this, [this] {
        const auto domain = DomainName::fromUserInput(m_domainEdit->text());
        if (!m_selectorEdited && domain)
            m_selectorEdit->setText(
                Dkim::proposedSelector(QDate::currentDate(), takenSelectors(*domain)));
    });
    for (QLineEdit *edit : {m_domainEdit, m_selectorEdit}) {
        connect(edit, &QLineEdit::textChanged, this, [this] {
            m_problemLabel->setText(problem());
            emit completeChanged();
        });
    }
}

void DkimSetupPage::setDomain(const QString &domain)
{
    m_domainEdit->setText(domain);
}

void DkimSetupPage::lockDomain(const QString &domain)
{
    m_domainEdit->setText(domain);
    m_domainEdit->setReadOnly(true);
}

QString DkimSetupPage::problem() const
{
    if (m_domainEdit->text().trimmed().isEmpty())
        return {};
    if (const auto domain = DomainName::fromUserInput(m_domainEdit->text()); !domain)
        return domain.error().detail;
    const QString domain = *DomainName::fromUserInput(m_domainEdit->text());
    const auto selector = Dkim::validateSelector(m_selectorEdit->text(), domain);
    if (!selector)
        return selector.error().detail;
    const QStringList taken = takenSelectors(domain);
    if (taken.contains(*selector))
        //: %1 a selector, %2 a domain, %3 a free selector
        return tr("The workspace already has a key %1 for %2: choose another selector (%3 is "
                  "free).")
            .arg(*selector, domain, Dkim::proposedSelector(QDate::currentDate(), taken));
    return {};
}

QStringList DkimSetupPage::takenSelectors(const QString &domain) const
{
    QStringList taken;
    if (!m_wizard->vault())
        return taken;
    if (const auto keys = m_wizard->vault()->keys(domain)) {
        for (const Dkim::StoredKey &key : *keys)
            taken << key.selector;
    }
    return taken;
}

bool DkimSetupPage::isComplete() const
{
    return !m_domainEdit->text().trimmed().isEmpty() && problem().isEmpty();
}

bool DkimSetupPage::validatePage()
{
    DkimDraft &draft = m_wizard->draft();
    draft.domain = *DomainName::fromUserInput(m_domainEdit->text());
    draft.selector = *Dkim::validateSelector(m_selectorEdit->text(), draft.domain);
    draft.spec = Dkim::KeySpec::supported().at(m_algorithms->checkedId());
    draft.testing = m_testingCheck->isChecked();
    return true;
}

} // namespace Sceau::Widgets
