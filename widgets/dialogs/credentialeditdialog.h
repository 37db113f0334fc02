#pragma once

#include "model/secrets/credential.h"

#include <QByteArray>
#include <QDialog>
#include <QStringList>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;
class QStackedWidget;

namespace Sceau {
namespace Widgets {

// The form of the Credentials dialog's Add… and Rotate…: Add asks for the kind first (SMTP
// account, TSIG key, Cloudflare token, OVHcloud application), then the name, the settings of
// that kind and its secret; Rotate asks only for a new secret of the credential's kind. OK
// checks everything with the model's rules (Secrets::validateCredentialName,
// validateTsigSecret, validateApiUrl, ovhSecret; DomainName::fromUserInput) and shows what is
// wrong, the dialog staying open; once valid, the secret is taken out of the password fields,
// which are cleared, and the dialog is accepted. The caller then takes credential() and
// takeSecret() and hands the secret to the vault. The form never stores anything, and its
// secret never goes to a QSettings value, a log or an error text.
class CredentialEditDialog : public QDialog
{
    Q_OBJECT
public:
    // Add: takenNames are the workspace's credentials (a name among them is refused).
    CredentialEditDialog(const QStringList &takenNames, QWidget *parent = nullptr);
    // Rotate: a new secret for credential.
    CredentialEditDialog(const Secrets::Credential &credential, QWidget *parent = nullptr);
    ~CredentialEditDialog() override; // wipes a secret not taken

    static QString kindName(Secrets::CredentialKind kind); // translated: "TSIG key"…

    bool rotating() const { return m_rotating; }
    // Once accepted: the credential's metadata (for Rotate, the credential given) and its
    // secret, which the caller wipes (Secrets::wipe) or hands to the vault, which does.
    Secrets::Credential credential() const { return m_credential; }
    QByteArray takeSecret();

    void accept() override; // checks the form; accepts only when it is valid

private:
    explicit CredentialEditDialog(bool rotating, QWidget *parent);
    QWidget *smtpPage();
    QWidget *tsigPage();
    QWidget *apiPage(Secrets::CredentialKind kind);
    QLineEdit *secretEdit(QWidget *page, const QString &objectName); // a password field
    void kindChanged();
    Result<Secrets::Credential> readSettings() const;
    Result<QByteArray> readSecret();
    void clearSecrets();

    bool m_rotating;
    QStringList m_takenNames;
    Secrets::Credential m_credential;
    QByteArray m_secret;
    QFormLayout *m_form;
    QComboBox *m_kindCombo;
    QLineEdit *m_nameEdit;
    QStackedWidget *m_pages;
    // smtp
    QLineEdit *m_smtpHostEdit = nullptr;
    QSpinBox *m_smtpPortSpin = nullptr;
    QComboBox *m_smtpSecurityCombo = nullptr;
    QLineEdit *m_smtpUserEdit = nullptr;
    QLineEdit *m_smtpPasswordEdit = nullptr;
    // tsig
    QLineEdit *m_tsigZoneEdit = nullptr;
    QLineEdit *m_tsigKeyNameEdit = nullptr;
    QComboBox *m_tsigAlgorithmCombo = nullptr;
    QLineEdit *m_tsigServerEdit = nullptr;
    QSpinBox *m_tsigPortSpin = nullptr;
    QLineEdit *m_tsigSecretEdit = nullptr;
    // cloudflare
    QLineEdit *m_cloudflareZoneEdit = nullptr;
    QLineEdit *m_cloudflareApiEdit = nullptr;
    QLineEdit *m_cloudflareTokenEdit = nullptr;
    // ovh
    QLineEdit *m_ovhZoneEdit = nullptr;
    QLineEdit *m_ovhApplicationKeyEdit = nullptr;
    QLineEdit *m_ovhApiEdit = nullptr;
    QLineEdit *m_ovhSecretEdit = nullptr;
    QLineEdit *m_ovhConsumerKeyEdit = nullptr;
    QLabel *m_errorLabel;
    QDialogButtonBox *m_buttons;
};

} // namespace Widgets
} // namespace Sceau
