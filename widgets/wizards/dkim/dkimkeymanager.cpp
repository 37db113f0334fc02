#include "widgets/wizards/dkim/dkimkeymanager.h"

#include "model/dkim/keyvault.h"
#include "model/secrets/secretstore.h"
#include "model/storage/workspace.h"
#include "widgets/views/dkimkeysview.h"
#include "widgets/wizards/dkim/dkimwizard.h"

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
    const auto keys = m_workspace->dkimKeys();
    view->setKeys(keys ? *keys : QList<Storage::DkimKeyEntry>(), QDateTime::currentDateTimeUtc());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(view);
    layout->addWidget(buttons);
    dialog->resize(720, 360);
    dialog->open();
}

} // namespace Sceau::Widgets
