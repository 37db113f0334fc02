#include "model/transport/tlsrptimport.h"

#include "model/mail/gzip.h"
#include "model/mail/mimeparts.h"
#include "model/transport/tr.h"

#include <QFile>

namespace Sceau::Transport {

namespace {
Error invalid(const QString &reason)
{
    return Error{ErrorCode::InvalidInput, reason};
}

bool looksLikeJson(const QByteArray &content)
{
    return content.trimmed().startsWith('{');
}

// The report inside a mail: the first part that is a TLS report by type or file name
// (RFC 8460 §5.3); an empty array when none.
Result<QByteArray> fromMail(const QByteArray &message)
{
    for (const Mail::MimePart &part : Mail::mimeParts(message)) {
        const QByteArray name = part.fileName.toLower();
        const bool gzip = part.mediaType == "application/tlsrpt+gzip"
                          || part.mediaType == "application/gzip" || name.endsWith(".gz");
        const bool json = part.mediaType == "application/tlsrpt+json"
                          || part.mediaType == "application/json" || name.endsWith(".json");
        if (!gzip && !json)
            continue;
        if (Mail::isGzip(part.body))
            return Mail::gunzip(part.body, MaxTlsRptJsonSize);
        return part.body;
    }
    return QByteArray();
}
} // namespace

Result<QByteArray> tlsRptJson(const QByteArray &content)
{
    if (Mail::isGzip(content))
        return Mail::gunzip(content, MaxTlsRptJsonSize);
    if (looksLikeJson(content))
        return content;
    const auto found = fromMail(content);
    if (!found)
        return found;
    if (found->isEmpty())
        return invalid(Tr::tr("no TLS report found: not JSON, not gzip, and no report attached "
                              "to a mail"));
    return found;
}

Result<TlsRptReport> importTlsRptReport(const QByteArray &content)
{
    const auto json = tlsRptJson(content);
    if (!json)
        return json.error();
    return parseTlsRptReport(*json);
}

Result<TlsRptReport> importTlsRptFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::FileUnreadable, path};
    if (file.size() > MaxTlsRptFileSize)
        return Error{ErrorCode::FileUnreadable,
                     //: %1 a file, %2 a number of bytes
                     Tr::tr("%1 is larger than %2 bytes").arg(path).arg(MaxTlsRptFileSize)};
    return importTlsRptReport(file.read(MaxTlsRptFileSize));
}

} // namespace Sceau::Transport
