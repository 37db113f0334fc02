#include "model/export/exportformat.h"

#include "model/export/checkstable.h"
#include "model/export/htmlreport.h"
#include "model/export/pdfreport.h"
#include "model/export/tr.h"

#include "model/core/textfile.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QtConcurrent/QtConcurrentRun>

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

QFuture<Result<void>> writeExport(const QList<ExportedCheck> &checks,
                                  Format format,
                                  const QString &path,
                                  const QDateTime &generatedAt)
{
    if (format == Format::Html || format == Format::Pdf) {
        const QString html = htmlReport(checks, generatedAt); // tr(): this thread's catalogues
        const QString title = Tr::tr("Email security report");
        return QtConcurrent::run([html, title, format, path]() -> Result<void> {
            const auto bytes = format == Format::Pdf ? pdfFromHtml(html, title)
                                                     : Result<QByteArray>(html.toUtf8());
            if (!bytes)
                return bytes.error();
            return writeTextFile(path, *bytes);
        });
    }
    return QtConcurrent::run([checks, format, path, generatedAt]() -> Result<void> {
        const auto bytes = render(checks, format, generatedAt);
        if (!bytes)
            return bytes.error();
        return writeTextFile(path, *bytes);
    });
}

} // namespace Sceau::Export
