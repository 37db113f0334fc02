#include "widgets/views/dkimkeysdialog.h"

#include "model/dkim/keyvault.h"
#include "model/session/session.h"
#include "widgets/views/dkimkeysview.h"
#include "widgets/wizards/dkim/dkimrotationwizard.h"

#include <QDialogButtonBox>
#include <QLabel>
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
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_view);
    layout->addWidget(buttons);
    resize(720, 360);
    refresh();
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
    wizard->open(); // window-modal, no nested event loop
}

void DkimKeysDialog::showError(const QString &text)
{
    m_errorLabel->setText(text);
    m_errorLabel->show();
}

} // namespace Sceau::Widgets
