#pragma once

#include "widgets/wizards/dkim/dkimwizard.h"

#include "model/dkim/storedkey.h"

#include <functional>
#include <optional>

namespace Sceau {
class Session;
namespace Dns {
class AuthoritativeCheck;
} // namespace Dns
} // namespace Sceau

namespace Sceau {
namespace Widgets {

// Walks a DKIM key rotation (M3AAWG DKIM Key Rotation BCP), every step persisted through the
// vault: the new key (the key wizard's setup, generation and storage pages) → its record, checked
// on every authoritative nameserver → the signer switched (new key active, old key retiring) →
// after the retire period, the old key's empty p= checked on DNS (revoked) → the old private
// key erased. Starts at whichever step a key is at; a step not yet due asks for confirmation.
class DkimRotationWizard : public DkimWizard
{
    Q_OBJECT
public:
    enum RotationPageId {
        CheckPageId = PublishPageId,
        ActivatePageId,
        RevokePageId,
        DestroyPageId
    };

    // vault: the session's (Session::keyVault()); session: outlives the wizard, its
    // authoritative check asked at each DNS step.
    DkimRotationWizard(Dkim::KeyVault *vault, Session *session, QWidget *parent = nullptr);

    // A wizard for key (one of keys, the workspace's keys) that starts where
    // Dkim::planRotation(keys, keyId, rotate) says. Null when there is no plan.
    static DkimRotationWizard *forKey(Dkim::KeyVault *vault,
                                      Session *session,
                                      const QList<Dkim::StoredKey> &keys,
                                      qint64 keyId,
                                      bool rotate,
                                      QWidget *parent = nullptr);

    Dns::AuthoritativeCheck *check() const; // the session's of the moment
    // The key being replaced (active, then retiring, revoked, destroyed); empty for a first key.
    const std::optional<Dkim::StoredKey> &oldKey() const { return m_oldKey; }
    void setOldKey(const Dkim::StoredKey &key);
    void setNewKey(const Dkim::StoredKey &key); // also the draft's domain and selector
    void keyChanged();                          // a step was persisted

    // Runs step now when due (Dkim::dueDate) has passed; otherwise asks first (window-modal,
    // open()).
    void confirmIfEarly(QWidget *page, const QDateTime &due, std::function<void()> step);

signals:
    void keysChanged(); // a step changed the workspace

private:
    std::optional<Dkim::StoredKey> m_oldKey;
};

} // namespace Widgets
} // namespace Sceau
