#include "model/mail/gzip.h"

#include "model/mail/tr.h"

#include <zlib.h>

namespace Sceau::Mail {

bool isGzip(const QByteArray &content)
{
    return content.size() >= 2 && quint8(content.at(0)) == 0x1f && quint8(content.at(1)) == 0x8b;
}

Result<QByteArray> gunzip(const QByteArray &compressed, qsizetype maxOutput)
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
        if (out.size() > maxOutput) {
            inflateEnd(&stream);
            //: %1 a number of bytes
            return Error{ErrorCode::InvalidInput,
                         Tr::tr("the report inflates to more than %1 bytes").arg(maxOutput)};
        }
        if (status == Z_BUF_ERROR && stream.avail_in == 0)
            break; // truncated input
    }
    inflateEnd(&stream);
    if (status != Z_STREAM_END)
        return Error{ErrorCode::InvalidInput, Tr::tr("the gzip data is damaged or cut short")};
    return out;
}

} // namespace Sceau::Mail
