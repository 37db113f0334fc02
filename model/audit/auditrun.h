#pragma once

// Internal to model/audit: the state of one audit while its lookups are on the wire.

#include "model/audit/auditreport.h"
#include "model/dkim/selectordiscovery.h"
#include "model/dns/lookupresult.h"
#include "model/dns/resolverfactory.h"
#include "model/spf/spfvalidator.h"

#include <QObject>
#include <QPromise>

#include <optional>

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
    // dnssec: the settings of Dns::DnssecResolver for DANE, when it can be asked (Auditor).
    AuditRun(Dns::Resolver *resolver,
             const std::optional<Dns::ResolverSettings> &dnssec,
             AuditRequest request,
             QObject *parent);
    QFuture<AuditReport> start();

private:
    using Handler = void (AuditRun::*)(const Dns::LookupResult &);
    void ask(const QString &name, Dns::RrType type, Handler handler);
    void answered(const Dns::LookupResult &result, Handler handler);
    void mxAnswered(const Dns::LookupResult &result);
    void spfAnswered(const Dns::LookupResult &result);
    void stepStarted();
    void stepDone();
    void checkDmarc();
    void dkimAnswered(const Dns::LookupResult &result) { m_dkim << result; }
    void discoverDkim();
    void dkimInto(AuditReport &report) const;
    void probeTransport();
    void checkMtaSts();
    void checkTlsRpt();
    void checkDane();
    QList<Finding> transportFindings() const;
    void finishWhenAnswered();
    void stop();
    AuditReport report() const;

    Dns::CachingResolver *m_cache;
    Spf::SpfValidator *m_spfValidator;
    std::optional<Dns::ResolverSettings> m_dnssec;
    AuditRequest m_request;
    QPromise<AuditReport> m_promise;
    int m_lookups = 0; // DNS questions the audit asked itself
    int m_asked = 0;   // steps: lookups and validations
    int m_answered = 0;
    int m_failed = 0;
    bool m_allAsked = false;
    bool m_finished = false;
    Spf::Publication m_spf; // from the domain's TXT answer, built once (RFC 7208 §4.5)
    std::optional<Spf::SpfValidation> m_spfValidation;
    std::optional<Dmarc::DmarcCheck> m_dmarc;
    Dns::LookupResult m_mx;
    QList<Dns::LookupResult> m_addresses;
    std::optional<Transport::MtaStsCheck> m_mtaSts;
    std::optional<Transport::TlsRptCheck> m_tlsRpt;
    std::optional<Transport::DaneReport> m_dane;
    QFuture<Transport::DaneReport> m_daneCheck;
    QList<Dns::LookupResult> m_dkim;
    QStringList m_probed; // the selectors probed when none was given
    std::optional<Dkim::DiscoveryResult> m_discovery;
    QFuture<Transport::DomainTransport> m_transportProbe;
    std::optional<Transport::DomainTransport> m_transport;
};

} // namespace Audit
} // namespace Sceau
