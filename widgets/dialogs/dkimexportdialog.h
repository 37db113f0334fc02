#pragma once

#include "model/dkim/storedkey.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;

namespace Sceau {
namespace Dkim {
class KeyVault;
} // namespace Dkim

namespace Widgets {

// A workspace DKIM key for the mail server that signs with it (issue 12 §5; the GUI side of
// `sceau-cli dkim export`): the private key written as PEM (mode 0600, never over an existing
// file; Dkim::exportPrivateKey) and the signer's configuration for OpenDKIM, rspamd, Postfix
// and Exim, each with Copy. The snippets name the key's path on the mail server, which the
// user sets; the private key comes from the keychain-protected vault asynchronously.
class DkimExportDialog : public QDialog
{
    Q_OBJECT
public:
    DkimExportDialog(Dkim::KeyVault *vault, const Dkim::StoredKey &key, QWidget *parent = nullptr);

signals:
    void exported(const QString &path); // the PEM file was written

private:
    void updateSnippets();
    void exportKey();
    void showStatus(const QString &text, bool error);

    QPointer<Dkim::KeyVault> m_vault;
    Dkim::StoredKey m_key;
    QLineEdit *m_serverPathEdit;
    QLineEdit *m_fileEdit;
    QPushButton *m_exportButton;
    QLabel *m_statusLabel;
    QTabWidget *m_snippets;
    int m_ticket = 0;
};

} // namespace Widgets
} // namespace Sceau
