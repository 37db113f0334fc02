#include "model/transport/tlsrptimport.h"

#include "model/transport/tr.h"

#include <QFile>
#include <QList>

#include <zlib.h>

namespace Sceau::Transport {

namespace {
constexpr int MaxMimeDepth = 4;
constexpr int MaxMimeParts = 100;

Error invalid(const QString &reason)
{
    return Error{ErrorCode::InvalidInput, reason};
}

bool isGzip(const QByteArray &content)
{
    return content.size() >= 2 && quint8(content.at(0)) == 0x1f && quint8(content.at(1)) == 0x8b;
}

bool looksLikeJson(const QByteArray &content)
{
    return content.trimmed().startsWith('{');
}

// RFC 1952 through zlib, stopped past MaxTlsRptJsonSize (a small file may inflate hugely).
Result<QByteArray> gunzip(const QByteArray &compressed)
{
    z_stream stream{};
    if (inflateInit2(&stream, 16 + MAX_WBITS) != Z_OK)
        return Error{ErrorCode::Internal, QStringLiteral("inflateInit2 failed")};
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(compressed.constData()));
    stream.avail_in = uInt(compressed.size());
    QByteArray out;
    char buffer[16384];
    int status = Z_OK;
    while (status == Z_OK) {
        stream.next_out = reinterpret_cast<Bytef *>(buffer);
        stream.avail_out = sizeof buffer;
        status = inflate(&stream, Z_NO_FLUSH);
        out.append(buffer, qsizetype(sizeof buffer - stream.avail_out));
        if (out.size() > MaxTlsRptJsonSize) {
            inflateEnd(&stream);
            return invalid(
                Tr::tr("the report inflates to more than %1 bytes").arg(MaxTlsRptJsonSize));
        }
        if (status == Z_BUF_ERROR && stream.avail_in == 0)
            break; // truncated input
    }
    inflateEnd(&stream);
    if (status != Z_STREAM_END)
        return invalid(Tr::tr("the gzip data is damaged or cut short"));
    return out;
}

struct Part
{
    QByteArray headers; // unfolded, lowercase names kept as sent
    QByteArray body;
};

Part splitPart(const QByteArray &entity)
{
    qsizetype end = entity.indexOf("\r\n\r\n");
    qsizetype skip = 4;
    const qsizetype lf = entity.indexOf("\n\n");
    if (lf >= 0 && (end < 0 || lf < end)) {
        end = lf;
        skip = 2;
    }
    if (end < 0)
        return {entity, {}};
    QByteArray headers = entity.left(end);
    headers.replace("\r\n", "\n").replace("\n ", " ").replace("\n\t", " ");
    return {headers, entity.mid(end + skip)};
}

// The value of a header field of headers (unfolded), empty if absent.
QByteArray field(const QByteArray &headers, QByteArrayView name)
{
    for (const QByteArray &line : headers.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0
            && QByteArrayView(line).first(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

// A parameter of a structured field ("boundary", "name", "filename"), quotes removed.
QByteArray parameter(const QByteArray &value, QByteArrayView name)
{
    for (const QByteArray &piece : value.split(';')) {
        const qsizetype eq = piece.indexOf('=');
        if (eq > 0
            && QByteArrayView(piece).first(eq).trimmed().compare(name, Qt::CaseInsensitive) == 0) {
            QByteArray v = piece.mid(eq + 1).trimmed();
            if (v.size() >= 2 && v.startsWith('"') && v.endsWith('"'))
                v = v.mid(1, v.size() - 2);
            return v;
        }
    }
    return {};
}

QByteArray decodeBody(const QByteArray &headers, const QByteArray &body)
{
    const QByteArray encoding = field(headers, "Content-Transfer-Encoding").toLower();
    if (encoding == "base64")
        return QByteArray::fromBase64(body);
    if (encoding == "quoted-printable") {
        QByteArray out;
        QByteArray text = body;
        text.replace("=\r\n", "").replace("=\n", "");
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text.at(i) == '=' && i + 2 < text.size()) {
                bool ok = false;
                const int byte = text.mid(i + 1, 2).toInt(&ok, 16);
                if (ok) {
                    out.append(char(byte));
                    i += 2;
                    continue;
                }
            }
            out.append(text.at(i));
        }
        return out;
    }
    return body;
}

// Finds the report inside a MIME entity: returns its JSON, or an empty array when none.
Result<QByteArray> fromEntity(const QByteArray &entity, int depth, int &parts)
{
    if (++parts > MaxMimeParts || depth > MaxMimeDepth)
        return QByteArray();
    const Part part = splitPart(entity);
    const QByteArray type = field(part.headers, "Content-Type");
    const qsizetype semicolon = type.indexOf(';');
    const QByteArray mediaType = (semicolon < 0 ? type : type.left(semicolon)).trimmed().toLower();
    if (mediaType.startsWith("multipart/")) {
        const QByteArray boundary = parameter(type, "boundary");
        if (boundary.isEmpty())
            return QByteArray();
        const QByteArray delimiter = "--" + boundary;
        const QList<QByteArray> pieces = ("\n" + part.body).split('\n');
        // Re-join lines into parts between delimiter lines.
        QByteArray current;
        bool inside = false;
        for (const QByteArray &rawLine : pieces) {
            const QByteArray line = rawLine.endsWith('\r') ? rawLine.chopped(1) : rawLine;
            if (line.startsWith(delimiter)) {
                if (inside) {
                    const auto found = fromEntity(current, depth + 1, parts);
                    if (!found || !found->isEmpty())
                        return found;
                }
                current.clear();
                inside = !line.startsWith(delimiter + "--");
                if (!inside)
                    break;
                continue;
            }
            if (inside)
                current += line + '\n';
        }
        return QByteArray();
    }
    const QByteArray name = parameter(type, "name").isEmpty()
                                ? parameter(field(part.headers, "Content-Disposition"), "filename")
                                : parameter(type, "name");
    const bool gzip = mediaType == "application/tlsrpt+gzip" || mediaType == "application/gzip"
                      || name.toLower().endsWith(".json.gz") || name.toLower().endsWith(".gz");
    const bool json = mediaType == "application/tlsrpt+json" || mediaType == "application/json"
                      || name.toLower().endsWith(".json");
    if (!gzip && !json)
        return QByteArray();
    const QByteArray decoded = decodeBody(part.headers, part.body);
    if (isGzip(decoded))
        return gunzip(decoded);
    return decoded;
}
} // namespace

Result<QByteArray> tlsRptJson(const QByteArray &content)
{
    if (isGzip(content))
        return gunzip(content);
    if (looksLikeJson(content))
        return content;
    int parts = 0;
    const auto found = fromEntity(content, 0, parts);
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
