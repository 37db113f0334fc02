#include "widgets/wizards/dkim/dkimactivatepage.h"

#include "model/core/async.h"
#include "model/dkim/keyvault.h"
#include "widgets/dialogs/dkimexportdialog.h"
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
            m_wizard->confirmIfEarly(this, Dkim::dueDate(*key), [this] { activate(); });
    });
    // The key and the signer's configuration, for the mail server (issue 12 §5).
    auto *exportButton = new QPushButton(tr("E&xport for the mail server…"), this);
    exportButton->setObjectName(QStringLiteral("exportPushButton"));
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const auto key = m_wizard->draft().stored;
        if (!key)
            return;
        auto *dialog = new DkimExportDialog(m_wizard->vault(), *key, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open(); // window-modal, no nested event loop
    });
    m_resultLabel = new QLabel(this);
    m_resultLabel->setObjectName(QStringLiteral("activateResultLabel"));
    m_resultLabel->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_dueLabel);
    layout->addWidget(exportButton, 0, Qt::AlignLeft);
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
    m_dueLabel->setText(tr("Due: %1").arg(
        QLocale().toString(Dkim::dueDate(*key).toLocalTime(), QLocale::ShortFormat)));
    m_done = key->state != Dkim::KeyState::Published;
    m_switchedCheck->setEnabled(!m_done);
    m_activateButton->setEnabled(m_switchedCheck->isChecked() && !m_done);
}

// One user action, two lifecycle steps: the new key becomes active, then the key it replaces
// (if any) starts retiring.
void DkimActivatePage::activate()
{
    const auto key = m_wizard->draft().stored;
    if (!key || m_done)
        return;
    m_activateButton->setEnabled(false);
    onResult(m_wizard->vault()->advance(key->id, Dkim::KeyStep::Activate, nullptr),
             this,
             [this](const Dkim::StepOutcome &activated) {
                 if (!activated.key) {
                     m_activateButton->setEnabled(m_switchedCheck->isChecked());
                     m_resultLabel->setText(describe(activated.key.error()));
                     return;
                 }
                 m_wizard->setNewKey(*activated.key);
                 const auto old = m_wizard->oldKey();
                 if (!old) {
                     finish(tr("Selector %1 is active.").arg(activated.key->selector));
                     return;
                 }
                 onResult(
                     m_wizard->vault()->advance(old->id, Dkim::KeyStep::Retire, nullptr),
                     this,
                     [this, selector = activated.key->selector](const Dkim::StepOutcome &retired) {
                         if (!retired.key) {
                             m_resultLabel->setText(describe(retired.key.error()));
                             m_wizard->keyChanged();
                             return;
                         }
                         m_wizard->setOldKey(*retired.key);
                         const QLocale locale;
                         //: %1 the new selector, %2 the old one, %3 when it started
                         //: retiring, %4 when it can be revoked
                         finish(tr("Selector %1 is active. Selector %2 is retiring since "
                                   "%3; revoke it after %4.")
                                    .arg(selector,
                                         retired.key->selector,
                                         locale.toString(retired.key->retiring.toLocalTime(),
                                                         QLocale::ShortFormat),
                                         locale.toString(Dkim::dueDate(*retired.key).toLocalTime(),
                                                         QLocale::ShortFormat)));
                     });
             });
}

void DkimActivatePage::finish(const QString &text)
{
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
