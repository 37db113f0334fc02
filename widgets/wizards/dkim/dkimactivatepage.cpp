#include "widgets/wizards/dkim/dkimactivatepage.h"

#include "model/dkim/keyvault.h"
#include "widgets/wizards/dkim/dkimrotationwizard.h"

#include <QCheckBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace Sceau::Widgets {

DkimActivatePage::DkimActivatePage(DkimRotationWizard *wizard)
    : m_wizard(wizard)
{
    setObjectName(QStringLiteral("dkimActivatePage"));
    setTitle(tr("Switch the signer"));
    setSubTitle(tr("Configure your mail server to sign with the new key, then confirm here."));
    m_dueLabel = new QLabel(this);
    m_dueLabel->setObjectName(QStringLiteral("dueLabel"));
    m_switchedCheck = new QCheckBox(this);
    m_switchedCheck->setObjectName(QStringLiteral("signerSwitchedCheckBox"));
    m_activateButton = new QPushButton(tr("&Mark as active"), this);
    m_activateButton->setObjectName(QStringLiteral("activatePushButton"));
    m_activateButton->setEnabled(false);
    connect(m_switchedCheck, &QCheckBox::toggled, m_activateButton, [this](bool on) {
        m_activateButton->setEnabled(on && !m_done);
    });
    connect(m_activateButton, &QPushButton::clicked, this, [this] {
        if (const auto key = m_wizard->draft().stored)
            m_wizard->confirmIfEarly(this, key->published, [this] { activate(); });
    });
    m_resultLabel = new QLabel(this);
    m_resultLabel->setObjectName(QStringLiteral("activateResultLabel"));
    m_resultLabel->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_dueLabel);
    layout->addWidget(m_switchedCheck);
    layout->addWidget(m_activateButton, 0, Qt::AlignLeft);
    layout->addWidget(m_resultLabel);
    layout->addStretch();
}

void DkimActivatePage::initializePage()
{
    const auto key = m_wizard->draft().stored;
    if (!key)
        return;
    //: %1 a DKIM selector
    m_switchedCheck->setText(tr("The mail server now signs with selector %1").arg(key->selector));
    //: %1 a date and time
    m_dueLabel->setText(
        tr("Due: %1").arg(QLocale().toString(key->published.toLocalTime(), QLocale::ShortFormat)));
    m_done = key->state != QLatin1String("published");
    m_switchedCheck->setEnabled(!m_done);
    m_activateButton->setEnabled(m_switchedCheck->isChecked() && !m_done);
}

void DkimActivatePage::activate()
{
    const auto key = m_wizard->draft().stored;
    if (!key || m_done)
        return;
    auto activated = m_wizard->vault()->activate(key->id);
    if (!activated) {
        m_resultLabel->setText(describe(activated.error()));
        return;
    }
    m_wizard->setNewKey(*activated);
    QString text = tr("Selector %1 is active.").arg(activated->selector);
    if (const auto old = m_wizard->oldKey()) {
        auto retired = m_wizard->vault()->retire(old->id);
        if (!retired) {
            m_resultLabel->setText(describe(retired.error()));
            m_wizard->keyChanged();
            return;
        }
        m_wizard->setOldKey(*retired);
        //: %1 the new selector, %2 the old one, %3 when it started retiring, %4 when it can be
        //: revoked
        text = tr("Selector %1 is active. Selector %2 is retiring since %3; revoke it after %4.")
                   .arg(activated->selector,
                        retired->selector,
                        QLocale().toString(retired->retiring.toLocalTime(), QLocale::ShortFormat),
                        QLocale().toString(
                            retired->retiring.addDays(retired->retireDays).toLocalTime(),
                            QLocale::ShortFormat));
    }
    m_done = true;
    m_activateButton->setEnabled(false);
    m_switchedCheck->setEnabled(false);
    m_resultLabel->setText(text);
    m_wizard->keyChanged();
    emit completeChanged();
}

bool DkimActivatePage::isComplete() const
{
    return m_done;
}

int DkimActivatePage::nextId() const
{
    return m_wizard->oldKey() ? int(DkimRotationWizard::RevokePageId) : -1;
}

} // namespace Sceau::Widgets
