#include "model/export/exportformat.h"

#include "model/export/checkstable.h"
#include "model/export/htmlreport.h"
#include "model/export/pdfreport.h"
#include "model/export/tr.h"

#include <QFileInfo>
#include <QJsonDocument>

namespace Sceau::Export {

std::optional<Format> formatOfPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"htm")
        return Format::Html;
    return Formats.value(suffix);
}

Result<QByteArray>
render(const QList<ExportedCheck> &checks, Format format, const QDateTime &generatedAt)
{
    switch (format) {
    case Format::Html:
        return htmlReport(checks, generatedAt).toUtf8();
    case Format::Pdf:
        return pdfFromHtml(htmlReport(checks, generatedAt), Tr::tr("Email security report"));
    case Format::Json:
        return QJsonDocument(checksJson(checks)).toJson(QJsonDocument::Indented);
    case Format::Csv:
        return checksCsv(checks);
    }
    return Error{ErrorCode::Internal, {}};
}

} // namespace Sceau::Export
