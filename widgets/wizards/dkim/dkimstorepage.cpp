#include "widgets/wizards/dkim/dkimstorepage.h"

#include "model/core/async.h"
#include "model/dkim/keyvault.h"
#include "widgets/wizards/dkim/dkimwizard.h"

#include <QLabel>
#include <QProgressBar>
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
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_busy);
    layout->addStretch();
}

void DkimStorePage::initializePage()
{
    const quint64 ticket = ++m_ticket;
    DkimDraft &draft = m_wizard->draft();
    if (draft.stored) { // already kept (Back then Next again)
        m_busy->hide();
        return;
    }
    m_busy->show();
    m_status->setText(tr("Storing the key…"));
    onResult(m_wizard->vault()->store(draft.domain, draft.selector, *draft.key),
             this,
             [this, ticket](const Result<Dkim::StoredKey> &entry) {
                 if (ticket != m_ticket)
                     return;
                 m_busy->hide();
                 if (!entry) {
                     m_status->setText(describe(entry.error()));
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
