#include "widgets/wizards/dkim/dkimrotationwizard.h"

#include "model/dkim/rotationplan.h"
#include "model/session/session.h"
#include "widgets/wizards/dkim/dkimactivatepage.h"
#include "widgets/wizards/dkim/dkimdestroypage.h"
#include "widgets/wizards/dkim/dkimdnssteppage.h"
#include "widgets/wizards/dkim/dkimsetuppage.h"

#include <QLocale>
#include <QMessageBox>

namespace Sceau::Widgets {

DkimRotationWizard::DkimRotationWizard(Dkim::KeyVault *vault, Session *session, QWidget *parent)
    : DkimWizard(vault, session, parent)
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
                                               const QList<Dkim::StoredKey> &keys,
                                               qint64 keyId,
                                               bool rotate,
                                               QWidget *parent)
{
    const auto plan = Dkim::planRotation(keys, keyId, rotate);
    if (!plan)
        return nullptr;
    auto *wizard = new DkimRotationWizard(vault, session, parent);
    if (plan->oldKey)
        wizard->setOldKey(*plan->oldKey);
    if (plan->newKey)
        wizard->setNewKey(*plan->newKey);
    switch (plan->start) {
    case Dkim::RotationPlan::Start::NewKey:
        wizard->draft().domain = plan->domain;
        static_cast<DkimSetupPage *>(wizard->page(SetupPageId))->lockDomain(plan->domain);
        wizard->setStartId(SetupPageId);
        break;
    case Dkim::RotationPlan::Start::Publish:
        wizard->setStartId(CheckPageId);
        break;
    case Dkim::RotationPlan::Start::Activate:
        wizard->setStartId(ActivatePageId);
        break;
    case Dkim::RotationPlan::Start::Revoke:
        wizard->setStartId(RevokePageId);
        break;
    case Dkim::RotationPlan::Start::Destroy:
        wizard->setStartId(DestroyPageId);
        break;
    }
    return wizard;
}

Dns::AuthoritativeCheck *DkimRotationWizard::check() const
{
    return session()->authoritativeCheck();
}

void DkimRotationWizard::setOldKey(const Dkim::StoredKey &key)
{
    m_oldKey = key;
}

void DkimRotationWizard::setNewKey(const Dkim::StoredKey &key)
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
