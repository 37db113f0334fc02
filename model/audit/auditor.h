#pragma once

#include "model/audit/auditreport.h"
#include "model/dns/resolver.h"
#include "model/dns/resolverfactory.h"

#include <QFuture>
#include <QObject>
#include <QPointer>

#include <optional>

namespace Sceau {
namespace Audit {

// The posture audit: SPF, DMARC, MX with the address of each exchange, the DKIM key of each
// selector and the TLS-RPT record, looked up concurrently through one per-audit cache; with
// AuditRequest::transport, every MX probed, MTA-STS, and DANE (when DNSSEC can be asked).
//
// The future reports progress (progressValue of progressMaximum lookups) and finishes with
// one AuditReport. Canceling the future stops the audit: no further lookups are sent.
class Auditor : public QObject
{
    Q_OBJECT
public:
    explicit Auditor(Dns::Resolver *resolver, QObject *parent = nullptr);

    // The resolver stack made from settings (Dns::createResolver), and where DANE's DNSSEC
    // lookups go (Dns::DnssecResolver): the live, validating resolvers of the same settings.
    // Offline settings: audits check no DANE.
    void setResolver(Dns::Resolver *resolver, const Dns::ResolverSettings &settings);
    QFuture<AuditReport> audit(const AuditRequest &request);

private:
    QPointer<Dns::Resolver> m_resolver;
    std::optional<Dns::ResolverSettings> m_dnssec;
};

} // namespace Audit
} // namespace Sceau
