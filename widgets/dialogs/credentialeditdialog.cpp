#include "widgets/dialogs/credentialeditdialog.h"

#include "model/core/domainname.h"
#include "model/secrets/credentialrules.h"
#include "model/secrets/wipe.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Sceau::Widgets {

using Secrets::CredentialKind;
using Transport::SubmissionSecurity;

namespace {
Error invalid(const QString &why)
{
    return Error{ErrorCode::InvalidInput, why};
}

QFormLayout *pageForm(QWidget *page)
{
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    return form;
}

// A server: an IP address as it is, or a host name by the model's rule.
Result<QString> serverHost(const QString &text)
{
    const QString host = text.trimmed();
    if (!QHostAddress(host).isNull())
        return host;
    return DomainName::fromUserInput(host);
}
} // namespace

CredentialEditDialog::CredentialEditDialog(bool rotating, QWidget *parent)
    : QDialog(parent)
    , m_rotating(rotating)
    , m_form(new QFormLayout)
    , m_kindCombo(new QComboBox(this))
    , m_nameEdit(new QLineEdit(this))
    , m_pages(new QStackedWidget(this))
    , m_errorLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("credentialEditDialog"));
    m_kindCombo->setObjectName(QStringLiteral("kindComboBox"));
    for (const auto kind : {CredentialKind::Smtp,
                            CredentialKind::Tsig,
                            CredentialKind::Cloudflare,
                            CredentialKind::Ovh})
        m_kindCombo->addItem(kindName(kind), int(kind));
    m_nameEdit->setObjectName(QStringLiteral("nameLineEdit"));
    m_nameEdit->setMaxLength(64);
    m_nameEdit->setPlaceholderText(tr("letters, digits, '.', '_', '-'"));
    m_pages->setObjectName(QStringLiteral("kindStackedWidget"));
    m_pages->addWidget(smtpPage());
    m_pages->addWidget(tsigPage());
    m_pages->addWidget(apiPage(CredentialKind::Cloudflare));
    m_pages->addWidget(apiPage(CredentialKind::Ovh));
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextFormat(Qt::PlainText);
    auto *note = new QLabel(tr("The secret goes to the system keychain only; it is never shown "
                               "again."),
                            this);
    note->setWordWrap(true);

    m_form->addRow(tr("&Kind:"), m_kindCombo);
    m_form->addRow(tr("&Name:"), m_nameEdit);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_pages);
    layout->addWidget(note);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CredentialEditDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kindCombo, &QComboBox::currentIndexChanged, this, &CredentialEditDialog::kindChanged);
    connect(this, &QDialog::rejected, this, &CredentialEditDialog::clearSecrets);
    setMinimumWidth(460);
}

CredentialEditDialog::CredentialEditDialog(const QStringList &takenNames, QWidget *parent)
    : CredentialEditDialog(false, parent)
{
    m_takenNames = takenNames;
    setWindowTitle(tr("Add a credential"));
    kindChanged();
}

CredentialEditDialog::CredentialEditDialog(const Secrets::Credential &credential, QWidget *parent)
    : CredentialEditDialog(true, parent)
{
    m_credential = credential;
    //: %1 a credential's name
    setWindowTitle(tr("Rotate %1").arg(credential.name));
    m_kindCombo->setCurrentIndex(m_kindCombo->findData(int(credential.kind)));
    m_kindCombo->setEnabled(false);
    m_nameEdit->setText(credential.name);
    m_nameEdit->setReadOnly(true);
    kindChanged();
    // Only the secret is asked for: every other row of the page is hidden.
    auto *page = m_pages->currentWidget();
    auto *form = qobject_cast<QFormLayout *>(page->layout());
    for (int row = form->rowCount() - 1; row >= 0; --row) {
        auto *field = form->itemAt(row, QFormLayout::FieldRole);
        auto *edit = field ? qobject_cast<QLineEdit *>(field->widget()) : nullptr;
        if (!edit || edit->echoMode() != QLineEdit::Password)
            form->setRowVisible(row, false);
    }
}

