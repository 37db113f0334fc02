#pragma once

#include "model/core/tokentable.h"

#include <QDateTime>
#include <QMetaType>
#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>

namespace Sceau {
class Session;

namespace Audit {
class BulkCheck;
struct AuditReport;
} // namespace Audit

// Something a user looking after domains should hear about while the app runs (issue 12 §3),
// shown as a desktop notification.
struct WatchAlert
{
    enum class Kind { Regression, CertificateDue, KeyDue, CredentialDue };
    Kind kind = Kind::Regression;
    QString subject; // the domain; the MX host; "selector._domainkey.domain"; the credential
    QString title;   // translated, short
    QString text;    // translated: what changed (a line each) or what is due, and when
};

// Tokens for logs and tests, never translated.
inline constexpr TokenTable<WatchAlert::Kind, 4> WatchAlertKinds{{{
    {WatchAlert::Kind::Regression, "regression"},
    {WatchAlert::Kind::CertificateDue, "certificate-due"},
    {WatchAlert::Kind::KeyDue, "key-due"},
    {WatchAlert::Kind::CredentialDue, "credential-due"},
}}};

// Watches the workspace while the application runs (issue 12 §3). On a schedule the user sets,
// it re-checks the listed domains whose latest saved check is older than the interval (a bulk
// check, Audit::BulkCheck, saved through Audit::saveCheck like every check) and raises an
// alert for:
//  - the regressions between a domain's previous check and the new one, one alert per domain
//    and round (Audit::diffChecks: a lookup that failed is never compared, so a failed lookup
//    raises nothing);
//  - a mail server certificate that expires within warnDays or has expired (tls.cert-expiring,
//    tls.cert-expired of the new check, when the settings probe the transport);
//  - a DKIM key whose rotation or revocation falls due within warnDays or is overdue
//    (Dkim::dueActions);
//  - a credential whose secret is due to be changed (Secrets::rotationDue).
// Each alert is raised once per run of the application (by kind and subject and what is due),
// not at every round. Lives on the main thread, with the session.
class Watch : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        int intervalHours = 0;       // 0: no scheduled re-check
        bool probeTransport = false; // the MX servers' TLS too (certificates)
        int warnDays = 14;           // how early keys and certificates are announced
        int rotationPeriodDays = 90; // credentials (Storage::Preferences)
    };

    explicit Watch(Session *session, QObject *parent = nullptr);
    ~Watch() override;

    Settings settings() const { return m_settings; }
    // Applies settings; with an interval, a round starts within a minute and then every
    // quarter of an hour re-checks the domains that have come due.
    void setSettings(const Settings &settings);

    // One round now: the domains due (every listed domain with all), then keys and
    // credentials. Ignored while a round runs.
    void runNow(bool all = false);
    void cancel();
    bool isRunning() const;

signals:
    void alert(const Sceau::WatchAlert &alert);
    void roundStarted(int domains); // how many domains this round re-checks
    void checkSaved(const QString &domain);
    void roundFinished(bool canceled);

private:
    void reportReady(int index, const Audit::AuditReport &report);
    void bulkFinished(bool canceled);
    void reviewKeysAndCredentials();
    void raise(WatchAlert::Kind kind,
               const QString &subject,
               const QString &title,
               const QString &text,
               const QString &occasion);

    Session *m_session;
    Settings m_settings;
    QTimer m_timer;
    Audit::BulkCheck *m_bulk;
    QStringList m_domains;  // of the running round
    QSet<QString> m_raised; // kind, subject and occasion of the alerts already raised
};

} // namespace Sceau

Q_DECLARE_METATYPE(Sceau::WatchAlert)
