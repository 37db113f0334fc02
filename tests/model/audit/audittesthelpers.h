#pragma once

// Helpers shared by the audit tests that run many audits (tst_bulkcheck, tst_auditthread).

#include "model/audit/auditreport.h"
#include "model/audit/bulkcheck.h"
#include "model/dns/resolverfactory.h"

#include <QObject>

#include <memory>

namespace Sceau {
namespace Test {

// The resolver settings of a resolver config (servers and timeout), as a session has them.
inline Dns::ResolverSettings settingsOf(const Dns::ResolverConfig &config)
{
    Dns::ResolverSettings settings;
    settings.servers = config.servers;
    settings.timeoutMs = config.timeoutMs;
    return settings;
}

// A report's findings as sorted "id arg,arg…" lines: two audits of one domain compare equal.
inline QStringList findingLines(const Audit::AuditReport &report)
{
    QStringList result;
    for (const Finding &finding : report.findings)
        result << finding.id + u' ' + finding.args.join(u',');
    result.sort();
    return result;
}

// The most audits bulk has had in flight at any of its progress signals, from now on.
inline std::shared_ptr<int> mostInFlight(Audit::BulkCheck &bulk)
{
    auto most = std::make_shared<int>(0);
    QObject::connect(&bulk, &Audit::BulkCheck::progress, &bulk, [&bulk, most](int, int) {
        *most = qMax(*most, bulk.inFlight());
    });
    return most;
}

} // namespace Test
} // namespace Sceau
