#include "model/core/finding.h"

#include <algorithm>

namespace Sceau {

QString severityToken(Severity severity)
{
    switch (severity) {
    case Severity::Ok:
        return QStringLiteral("ok");
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Error:
        return QStringLiteral("error");
    }
    return QStringLiteral("info");
}

bool hasSeverity(const QList<Finding> &findings, Severity severity)
{
    return std::any_of(findings.cbegin(), findings.cend(), [severity](const Finding &f) {
        return f.severity == severity;
    });
}

} // namespace Sceau
