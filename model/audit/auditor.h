#pragma once

#include "model/audit/auditreport.h"
#include "model/dns/resolver.h"

#include <QFuture>
#include <QObject>
#include <QPointer>

namespace Sceau {
namespace Audit {

// The posture audit (v0): SPF, DMARC, MX with the address of each exchange, and the DKIM key
// of each selector, looked up concurrently through one per-audit cache.
//
// The future reports progress (progressValue of progressMaximum lookups) and finishes with
// one AuditReport. Canceling the future stops the audit: no further lookups are sent.
class Auditor : public QObject
{
    Q_OBJECT
public:
    explicit Auditor(Dns::Resolver *resolver, QObject *parent = nullptr);

    void setResolver(Dns::Resolver *resolver) { m_resolver = resolver; }
    QFuture<AuditReport> audit(const AuditRequest &request);

private:
    QPointer<Dns::Resolver> m_resolver;
};

} // namespace Audit
} // namespace Sceau
