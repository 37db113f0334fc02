#include "widgets/wizards/dkim/dkimwizard.h"

#include "widgets/wizards/dkim/dkimkeypage.h"
#include "widgets/wizards/dkim/dkimpublishpage.h"
#include "widgets/wizards/dkim/dkimsetuppage.h"
#include "widgets/wizards/dkim/dkimstorepage.h"

namespace Sceau::Widgets {

DkimWizard::DkimWizard(Dkim::KeyVault *vault, Session *session, QWidget *parent)
    : QWizard(parent)
    , m_vault(vault)
    , m_session(session)
{
    setObjectName(QStringLiteral("dkimWizard"));
    setWindowTitle(tr("New DKIM key"));
    setPage(SetupPageId, new DkimSetupPage(this));
    setPage(KeyPageId, new DkimKeyPage(this));
    setPage(StorePageId, new DkimStorePage(this));
    setPage(PublishPageId, new DkimPublishPage(this));
    setStartId(SetupPageId);
}

void DkimWizard::setDomain(const QString &domain)
{
    static_cast<DkimSetupPage *>(page(SetupPageId))->setDomain(domain);
}

} // namespace Sceau::Widgets
