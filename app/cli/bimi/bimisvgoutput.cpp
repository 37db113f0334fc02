#include "app/cli/bimi/bimisvgoutput.h"

#include "app/cli/findingsoutput.h"
#include "app/cli/tr.h"

#include <QJsonObject>

namespace Sceau::Cli {

QJsonArray svgFindingsJson(const Bimi::SvgValidation &validation)
{
    QJsonArray array = findingsJson(validation.plainFindings());
    for (qsizetype i = 0; i < array.size(); ++i) {
        QJsonObject object = array.at(i).toObject();
        const qint64 line = validation.findings.at(i).line;
        object.insert(QStringLiteral("line"), line > 0 ? QJsonValue(line) : QJsonValue());
        array.replace(i, object);
    }
    return array;
}

void printSvgFindings(QTextStream &out, const Bimi::SvgValidation &validation)
{
    for (const Bimi::SvgFinding &finding : validation.findings) {
        if (finding.line > 0)
            //: %1 a line number in the SVG file
            out << "  " << Tr::tr("line %1:").arg(finding.line) << '\n';
        printFindings(out, {finding.finding}, finding.line > 0 ? 4 : 2);
    }
}

} // namespace Sceau::Cli
