#pragma once

#include "model/dns/resolverfactory.h"

#include <QSettings>
#include <QString>

#include <memory>

namespace Sceau {
namespace Storage {

// The user's preferences (DESIGN.md §5b): language, resolver, window state, the credentials'
// rotation period, in QSettings.
// Never a secret.
class Preferences
{
public:
    Preferences();                                // the application's own settings
    explicit Preferences(const QString &iniFile); // a given file (tests, portable use)

    QString language() const; // "" follows the system, or "en" / "fr"
    void setLanguage(const QString &language);

    // Custom nameservers; empty means the system resolver.
    QList<Dns::NameServer> nameServers() const;
    void setNameServers(const QList<Dns::NameServer> &servers);
    int timeoutMs() const;
    void setTimeoutMs(int timeoutMs);
    Dns::ResolverSettings resolverSettings() const;

    // Credentials whose secret is this many days old or more are due to be changed (the
    // Credentials dialog's reminder; Secrets::rotationDue). Default 90.
    static constexpr int DefaultRotationPeriodDays = 90;
    int rotationPeriodDays() const;
    void setRotationPeriodDays(int days);

    // The scheduled re-check of the domains list while the app runs (Watch): every this many
    // hours (0, the default: never; at most a month), and whether it probes the MX servers'
    // TLS too (their certificates' dates).
    static constexpr int MaxRecheckIntervalHours = 24 * 31;
    int recheckIntervalHours() const;
    void setRecheckIntervalHours(int hours);
    bool recheckTransport() const;
    void setRecheckTransport(bool probe);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    // The main window's split between the domains list and the check (QSplitter::saveState).
    QByteArray splitterState() const;
    void setSplitterState(const QByteArray &state);

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace Storage
} // namespace Sceau
