#pragma once

// Internal to model/audit: the state of one audit while its lookups are on the wire.

#include "model/audit/auditreport.h"
#include "model/dns/lookupresult.h"

#include <QObject>
#include <QPromise>

namespace Sceau {
namespace Dns {
class CachingResolver;
class Resolver;
} // namespace Dns
} // namespace Sceau

namespace Sceau {
namespace Audit {

class AuditRun final : public QObject
{
    Q_OBJECT
public:
    AuditRun(Dns::Resolver *resolver, AuditRequest request, QObject *parent);
    QFuture<AuditReport> start();

private:
    using Handler = void (AuditRun::*)(const Dns::LookupResult &);
    void ask(const QString &name, Dns::RrType type, Handler handler);
    void answered(const Dns::LookupResult &result, Handler handler);
    void mxAnswered(const Dns::LookupResult &result);
    void addressAnswered(const Dns::LookupResult &result) { m_addresses << result; }
    void spfAnswered(const Dns::LookupResult &result) { m_spf = result; }
    void dmarcAnswered(const Dns::LookupResult &result) { m_dmarc = result; }
    void dkimAnswered(const Dns::LookupResult &result) { m_dkim << result; }
    void finishWhenAnswered();
    void stop();
    AuditReport report() const;

    Dns::CachingResolver *m_cache;
    AuditRequest m_request;
    QPromise<AuditReport> m_promise;
    int m_asked = 0;
    int m_answered = 0;
    int m_failed = 0;
    bool m_allAsked = false;
    bool m_finished = false;
    Dns::LookupResult m_spf;
    Dns::LookupResult m_dmarc;
    Dns::LookupResult m_mx;
    QList<Dns::LookupResult> m_addresses;
    QList<Dns::LookupResult> m_dkim;
};

} // namespace Audit
} // namespace Sceau
