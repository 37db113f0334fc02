#include "widgets/views/dkimkeysdialog.h"

#include "model/core/async.h"
#include "model/dkim/keyvault.h"
#include "model/session/session.h"
#include "widgets/dialogs/dkimexportdialog.h"
#include "widgets/views/dkimkeysview.h"
#include "widgets/wizards/dkim/dkimrotationwizard.h"

#include <QAbstractButton>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Sceau::Widgets {

DkimKeysDialog::DkimKeysDialog(Session *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_view(new DkimKeysView(this))
    , m_errorLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("dkimKeysDialog"));
    setWindowTitle(tr("DKIM keys"));
    m_view->setObjectName(QStringLiteral("dkimKeysView"));
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->hide();
    connect(m_view, &DkimKeysView::nextStepRequested, this, [this](qint64 id) {
        openRotation(id, false);
    });
    connect(m_view, &DkimKeysView::rotateRequested, this, [this](qint64 id) {
        openRotation(id, true);
    });
    connect(m_view, &DkimKeysView::exportRequested, this, &DkimKeysDialog::openExport);
    connect(m_view, &DkimKeysView::abandonRequested, this, &DkimKeysDialog::confirmAbandon);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_view);
    layout->addWidget(buttons);
    refresh();
    // Every column whole, in any language (issue 12 §5): the dialog is as wide as the table.
    auto *tree = m_view->findChild<QTreeWidget *>();
    resize(qMax(720, tree->header()->length() + 2 * tree->frameWidth() + 48), 400);
}

void DkimKeysDialog::refresh()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto cannotRead = [this, now](const Error &error) {
        //: %1 why the workspace could not be read
        showError(tr("Could not read the keys: %1").arg(describe(error)));
        m_view->setKeys({}, now);
    };
    const auto vault = m_session->keyVault();
    if (!vault)
        return cannotRead(vault.error());
    const auto keys = (*vault)->keys();
    if (!keys)
        return cannotRead(keys.error());
    m_errorLabel->hide();
    m_view->setKeys(*keys, now);
}

void DkimKeysDialog::openRotation(qint64 keyId, bool rotate)
{
    auto vault = m_session->keyVault();
    if (!vault) {
        showError(describe(vault.error()));
        return;
    }
    const auto keys = (*vault)->keys();
    if (!keys) {
        showError(tr("Could not read the keys: %1").arg(describe(keys.error())));
        return;
    }
    auto *wizard = DkimRotationWizard::forKey(*vault, m_session, *keys, keyId, rotate, this);
    if (!wizard)
        return;
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &DkimRotationWizard::keysChanged, this, &DkimKeysDialog::refresh);
    // Canceled half-way, a rotation may still have stored a new key: the list shows it.
    connect(wizard, &QDialog::finished, this, &DkimKeysDialog::refresh);
    wizard->open(); // window-modal, no nested event loop
}

void DkimKeysDialog::openExport(qint64 keyId)
{
    const auto vault = m_session->keyVault();
    const auto key = vault ? (*vault)->key(keyId) : Result<Dkim::StoredKey>(vault.error());
    if (!key) {
        showError(describe(key.error()));
        return;
    }
    auto *dialog = new DkimExportDialog(*vault, *key, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open(); // window-modal, no nested event loop
}

void DkimKeysDialog::confirmAbandon(qint64 keyId)
{
    const auto vault = m_session->keyVault();
    const auto key = vault ? (*vault)->key(keyId) : Result<Dkim::StoredKey>(vault.error());
    if (!key) {
        showError(describe(key.error()));
        return;
    }
    auto *box = new QMessageBox(
        QMessageBox::Question,
        tr("Abandon the key"),
        //: %1 selector, %2 domain
        tr("Erase the key %1 of %2? It was never published; its private key is erased from the "
           "workspace and its passphrase from the keychain.")
            .arg(key->selector, key->domain),
        QMessageBox::Yes | QMessageBox::Cancel,
        this);
    box->setObjectName(QStringLiteral("abandonMessageBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, box, keyId](QAbstractButton *button) {
        if (box->standardButton(button) != QMessageBox::Yes)
            return;
        const auto target = m_session->keyVault();
        if (!target)
            return showError(describe(target.error()));
        onResult((*target)->advance(keyId, Dkim::KeyStep::Destroy, nullptr),
                 this,
                 [this](const Dkim::StepOutcome &outcome) {
                     refresh();
                     if (!outcome.key)
                         //: %1 why the key could not be erased
                         showError(
                             tr("The key was not erased: %1").arg(describe(outcome.key.error())));
                 });
    });
    box->open(); // window-modal, no nested event loop
}

void DkimKeysDialog::showError(const QString &text)
{
    m_errorLabel->setText(text);
    m_errorLabel->show();
}

} // namespace Sceau::Widgets
