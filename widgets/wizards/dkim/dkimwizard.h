#pragma once

#include "widgets/wizards/dkim/dkimdraft.h"

#include <QWizard>

namespace Sceau {
namespace Dkim {
class KeyVault;
} // namespace Dkim
} // namespace Sceau

namespace Sceau {
namespace Widgets {

// New DKIM key: domain, selector and key type → generation (off the UI thread, cancelable) →
// storage (encrypted key in the workspace, passphrase in the keychain) → the record to publish.
class DkimWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { SetupPageId, KeyPageId, StorePageId, PublishPageId };

    explicit DkimWizard(Dkim::KeyVault *vault, QWidget *parent = nullptr);

    DkimDraft &draft() { return m_draft; }
    Dkim::KeyVault *vault() const { return m_vault; }

private:
    DkimDraft m_draft;
    Dkim::KeyVault *m_vault;
};

} // namespace Widgets
} // namespace Sceau
