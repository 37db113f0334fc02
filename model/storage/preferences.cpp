#include "model/storage/preferences.h"

namespace Sceau::Storage {

namespace {
const QString LanguageKey = QStringLiteral("ui/language");
const QString GeometryKey = QStringLiteral("ui/geometry");
const QString SplitterKey = QStringLiteral("ui/splitter");
const QString NameServersKey = QStringLiteral("dns/nameservers");
const QString TimeoutKey = QStringLiteral("dns/timeout_ms");
constexpr int DefaultTimeoutMs = 2000;
const QString RotationPeriodKey = QStringLiteral("credentials/rotation_days");
const QString RecheckHoursKey = QStringLiteral("watch/recheck_hours");
const QString RecheckTransportKey = QStringLiteral("watch/recheck_transport");
} // namespace

Preferences::Preferences()
    : m_settings(std::make_unique<QSettings>())
{
}

Preferences::Preferences(const QString &iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{
}

QString Preferences::language() const
{
    return m_settings->value(LanguageKey).toString();
}

void Preferences::setLanguage(const QString &language)
{
    m_settings->setValue(LanguageKey, language);
}

QList<Dns::NameServer> Preferences::nameServers() const
{
    QList<Dns::NameServer> servers;
    for (const QString &text : m_settings->value(NameServersKey).toStringList()) {
        if (const auto server = Dns::NameServer::parse(text))
            servers << *server;
    }
    return servers;
}

void Preferences::setNameServers(const QList<Dns::NameServer> &servers)
{
    QStringList texts;
    for (const Dns::NameServer &server : servers)
        texts << server.toString();
    m_settings->setValue(NameServersKey, texts);
}

int Preferences::timeoutMs() const
{
    const int value = m_settings->value(TimeoutKey, DefaultTimeoutMs).toInt();
    return value > 0 ? value : DefaultTimeoutMs;
}

void Preferences::setTimeoutMs(int timeoutMs)
{
    m_settings->setValue(TimeoutKey, timeoutMs);
}

Dns::ResolverSettings Preferences::resolverSettings() const
{
    Dns::ResolverSettings settings;
    settings.servers = nameServers();
    settings.timeoutMs = timeoutMs();
    return settings;
}

QByteArray Preferences::windowGeometry() const
{
    return m_settings->value(GeometryKey).toByteArray();
}

void Preferences::setWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(GeometryKey, geometry);
}

QByteArray Preferences::splitterState() const
{
    return m_settings->value(SplitterKey).toByteArray();
}

void Preferences::setSplitterState(const QByteArray &state)
{
    m_settings->setValue(SplitterKey, state);
}

int Preferences::rotationPeriodDays() const
{
    bool ok = false;
    const int value = m_settings->value(RotationPeriodKey).toInt(&ok);
    return ok && value >= 0 ? value : DefaultRotationPeriodDays;
}

void Preferences::setRotationPeriodDays(int days)
{
    m_settings->setValue(RotationPeriodKey, days);
}

int Preferences::recheckIntervalHours() const
{
    bool ok = false;
    const int value = m_settings->value(RecheckHoursKey).toInt(&ok);
    return ok && value >= 0 && value <= MaxRecheckIntervalHours ? value : 0;
}

void Preferences::setRecheckIntervalHours(int hours)
{
    m_settings->setValue(RecheckHoursKey, hours);
}

bool Preferences::recheckTransport() const
{
    return m_settings->value(RecheckTransportKey, false).toBool();
}

void Preferences::setRecheckTransport(bool probe)
{
    m_settings->setValue(RecheckTransportKey, probe);
}

} // namespace Sceau::Storage
