#include "widgets/dialogs/settingsdialog.h"

#include "model/dns/nameserver.h"
#include "model/storage/preferences.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Sceau::Widgets {

SettingsDialog::SettingsDialog(Storage::Preferences &preferences, QWidget *parent)
    : QDialog(parent)
    , m_preferences(preferences)
    , m_systemRadio(new QRadioButton(tr("&System resolver"), this))
    , m_customRadio(new QRadioButton(tr("These &nameservers:"), this))
    , m_serversEdit(new QLineEdit(this))
    , m_timeoutSpin(new QSpinBox(this))
    , m_languageCombo(new QComboBox(this))
    , m_recheckCombo(new QComboBox(this))
    , m_recheckTransportCheck(
          new QCheckBox(tr("Also test the mail servers' TLS (certificates coming due)"), this))
    , m_errorLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    m_systemRadio->setObjectName(QStringLiteral("systemResolverRadioButton"));
    m_customRadio->setObjectName(QStringLiteral("customResolverRadioButton"));
    m_serversEdit->setObjectName(QStringLiteral("nameserversLineEdit"));
    m_serversEdit->setPlaceholderText(QStringLiteral("127.0.0.1:5353, [::1]:53"));
    m_timeoutSpin->setObjectName(QStringLiteral("timeoutSpinBox"));
    m_timeoutSpin->setRange(50, 60000);
    m_timeoutSpin->setSingleStep(250);
    //: unit after the DNS timeout value
    m_timeoutSpin->setSuffix(tr(" ms"));
    m_languageCombo->setObjectName(QStringLiteral("languageComboBox"));
    m_languageCombo->addItem(tr("System language"), QString());
    m_languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_languageCombo->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_recheckCombo->setObjectName(QStringLiteral("recheckComboBox"));
    m_recheckCombo->addItem(tr("Never"), 0);
    m_recheckCombo->addItem(tr("Every hour"), 1);
    m_recheckCombo->addItem(tr("Every 6 hours"), 6);
    m_recheckCombo->addItem(tr("Every day"), 24);
    m_recheckCombo->addItem(tr("Every week"), 24 * 7);
    m_recheckTransportCheck->setObjectName(QStringLiteral("recheckTransportCheckBox"));
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #c8322c"));

    auto *resolverBox = new QGroupBox(tr("DNS resolver"), this);
    auto *resolverLayout = new QFormLayout(resolverBox);
    resolverLayout->addRow(m_systemRadio);
    resolverLayout->addRow(m_customRadio);
    resolverLayout->addRow(m_serversEdit);
    resolverLayout->addRow(tr("&Timeout per query:"), m_timeoutSpin);
    auto *languageBox = new QGroupBox(tr("Language"), this);
    auto *languageLayout = new QFormLayout(languageBox);
    languageLayout->addRow(tr("&Language:"), m_languageCombo);
    languageLayout->addRow(new QLabel(tr("A new language applies when Sceau restarts."), this));
    auto *watchBox = new QGroupBox(tr("Watch"), this);
    auto *watchLayout = new QFormLayout(watchBox);
    watchLayout->addRow(tr("&Re-check the domains:"), m_recheckCombo);
    watchLayout->addRow(m_recheckTransportCheck);
    auto *watchNote = new QLabel(
        tr("While Sceau runs, the domains of the list are checked again on this schedule; a "
           "desktop notification tells of a regression, and of a certificate, a DKIM key or a "
           "credential coming due."),
        this);
    watchNote->setWordWrap(true);
    watchLayout->addRow(watchNote);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(resolverBox);
    layout->addWidget(languageBox);
    layout->addWidget(watchBox);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);

    QStringList servers;
    for (const Dns::NameServer &server : m_preferences.nameServers())
        servers << server.toString();
    m_serversEdit->setText(servers.join(QStringLiteral(", ")));
    (servers.isEmpty() ? m_systemRadio : m_customRadio)->setChecked(true);
    m_timeoutSpin->setValue(m_preferences.timeoutMs());
    m_languageCombo->setCurrentIndex(qMax(0, m_languageCombo->findData(m_preferences.language())));
    const int hours = m_preferences.recheckIntervalHours();
    if (m_recheckCombo->findData(hours) < 0) // set elsewhere (an edited settings file)
        //: %n hours between two re-checks
        m_recheckCombo->addItem(tr("Every %n hour(s)", nullptr, hours), hours);
    m_recheckCombo->setCurrentIndex(m_recheckCombo->findData(hours));
    m_recheckTransportCheck->setChecked(m_preferences.recheckTransport());

    connect(m_customRadio, &QRadioButton::toggled, this, &SettingsDialog::updateEnabled);
    connect(m_recheckCombo, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateEnabled);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    updateEnabled();
}

void SettingsDialog::updateEnabled()
{
    m_serversEdit->setEnabled(m_customRadio->isChecked());
    m_recheckTransportCheck->setEnabled(m_recheckCombo->currentData().toInt() > 0);
}

void SettingsDialog::accept()
{
    QList<Dns::NameServer> servers;
    if (m_customRadio->isChecked()) {
        static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
        for (const QString &text : m_serversEdit->text().split(separators, Qt::SkipEmptyParts)) {
            const auto server = Dns::NameServer::parse(text);
            if (!server) {
                m_errorLabel->setText(tr("Nameserver: %1").arg(server.error().detail));
                m_serversEdit->setFocus();
                return;
            }
            servers << *server;
        }
        if (servers.isEmpty()) {
            m_errorLabel->setText(
                tr("Give at least one nameserver, or choose the system resolver."));
            m_serversEdit->setFocus();
            return;
        }
    }
    m_preferences.setNameServers(servers);
    m_preferences.setTimeoutMs(m_timeoutSpin->value());
    m_preferences.setLanguage(m_languageCombo->currentData().toString());
    m_preferences.setRecheckIntervalHours(m_recheckCombo->currentData().toInt());
    m_preferences.setRecheckTransport(m_recheckTransportCheck->isChecked());
    QDialog::accept();
}

} // namespace Sceau::Widgets
