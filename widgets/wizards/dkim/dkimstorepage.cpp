#include "widgets/wizards/dkim/dkimstorepage.h"

#include "model/core/async.h"
#include "model/dkim/keyvault.h"
#include "widgets/wizards/dkim/dkimwizard.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace Sceau::Widgets {

DkimStorePage::DkimStorePage(DkimWizard *wizard)
    : m_wizard(wizard)
{
    setObjectName(QStringLiteral("dkimStorePage"));
    setTitle(tr("Keeping the key"));
    setSubTitle(tr("The private key is stored encrypted in the workspace; its passphrase goes to "
                   "the system keychain."));
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("storeProgressBar"));
    m_busy->setRange(0, 0);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("storeStatusLabel"));
    m_status->setWordWrap(true);
    m_retryButton = new QPushButton(tr("&Retry"), this);
    m_retryButton->setObjectName(QStringLiteral("retryPushButton"));
    m_retryButton->hide();
    connect(m_retryButton, &QPushButton::clicked, this, &DkimStorePage::store);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_busy);
    layout->addWidget(m_retryButton, 0, Qt::AlignLeft);
    layout->addStretch();
}

void DkimStorePage::initializePage()
{
    if (m_wizard->draft().stored) { // already kept (Back then Next again)
        ++m_ticket;
        m_busy->hide();
        m_retryButton->hide();
        return;
    }
    store();
}

// The keychain may show a window of its own (unlock it, allow Sceau): the page says so while
// it waits, and after a refusal or a locked keychain offers Retry (issue 12 §5).
void DkimStorePage::store()
{
    const quint64 ticket = ++m_ticket;
    DkimDraft &draft = m_wizard->draft();
    m_busy->show();
    m_retryButton->hide();
    m_status->setText(tr("Storing the key… Your system keychain may ask you to unlock it or to "
                         "allow Sceau to store a passphrase: answer it in its own window."));
    onResult(m_wizard->vault()->store(draft.domain, draft.selector, *draft.key),
             this,
             [this, ticket](const Result<Dkim::StoredKey> &entry) {
                 if (ticket != m_ticket)
                     return;
                 m_busy->hide();
                 if (!entry) {
                     //: %1 why the key could not be stored (keychain locked, refused…)
                     m_status->setText(tr("The key was not stored: %1. Unlock the keychain or "
                                          "allow Sceau, then retry.")
                                           .arg(describe(entry.error())));
                     m_retryButton->show();
                     return;
                 }
                 m_wizard->draft().stored = *entry;
                 m_status->setText(tr("The key is stored. Next: publish its record."));
                 emit completeChanged();
             });
}

void DkimStorePage::cleanupPage()
{
    ++m_ticket;
    QWizardPage::cleanupPage();
}

bool DkimStorePage::isComplete() const
{
    return m_wizard->draft().stored.has_value();
}

} // namespace Sceau::Widgets
