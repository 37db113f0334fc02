#include "widgets/wizards/dkim/dkimrotationwizard.h"

#include "model/dkim/keyspec.h"
#include "model/dkim/rotation.h"
#include "model/session/session.h"
#include "widgets/wizards/dkim/dkimactivatepage.h"
#include "widgets/wizards/dkim/dkimdestroypage.h"
#include "widgets/wizards/dkim/dkimdnssteppage.h"
#include "widgets/wizards/dkim/dkimsetuppage.h"

#include <QLocale>
#include <QMessageBox>

namespace Sceau::Widgets {

DkimRotationWizard::DkimRotationWizard(Dkim::KeyVault *vault, Session *session, QWidget *parent)
    : DkimWizard(vault, parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("dkimRotationWizard"));
    setWindowTitle(tr("DKIM key rotation"));
    QWizardPage *publish = page(PublishPageId); // the key wizard's last page: replaced by one
    removePage(PublishPageId);                  // that also checks the record in DNS
    delete publish;
    setPage(CheckPageId, new DkimDnsStepPage(this, DkimDnsStepPage::Step::Publish));
    setPage(ActivatePageId, new DkimActivatePage(this));
    setPage(RevokePageId, new DkimDnsStepPage(this, DkimDnsStepPage::Step::Revoke));
    setPage(DestroyPageId, new DkimDestroyPage(this));
}

DkimRotationWizard *DkimRotationWizard::forKey(Dkim::KeyVault *vault,
                                               Session *session,
                                               const QList<Storage::DkimKeyEntry> &keys,
                                               qint64 keyId,
                                               bool rotate,
                                               QWidget *parent)
{
    const auto found = std::find_if(
        keys.cbegin(), keys.cend(), [keyId](const auto &k) { return k.id == keyId; });
    if (found == keys.cend())
        return nullptr;
    const Storage::DkimKeyEntry &key = *found;
    const auto state = Dkim::keyStateFromToken(key.state);
    if (!state || *state == Dkim::KeyState::Destroyed
        || (rotate && *state != Dkim::KeyState::Active))
        return nullptr;
    // The key a new one replaces: the domain's active key of the same type (RSA and Ed25519
    // keys may sign side by side: several signatures, RFC 6376 §4).
    const auto family = [](const Storage::DkimKeyEntry &k) {
        return Dkim::KeySpec::fromToken(k.algorithm).value_or(Dkim::KeySpec{}).algorithm;
    };
    std::optional<Storage::DkimKeyEntry> active;
    for (const Storage::DkimKeyEntry &other : keys) {
        if (other.id != key.id && other.domain == key.domain && family(other) == family(key)
            && other.state == Dkim::keyStateToken(Dkim::KeyState::Active))
            active = other;
    }
    auto *wizard = new DkimRotationWizard(vault, session, parent);
    switch (*state) {
    case Dkim::KeyState::Active: // "rotate": a new key replaces it
        wizard->setOldKey(key);
        wizard->draft().domain = key.domain;
        static_cast<DkimSetupPage *>(wizard->page(SetupPageId))->lockDomain(key.domain);
        wizard->setStartId(SetupPageId);
        break;
    case Dkim::KeyState::Generated:
    case Dkim::KeyState::Published:
        wizard->setNewKey(key);
        if (active)
            wizard->setOldKey(*active);
        wizard->setStartId(*state == Dkim::KeyState::Generated ? CheckPageId : ActivatePageId);
        break;
    case Dkim::KeyState::Retiring:
    case Dkim::KeyState::Revoked:
        wizard->setOldKey(key);
        wizard->setStartId(*state == Dkim::KeyState::Retiring ? RevokePageId : DestroyPageId);
        break;
    case Dkim::KeyState::Destroyed:
        break;
    }
    return wizard;
}

Dns::AuthoritativeCheck *DkimRotationWizard::check() const
{
    return m_session->authoritativeCheck();
}

void DkimRotationWizard::setOldKey(const Storage::DkimKeyEntry &key)
{
    m_oldKey = key;
}

void DkimRotationWizard::setNewKey(const Storage::DkimKeyEntry &key)
{
    draft().stored = key;
    draft().domain = key.domain;
    draft().selector = key.selector;
}

void DkimRotationWizard::keyChanged()
{
    emit keysChanged();
}

void DkimRotationWizard::confirmIfEarly(QWidget *page,
                                        const QDateTime &due,
                                        std::function<void()> step)
{
    if (!due.isValid() || due <= QDateTime::currentDateTimeUtc()) {
        step();
        return;
    }
    auto *box
        = new QMessageBox(QMessageBox::Question,
                          tr("Step not due yet"),
                          //: %1 a date and time
                          tr("This step is due on %1. Do it now anyway?")
                              .arg(QLocale().toString(due.toLocalTime(), QLocale::ShortFormat)),
                          QMessageBox::Yes | QMessageBox::Cancel,
                          page);
    box->setObjectName(QStringLiteral("earlyStepMessageBox"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, page, [box, step = std::move(step)](int result) {
        box->deleteLater();
        if (result == QMessageBox::Yes)
            step();
    });
    box->open(); // window-modal, no nested event loop
}

} // namespace Sceau::Widgets
