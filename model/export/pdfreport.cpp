#include "model/export/pdfreport.h"

#include "model/export/tr.h"

#include <QBuffer>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace Sceau::Export {

Result<QByteArray> pdfFromHtml(const QString &html, const QString &title)
{
    QByteArray pdf;
    {
        QBuffer buffer(&pdf);
        if (!buffer.open(QIODevice::WriteOnly))
            return Error{ErrorCode::Internal, Tr::tr("The PDF could not be written.")};
        QPdfWriter writer(&buffer);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Sceau " SCEAU_VERSION));
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4),
                                         QPageLayout::Portrait,
                                         QMarginsF(15, 15, 15, 15),
                                         QPageLayout::Millimeter));
        QTextDocument document;
        document.setHtml(html);
        document.print(&writer); // lays the document out on the writer's pages
    }
    if (!pdf.startsWith("%PDF-"))
        return Error{ErrorCode::Internal, Tr::tr("The PDF could not be written.")};
    return pdf;
}

} // namespace Sceau::Export
