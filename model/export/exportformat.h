#pragma once

#include "model/core/result.h"
#include "model/core/tokentable.h"
#include "model/export/exportedcheck.h"

#include <QByteArray>
#include <QDateTime>
#include <QFuture>
#include <QList>
#include <QString>

#include <optional>

namespace Sceau {
namespace Export {

// What a list of checks can be exported as (issue 12 §4).
enum class Format { Html, Pdf, Json, Csv };
// CLI words (`export --format`) and file suffixes.
inline constexpr TokenTable<Format, 4> Formats{{{
    {Format::Html, "html"},
    {Format::Pdf, "pdf"},
    {Format::Json, "json"},
    {Format::Csv, "csv"},
}}};

// The format a file name asks for by its suffix (.html or .htm, .pdf, .json, .csv; any case);
// none otherwise.
std::optional<Format> formatOfPath(const QString &path);

// The file of checks in format, in the current language for HTML and PDF (htmlReport,
// pdfFromHtml: PDF needs a QGuiApplication), tokens for JSON (checksJson, indented) and CSV
// (checksCsv). Internal when the PDF cannot be made.
Result<QByteArray>
render(const QList<ExportedCheck> &checks, Format format, const QDateTime &generatedAt);

// Writes checks to path in format, as a whole (writeTextFile: when it fails the previous file
// stays). The texts of HTML and PDF are made at once on the calling thread, in its current
// language (Translations::ScopedLanguage); the PDF's layout, the JSON and CSV and the writing
// run on a worker thread. FileUnreadable when the file cannot be written; Internal when the
// PDF cannot be made.
QFuture<Result<void>> writeExport(const QList<ExportedCheck> &checks,
                                  Format format,
                                  const QString &path,
                                  const QDateTime &generatedAt);

} // namespace Export
} // namespace Sceau
