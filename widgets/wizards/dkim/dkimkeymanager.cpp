#include "widgets/wizards/dkim/dkimkeymanager.h"

#include "model/dkim/keyvault.h"
#include "model/dns/authoritativecheck.h"
#include "model/dns/resolverfactory.h"
#include "model/secrets/secretstore.h"
#include "model/storage/preferences.h"
#include "model/storage/workspace.h"
#include "widgets/views/dkimkeysview.h"
#include "widgets/wizards/dkim/dkimrotationwizard.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QMessageBox>
#include <QVBoxLayout>

namespace Sceau::Widgets {

DkimKeyManager::DkimKeyManager(QWidget *window)
    : QObject(window)
    , m_window(window)
{
}

DkimKeyManager::~DkimKeyManager() = default;

bool DkimKeyManager::ensureVault()
{
    if (m_vault)
        return true;
    auto workspace = Storage::Workspace::open();
    if (!workspace) {
        auto *box = new QMessageBox(QMessageBox::Warning,
                                    tr("DKIM keys"),
                                    describe(workspace.error()),
                                    QMessageBox::Ok,
                                    m_window);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open(); // window-modal, no nested event loop
        return false;
    }
    m_workspace = std::move(*workspace);
    m_secrets = new Secrets::SecretStore(QStringLiteral("Sceau"), this);
    m_vault = new Dkim::KeyVault(m_workspace.get(), m_secrets, this);
    return true;
}

void DkimKeyManager::showWizard()
{
    if (!ensureVault())
        return;
    auto *wizard = new DkimWizard(m_vault, m_window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->open();
}

void DkimKeyManager::showKeys()
{
    if (!ensureVault())
        return;
    auto *dialog = new QDialog(m_window);
    dialog->setObjectName(QStringLiteral("dkimKeysDialog"));
    dialog->setWindowTitle(tr("DKIM keys"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *view = new DkimKeysView(dialog);
    const auto keys = m_vault->keys();
    view->setKeys(keys ? *keys : QList<Dkim::StoredKey>(), QDateTime::currentDateTimeUtc());
    connect(view, &DkimKeysView::nextStepRequested, dialog, [this, dialog](qint64 id) {
        openRotation(dialog, id, false);
    });
    connect(view, &DkimKeysView::rotateRequested, dialog, [this, dialog](qint64 id) {
        openRotation(dialog, id, true);
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(view);
    layout->addWidget(buttons);
    dialog->resize(720, 360);
    dialog->open();
}

void DkimKeyManager::openRotation(QWidget *parent, qint64 keyId, bool rotate)
{
    const auto keys = m_vault->keys();
    if (!keys)
        return;
    // The NS walk goes through the user's resolver (Settings); the nameservers themselves are
    // asked on port 53.
    auto resolver = Dns::createResolver(Storage::Preferences().resolverSettings(), nullptr);
    if (!resolver)
        return;
    auto *check = new Dns::AuthoritativeCheck(*resolver);
    auto *wizard = DkimRotationWizard::forKey(m_vault, check, *keys, keyId, rotate, parent);
    if (!wizard) {
        delete check;
        delete *resolver;
        return;
    }
    (*resolver)->setParent(wizard);
    check->setParent(wizard);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    if (auto *view = parent->findChild<DkimKeysView *>()) {
        connect(wizard, &DkimRotationWizard::keysChanged, view, [this, view] {
            const auto now = m_vault->keys();
            if (now)
                view->setKeys(*now, QDateTime::currentDateTimeUtc());
        });
    }
    wizard->open();
}

} // namespace Sceau::Widgets
