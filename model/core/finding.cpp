#include "model/core/finding.h"

#include <algorithm>

namespace Sceau {

QString severityToken(Severity severity)
{
    return Severities.token(severity);
}

bool hasSeverity(const QList<Finding> &findings, Severity severity)
{
    return std::any_of(findings.cbegin(), findings.cend(), [severity](const Finding &f) {
        return f.severity == severity;
    });
}

bool isCouldNotCheck(const Finding &finding)
{
    // A failed lookup, a server that could not be tested (busy, refused, silent), or an
    // MTA-STS policy host, BIMI logo or certificate host that could not be reached, or DMARC
    // that could not be determined for the BIMI prerequisite.
    return finding.id == QLatin1StringView("dns.lookup-failed")
           || finding.id == QLatin1StringView("tls.could-not-test")
           || finding.id == QLatin1StringView("mta-sts.policy-unreachable")
           || finding.id == QLatin1StringView("submission.could-not-test")
           || finding.id == QLatin1StringView("bimi.fetch-failed")
           || finding.id == QLatin1StringView("bimi.dmarc-could-not-check");
}

bool hasPostureError(const QList<Finding> &findings)
{
    return std::any_of(findings.cbegin(), findings.cend(), [](const Finding &f) {
        return f.severity == Severity::Error && !isCouldNotCheck(f);
    });
}

} // namespace Sceau
