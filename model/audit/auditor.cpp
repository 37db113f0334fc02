#include "model/audit/auditor.h"

#include "model/audit/auditrun.h"
#include "model/dns/resolver.h"

namespace Sceau::Audit {

Auditor::Auditor(Dns::Resolver *resolver, QObject *parent)
    : QObject(parent)
    , m_resolver(resolver)
{
}

void Auditor::setResolver(Dns::Resolver *resolver, const Dns::ResolverSettings &settings)
{
    m_resolver = resolver;
    if (settings.offline) // DNSSEC needs the live resolvers, and DANE asks them directly
        m_dnssec.reset();
    else
        m_dnssec = settings;
}

QFuture<AuditReport> Auditor::audit(const AuditRequest &request)
{
    // The run deletes itself when done; parented to us so it dies with the auditor.
    auto *run = new AuditRun(m_resolver, m_dnssec, request, this);
    return run->start();
}

} // namespace Sceau::Audit
