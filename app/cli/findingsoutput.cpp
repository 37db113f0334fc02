#include "app/cli/findingsoutput.h"

#include "app/cli/tr.h"
#include "model/audit/auditreportjson.h"
#include "model/audit/findingcatalogue.h"

namespace Sceau::Cli {

namespace {
QString severityLabel(Severity severity)
{
    switch (severity) {
    case Severity::Ok:
        //: short label before a check that passed (CLI text output)
        return Tr::tr("ok");
    case Severity::Info:
        return Tr::tr("info");
    case Severity::Warning:
        return Tr::tr("warning");
    case Severity::Error:
        return Tr::tr("error");
    }
    return {};
}
} // namespace

void printFindings(QTextStream &out, const QList<Finding> &findings, int indent)
{
    const QString margin(indent, u' ');
    for (const Finding &finding : findings) {
        const FindingText text = Audit::FindingCatalogue::text(finding);
        out << margin
            << QStringLiteral("[%1] %2 (%3)\n")
                   .arg(severityLabel(finding.severity), text.title, finding.id);
        if (finding.severity == Severity::Ok)
            continue;
        out << margin << QStringLiteral("    %1\n").arg(text.explanation);
        if (!text.remediation.isEmpty())
            out << margin << QStringLiteral("    → %1\n").arg(text.remediation);
    }
    out.flush();
}

QJsonArray findingsJson(const QList<Finding> &findings)
{
    QJsonArray array;
    for (const Finding &finding : findings)
        array.append(Audit::toJson(finding));
    return array;
}

} // namespace Sceau::Cli
