#include "widgets/wizards/dkim/dkimdestroypage.h"

#include "model/core/async.h"
#include "model/dkim/keyvault.h"
#include "widgets/wizards/dkim/dkimrotationwizard.h"

#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace Sceau::Widgets {

DkimDestroyPage::DkimDestroyPage(DkimRotationWizard *wizard)
    : m_wizard(wizard)
{
    setObjectName(QStringLiteral("dkimDestroyPage"));
    setTitle(tr("Erase the old private key"));
    setSubTitle(tr("The old key is revoked: nothing can verify with it any more. Erasing its "
                   "private half removes its passphrase from the keychain and the encrypted key "
                   "from the workspace."));
    setFinalPage(true);
    m_dueLabel = new QLabel(this);
    m_dueLabel->setObjectName(QStringLiteral("dueLabel"));
    m_destroyButton = new QPushButton(tr("&Erase the private key…"), this);
    m_destroyButton->setObjectName(QStringLiteral("destroyPushButton"));
    connect(m_destroyButton, &QPushButton::clicked, this, [this] {
        if (const auto key = m_wizard->oldKey())
            m_wizard->confirmIfEarly(this, Dkim::dueDate(*key), [this] { askThenDestroy(); });
    });
    m_resultLabel = new QLabel(this);
    m_resultLabel->setObjectName(QStringLiteral("destroyResultLabel"));
    m_resultLabel->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_dueLabel);
    layout->addWidget(m_destroyButton, 0, Qt::AlignLeft);
    layout->addWidget(m_resultLabel);
    layout->addStretch();
}

void DkimDestroyPage::initializePage()
{
    const auto key = m_wizard->oldKey();
    if (!key)
        return;
    //: %1 a date and time
    m_dueLabel->setText(tr("Due: %1").arg(
        QLocale().toString(Dkim::dueDate(*key).toLocalTime(), QLocale::ShortFormat)));
    m_done = key->state == Dkim::KeyState::Destroyed;
    m_destroyButton->setEnabled(!m_done);
}

void DkimDestroyPage::cleanupPage()
{
    ++m_ticket;
    QWizardPage::cleanupPage();
}

void DkimDestroyPage::askThenDestroy()
{
    const auto key = m_wizard->oldKey();
    if (!key)
        return;
    auto *box
        = new QMessageBox(QMessageBox::Warning,
                          tr("Erase the private key"),
                          //: %1 a DKIM selector, %2 a domain
                          tr("Erase the private key of selector %1 of %2? This cannot be undone.")
                              .arg(key->selector, key->domain),
                          QMessageBox::Yes | QMessageBox::Cancel,
                          this);
    box->setObjectName(QStringLiteral("destroyMessageBox"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [this, box](int result) {
        box->deleteLater();
        if (result == QMessageBox::Yes)
            destroyKey();
    });
    box->open(); // window-modal, no nested event loop
}

void DkimDestroyPage::destroyKey()
{
    const auto key = m_wizard->oldKey();
    if (!key || m_done)
        return;
    const quint64 ticket = ++m_ticket;
    m_destroyButton->setEnabled(false);
    m_resultLabel->setText(tr("Erasing…"));
    onResult(m_wizard->vault()->advance(key->id, Dkim::KeyStep::Destroy, nullptr),
             this,
             [this, ticket](const Dkim::StepOutcome &outcome) {
                 const Result<Dkim::StoredKey> &destroyed = outcome.key;
                 if (ticket != m_ticket)
                     return;
                 if (!destroyed) {
                     m_destroyButton->setEnabled(true);
                     m_resultLabel->setText(describe(destroyed.error()));
                     return;
                 }
                 m_done = true;
                 m_wizard->setOldKey(*destroyed);
                 m_wizard->keyChanged();
                 //: %1 a DKIM selector
                 m_resultLabel->setText(
                     tr("The private key of selector %1 is erased.").arg(destroyed->selector));
                 emit completeChanged();
             });
}

bool DkimDestroyPage::isComplete() const
{
    return m_done;
}

} // namespace Sceau::Widgets