QString CredentialEditDialog::kindName(CredentialKind kind)
{
    switch (kind) {
    case CredentialKind::Smtp:
        return tr("SMTP account");
    case CredentialKind::Tsig:
        //: TSIG: transaction signatures (RFC 8945), a key that signs DNS updates
        return tr("TSIG key");
    case CredentialKind::Cloudflare:
        return tr("Cloudflare token");
    case CredentialKind::Ovh:
        return tr("OVHcloud application");
    }
    return {};
}

CredentialEditDialog::~CredentialEditDialog()
{
    Secrets::wipe(m_secret);
}

QLineEdit *CredentialEditDialog::secretEdit(QWidget *page, const QString &objectName)
{
    auto *edit = new QLineEdit(page);
    edit->setObjectName(objectName);
    edit->setEchoMode(QLineEdit::Password);
    edit->setMaxLength(int(Secrets::MaxSecretBytes));
    return edit;
}

QWidget *CredentialEditDialog::smtpPage()
{
    auto *page = new QWidget(this);
    m_smtpHostEdit = new QLineEdit(page);
    m_smtpHostEdit->setObjectName(QStringLiteral("smtpHostLineEdit"));
    m_smtpHostEdit->setPlaceholderText(tr("smtp.example.com"));
    m_smtpSecurityCombo = new QComboBox(page);
    m_smtpSecurityCombo->setObjectName(QStringLiteral("smtpSecurityComboBox"));
    //: how the connection is secured; STARTTLS is a protocol token
    m_smtpSecurityCombo->addItem(tr("STARTTLS (port 587)"), int(SubmissionSecurity::StartTls));
    m_smtpSecurityCombo->addItem(tr("Implicit TLS (port 465)"),
                                 int(SubmissionSecurity::ImplicitTls));
    m_smtpPortSpin = new QSpinBox(page);
    m_smtpPortSpin->setObjectName(QStringLiteral("smtpPortSpinBox"));
    m_smtpPortSpin->setRange(1, 65535);
    m_smtpPortSpin->setValue(Transport::standardPort(SubmissionSecurity::StartTls));
    m_smtpUserEdit = new QLineEdit(page);
    m_smtpUserEdit->setObjectName(QStringLiteral("smtpUserLineEdit"));
    m_smtpPasswordEdit = secretEdit(page, QStringLiteral("smtpPasswordLineEdit"));
    connect(m_smtpSecurityCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_smtpPortSpin->setValue(Transport::standardPort(
            SubmissionSecurity(m_smtpSecurityCombo->currentData().toInt())));
    });
    auto *form = pageForm(page);
    form->addRow(tr("&Server:"), m_smtpHostEdit);
    form->addRow(tr("S&ecurity:"), m_smtpSecurityCombo);
    form->addRow(tr("&Port:"), m_smtpPortSpin);
    form->addRow(tr("&User name:"), m_smtpUserEdit);
    form->addRow(tr("Pass&word:"), m_smtpPasswordEdit);
    return page;
}

QWidget *CredentialEditDialog::tsigPage()
{
    auto *page = new QWidget(this);
    m_tsigZoneEdit = new QLineEdit(page);
    m_tsigZoneEdit->setObjectName(QStringLiteral("tsigZoneLineEdit"));
    m_tsigKeyNameEdit = new QLineEdit(page);
    m_tsigKeyNameEdit->setObjectName(QStringLiteral("tsigKeyNameLineEdit"));
    m_tsigKeyNameEdit->setPlaceholderText(tr("the key's name, as the server knows it"));
    m_tsigAlgorithmCombo = new QComboBox(page);
    m_tsigAlgorithmCombo->setObjectName(QStringLiteral("tsigAlgorithmComboBox"));
    for (const auto algorithm : {Dns::TsigAlgorithm::HmacSha256, Dns::TsigAlgorithm::HmacSha512})
        m_tsigAlgorithmCombo->addItem(Dns::TsigAlgorithms.token(algorithm), int(algorithm));
    m_tsigServerEdit = new QLineEdit(page);
    m_tsigServerEdit->setObjectName(QStringLiteral("tsigServerLineEdit"));
    m_tsigServerEdit->setPlaceholderText(tr("optional: the zone's primary (default: its SOA)"));
    m_tsigPortSpin = new QSpinBox(page);
    m_tsigPortSpin->setObjectName(QStringLiteral("tsigPortSpinBox"));
    m_tsigPortSpin->setRange(1, 65535);
    m_tsigPortSpin->setValue(53);
    m_tsigSecretEdit = secretEdit(page, QStringLiteral("tsigSecretLineEdit"));
    m_tsigSecretEdit->setPlaceholderText(tr("base64, as tsig-keygen prints it"));
    auto *form = pageForm(page);
    form->addRow(tr("&Zone:"), m_tsigZoneEdit);
    form->addRow(tr("&Key name:"), m_tsigKeyNameEdit);
    form->addRow(tr("&Algorithm:"), m_tsigAlgorithmCombo);
    form->addRow(tr("Primary &server:"), m_tsigServerEdit);
    form->addRow(tr("Server p&ort:"), m_tsigPortSpin);
    form->addRow(tr("&Secret:"), m_tsigSecretEdit);
    return page;
}

