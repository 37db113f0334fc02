// A saved check read back from the workspace (untrusted: the file may be edited or corrupt):
// the facts a diff compares (Audit::factsFromJson) and the exports made from it — the client
// report (Export::htmlReport) and the CSV row (Export::checksCsv).
#include "fuzzinput.h"

#include "model/audit/reportfacts.h"
#include "model/export/checkstable.h"
#include "model/export/htmlreport.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Sceau;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument document = QJsonDocument::fromJson(Fuzz::bytes(data, size));
    if (!document.isObject())
        return 0;
    Export::ExportedCheck check;
    check.report = document.object();
    check.domain.name = check.report.value(QStringLiteral("domain")).toString();
    check.domain.client = check.report.value(QStringLiteral("client")).toString();
    check.check.state = check.report.value(QStringLiteral("state")).toString();
    check.check.resolver = check.report.value(QStringLiteral("resolver")).toString();
    if (const auto facts = Audit::factsFromJson(check.report)) {
        SCEAU_FUZZ_ASSERT(facts->findings.size() <= Audit::MaxFactsFindings);
        SCEAU_FUZZ_ASSERT(facts->mx.size() <= Audit::MaxFactsItems);
    }
    // Every value is escaped: no markup from the file reaches the report.
    const QString html = Export::htmlReport({check}, QDateTime::currentDateTimeUtc());
    SCEAU_FUZZ_ASSERT(!html.contains(QStringLiteral("<script"), Qt::CaseInsensitive));
    SCEAU_FUZZ_ASSERT(html.endsWith(QStringLiteral("</body></html>")));
    // One header row and one row, each ended by CRLF.
    const QByteArray csv = Export::checksCsv({check});
    SCEAU_FUZZ_ASSERT(csv.endsWith("\r\n"));
    return 0;
}
