#include "model/session/watch.h"

#include "model/audit/auditor.h"
#include "model/audit/bulkcheck.h"
#include "model/audit/checkdiff.h"
#include "model/audit/checkrecord.h"
#include "model/audit/reportfacts.h"
#include "model/dkim/keyvault.h"
#include "model/dkim/rotation.h"
#include "model/secrets/credentialvault.h"
#include "model/session/session.h"
#include "model/session/tr.h"
#include "model/storage/checkhistory.h"
#include "model/storage/domainlist.h"
#include "model/transport/transportfindings.h"

#include <QHash>
#include <QLocale>

using namespace std::chrono_literals;
using namespace Qt::StringLiterals;
using Sceau::SessionTr::Tr;

namespace Sceau {

namespace {
constexpr auto FirstRoundDelay = 1min;
constexpr auto RoundPeriod = 15min;

QString shortDate(const QDateTime &at)
{
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}
} // namespace

Watch::Watch(Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_bulk(new Audit::BulkCheck(this))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        runNow();
        m_timer.start(RoundPeriod);
    });
    connect(m_bulk, &Audit::BulkCheck::reportReady, this, &Watch::reportReady);
    connect(m_bulk, &Audit::BulkCheck::finished, this, &Watch::bulkFinished);
}

Watch::~Watch() = default;

void Watch::setSettings(const Settings &settings)
{
    m_settings = settings;
    if (settings.intervalHours > 0)
        m_timer.start(FirstRoundDelay);
    else
        m_timer.stop();
}

bool Watch::isRunning() const
{
    return m_bulk->isRunning();
}

void Watch::cancel()
{
    m_bulk->cancel();
}

void Watch::runNow(bool all)
{
    if (m_bulk->isRunning())
        return;
    const auto workspace = m_session->workspace();
    if (!workspace) {
        emit roundStarted(0);
        emit roundFinished(false);
        return;
    }
    const auto listed = Storage::DomainList(*workspace).list();
    const auto latest = Storage::CheckHistory(*workspace).latest();
    m_domains.clear();
    if (listed && latest) {
        QHash<QString, QDateTime> lastCheck;
        for (const Storage::CheckEntry &entry : *latest)
            lastCheck.insert(entry.domain, entry.at);
        const QDateTime dueBefore
            = QDateTime::currentDateTimeUtc().addSecs(-qint64(m_settings.intervalHours) * 3600);
        for (const Storage::DomainEntry &entry : *listed) {
            const auto at = lastCheck.constFind(entry.name);
            if (all || at == lastCheck.constEnd() || *at <= dueBefore)
                m_domains << entry.name;
        }
    }
    emit roundStarted(int(m_domains.size()));
    Audit::AuditRequest request;
    if (m_settings.probeTransport)
        request.transport = m_session->transportSettings();
    m_bulk->start(m_session->auditor(), m_domains, request);
}

void Watch::reportReady(int index, const Audit::AuditReport &report)
{
    const QString domain = m_domains.value(index);
    const auto workspace = m_session->workspace();
    if (domain.isEmpty() || !workspace)
        return;
    Storage::CheckHistory history(*workspace);
    // The check before this one, to compare with (Audit::diffChecks).
    std::optional<Audit::ReportFacts> previous;
    if (const auto checks = history.list(domain); checks && !checks->isEmpty()) {
        if (const auto stored = history.load(checks->first().id); stored) {
            if (auto facts = Audit::factsFromJson(stored->report); facts)
                previous = *facts;
        }
    }
    if (!Audit::saveCheck(history, report, m_session->resolverSettings()))
        return;
    emit checkSaved(domain);
    if (previous) {
        // One alert per domain and round, each regression on its own line.
        QStringList texts;
        QStringList occasion;
        for (const Audit::Change &change : Audit::diffChecks(*previous, Audit::factsOf(report))) {
            if (change.kind != Audit::ChangeKind::Regression)
                continue;
            texts << Audit::changeText(change);
            occasion << change.id + u' ' + change.args.join(u' ');
        }
        if (!texts.isEmpty())
            //: %1 a domain
            raise(WatchAlert::Kind::Regression,
                  domain,
                  Tr::tr("%1 got worse").arg(domain),
                  texts.join(u'\n'),
                  occasion.join(u'\n'));
    }
    for (const Finding &finding : report.findings) {
        if (finding.args.size() < 2)
            continue;
        const QString &server = finding.args.at(0);
        if (finding.id == Transport::FindingId::CertExpiring)
            //: %1 a mail server, %n a number of days
            raise(WatchAlert::Kind::CertificateDue,
                  server,
                  Tr::tr("A certificate expires soon"),
                  Tr::tr("The certificate of %1 expires in %n day(s).",
                         nullptr,
                         finding.args.at(1).toInt())
                      .arg(server),
                  finding.id);
        else if (finding.id == Transport::FindingId::CertExpired)
            //: %1 a mail server, %2 a date
            raise(WatchAlert::Kind::CertificateDue,
                  server,
                  Tr::tr("A certificate has expired"),
                  Tr::tr("The certificate of %1 expired on %2.").arg(server, finding.args.at(1)),
                  finding.id);
    }
}

void Watch::bulkFinished(bool canceled)
{
    if (!canceled)
        reviewKeysAndCredentials();
    emit roundFinished(canceled);
}

void Watch::reviewKeysAndCredentials()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (const auto vault = m_session->keyVault(); vault) {
        if (const auto keys = (*vault)->keys(); keys) {
            for (const Dkim::DueAction &action : Dkim::dueActions(*keys, now)) {
                // The steps of a lifecycle that wait on time, not on the user's next click.
                if (action.action != u"rotate" && action.action != u"revoke")
                    continue;
                if (action.due > now.addDays(m_settings.warnDays))
                    continue;
                const QString name = action.selector + u"._domainkey."_s + action.domain;
                const QString when = shortDate(action.due);
                raise(WatchAlert::Kind::KeyDue,
                      name,
                      action.action == u"rotate" ? Tr::tr("A DKIM key is due for rotation")
                                                 : Tr::tr("A DKIM key is due for revocation"),
                      action.overdue
                          //: %1 selector._domainkey.domain, %2 a date
                          ? Tr::tr("The key %1 was due on %2.").arg(name, when)
                          : Tr::tr("The key %1 is due on %2.").arg(name, when),
                      action.action + action.due.toString(Qt::ISODate));
            }
        }
    }
    if (const auto vault = m_session->credentials(); vault) {
        if (const auto credentials = (*vault)->list(); credentials) {
            for (const Secrets::Credential &credential : *credentials) {
                if (!Secrets::rotationDue(credential, m_settings.rotationPeriodDays, now))
                    continue;
                //: %1 a credential's name, %n a number of days
                raise(WatchAlert::Kind::CredentialDue,
                      credential.name,
                      Tr::tr("A credential is due to be changed"),
                      Tr::tr("The secret of %1 was set %n day(s) ago.",
                             nullptr,
                             int(Secrets::ageInDays(credential, now)))
                          .arg(credential.name),
                      credential.rotated.toString(Qt::ISODate));
            }
        }
    }
}

void Watch::raise(WatchAlert::Kind kind,
                  const QString &subject,
                  const QString &title,
                  const QString &text,
                  const QString &occasion)
{
    const QString key = WatchAlertKinds.token(kind) + u'\n' + subject + u'\n' + occasion;
    if (m_raised.contains(key))
        return;
    m_raised.insert(key);
    emit alert(WatchAlert{kind, subject, title, text});
}

} // namespace Sceau
