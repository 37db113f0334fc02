#pragma once

#include "model/core/result.h"

#include <QByteArray>
#include <QString>

namespace Sceau {
namespace Export {

// The PDF of an HTML report (htmlReport): A4 portrait, 15 mm margins, laid out by
// QTextDocument and written by QPdfWriter, with title as the document's title. Needs a
// QGuiApplication (fonts): the GUI's, or the CLI's offscreen one for `export --format pdf`.
// Internal when Qt cannot lay out or write the document.
Result<QByteArray> pdfFromHtml(const QString &html, const QString &title);

} // namespace Export
} // namespace Sceau
