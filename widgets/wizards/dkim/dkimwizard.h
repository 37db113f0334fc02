#pragma once

#include "widgets/wizards/dkim/dkimdraft.h"

#include <QWizard>

namespace Sceau {
class Session;
namespace Dkim {
class KeyVault;
} // namespace Dkim
} // namespace Sceau

namespace Sceau {
namespace Widgets {

// New DKIM key: domain, selector and key type → generation (off the UI thread, cancelable) →
// storage (encrypted key in the workspace, passphrase in the keychain) → the record to publish
// (with a session: published through a credential and watched, PublishPanel).
class DkimWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { SetupPageId, KeyPageId, StorePageId, PublishPageId };

    // session: outlives the wizard; without one, the record is only shown to copy.
    explicit DkimWizard(Dkim::KeyVault *vault,
                        Session *session = nullptr,
                        QWidget *parent = nullptr);

    void setDomain(const QString &domain); // pre-fills the first page

    DkimDraft &draft() { return m_draft; }
    Dkim::KeyVault *vault() const { return m_vault; }
    Session *session() const { return m_session; }

private:
    DkimDraft m_draft;
    Dkim::KeyVault *m_vault;
    Session *m_session;
};

} // namespace Widgets
} // namespace Sceau