QWidget *CredentialEditDialog::apiPage(CredentialKind kind)
{
    const bool ovh = kind == CredentialKind::Ovh;
    const QString prefix = ovh ? QStringLiteral("ovh") : QStringLiteral("cloudflare");
    auto *page = new QWidget(this);
    auto *zone = new QLineEdit(page);
    zone->setObjectName(prefix + QStringLiteral("ZoneLineEdit"));
    auto *api = new QLineEdit(page);
    api->setObjectName(prefix + QStringLiteral("ApiLineEdit"));
    api->setPlaceholderText(tr("optional: https://… (default: the provider's)"));
    auto *form = pageForm(page);
    form->addRow(tr("&Zone:"), zone);
    if (ovh) {
        m_ovhZoneEdit = zone;
        m_ovhApiEdit = api;
        m_ovhApplicationKeyEdit = new QLineEdit(page);
        m_ovhApplicationKeyEdit->setObjectName(QStringLiteral("ovhApplicationKeyLineEdit"));
        m_ovhSecretEdit = secretEdit(page, QStringLiteral("ovhSecretLineEdit"));
        m_ovhConsumerKeyEdit = secretEdit(page, QStringLiteral("ovhConsumerKeyLineEdit"));
        setTabOrder(zone, m_ovhApplicationKeyEdit); // the rows' order
        setTabOrder(m_ovhApplicationKeyEdit, api);
        setTabOrder(api, m_ovhSecretEdit);
        form->addRow(tr("Application &key:"), m_ovhApplicationKeyEdit);
        form->addRow(tr("&API address:"), api);
        form->addRow(tr("Application &secret:"), m_ovhSecretEdit);
        form->addRow(tr("&Consumer key:"), m_ovhConsumerKeyEdit);
    } else {
        m_cloudflareZoneEdit = zone;
        m_cloudflareApiEdit = api;
        m_cloudflareTokenEdit = secretEdit(page, QStringLiteral("cloudflareTokenLineEdit"));
        form->addRow(tr("&API address:"), api);
        form->addRow(tr("API &token:"), m_cloudflareTokenEdit);
    }
    return page;
}

void CredentialEditDialog::kindChanged()
{
    m_pages->setCurrentIndex(m_kindCombo->currentIndex());
    m_errorLabel->clear();
}

Result<Secrets::Credential> CredentialEditDialog::readSettings() const
{
    Secrets::Credential c;
    c.kind = CredentialKind(m_kindCombo->currentData().toInt());
    const auto name = Secrets::validateCredentialName(m_nameEdit->text().trimmed());
    if (!name)
        return name.error();
    if (m_takenNames.contains(*name))
        //: %1 a credential's name
        return invalid(tr("A credential named %1 already exists.").arg(*name));
    c.name = *name;
    QLineEdit *zoneEdit = nullptr;
    QLineEdit *apiEdit = nullptr;
    switch (c.kind) {
    case CredentialKind::Smtp: {
        const auto host = serverHost(m_smtpHostEdit->text());
        if (!host)
            //: %1 why the server is refused
            return invalid(tr("Server: %1").arg(host.error().detail));
        c.host = *host;
        c.port = quint16(m_smtpPortSpin->value());
        c.security = SubmissionSecurity(m_smtpSecurityCombo->currentData().toInt());
        c.username = m_smtpUserEdit->text().trimmed();
        if (c.username.isEmpty())
            return invalid(tr("Enter the account's user name."));
        return c;
    }
    case CredentialKind::Tsig: {
        zoneEdit = m_tsigZoneEdit;
        const auto keyName = DomainName::fromUserInput(m_tsigKeyNameEdit->text().trimmed());
        if (!keyName)
            //: %1 why the key name is refused
            return invalid(tr("Key name: %1").arg(keyName.error().detail));
        c.username = *keyName;
        c.tsigAlgorithm = Dns::TsigAlgorithm(m_tsigAlgorithmCombo->currentData().toInt());
        if (!m_tsigServerEdit->text().trimmed().isEmpty()) {
            const auto host = serverHost(m_tsigServerEdit->text());
            if (!host)
                //: %1 why the server is refused
                return invalid(tr("Primary server: %1").arg(host.error().detail));
            c.host = *host;
            c.port = quint16(m_tsigPortSpin->value());
        }
        break;
    }
    case CredentialKind::Cloudflare:
        zoneEdit = m_cloudflareZoneEdit;
        apiEdit = m_cloudflareApiEdit;
        break;
    case CredentialKind::Ovh:
        zoneEdit = m_ovhZoneEdit;
        apiEdit = m_ovhApiEdit;
        c.username = m_ovhApplicationKeyEdit->text().trimmed();
        if (c.username.isEmpty())
            return invalid(tr("Enter the application key."));
        break;
    }
    const auto zone = DomainName::fromUserInput(zoneEdit->text().trimmed());
    if (!zone)
        //: %1 why the zone is refused
        return invalid(tr("Zone: %1").arg(zone.error().detail));
    c.zone = *zone;
    if (apiEdit && !apiEdit->text().trimmed().isEmpty()) {
        const auto api = Secrets::validateApiUrl(apiEdit->text().trimmed());
        if (!api)
            return api.error();
        c.host = *api;
    }
    return c;
}

Result<QByteArray> CredentialEditDialog::readSecret()
{
    switch (m_credential.kind) {
    case CredentialKind::Smtp:
    case CredentialKind::Cloudflare: {
        QLineEdit *edit = m_credential.kind == CredentialKind::Smtp ? m_smtpPasswordEdit
                                                                    : m_cloudflareTokenEdit;
        QByteArray secret = edit->text().toUtf8();
        if (auto valid = Secrets::validateSecret(secret); !valid) {
            Secrets::wipe(secret);
            return valid.error();
        }
        return secret;
    }
    case CredentialKind::Tsig: {
        QByteArray secret = m_tsigSecretEdit->text().trimmed().toUtf8();
        if (auto valid = Secrets::validateTsigSecret(secret); !valid) {
            Secrets::wipe(secret);
            return valid.error();
        }
        return secret;
    }
    case CredentialKind::Ovh: {
        QByteArray applicationSecret = m_ovhSecretEdit->text().toUtf8();
        QByteArray consumerKey = m_ovhConsumerKeyEdit->text().toUtf8();
        return Secrets::ovhSecret(applicationSecret, consumerKey); // wipes both
    }
    }
    return invalid({});
}

void CredentialEditDialog::accept()
{
    if (!m_rotating) {
        const auto settings = readSettings();
        if (!settings) {
            m_errorLabel->setText(settings.error().detail);
            return;
        }
        m_credential = *settings;
    }
    auto secret = readSecret();
    if (!secret) {
        //: %1 why the secret is refused (never the secret itself)
        m_errorLabel->setText(tr("Secret: %1").arg(secret.error().detail));
        return;
    }
    Secrets::wipe(m_secret);
    m_secret = std::move(*secret);
    clearSecrets();
    m_errorLabel->clear();
    QDialog::accept();
}

QByteArray CredentialEditDialog::takeSecret()
{
    QByteArray secret = std::move(m_secret);
    m_secret = QByteArray();
    return secret;
}

void CredentialEditDialog::clearSecrets()
{
    for (QLineEdit *edit : {m_smtpPasswordEdit,
                            m_tsigSecretEdit,
                            m_cloudflareTokenEdit,
                            m_ovhSecretEdit,
                            m_ovhConsumerKeyEdit})
        edit->clear();
}

} // namespace Sceau::Widgets
