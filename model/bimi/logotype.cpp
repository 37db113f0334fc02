#include "model/bimi/logotype.h"

#include "model/bimi/tr.h"

#include <zlib.h>

#include <optional>

namespace Sceau::Bimi {

namespace {
Error invalid(const QString &reason)
{
    return Error{ErrorCode::InvalidInput, reason};
}

// One DER element (X.690 §8.1): single-byte tags only (all RFC 9399 needs), definite lengths
// of at most four bytes, content within the input.
struct Tlv
{
    quint8 tag = 0;
    QByteArrayView content;
};

std::optional<Tlv> readTlv(QByteArrayView &in)
{
    if (in.size() < 2 || (quint8(in[0]) & 0x1f) == 0x1f)
        return std::nullopt;
    Tlv tlv;
    tlv.tag = quint8(in[0]);
    qsizetype length = quint8(in[1]);
    qsizetype offset = 2;
    if (length & 0x80) {
        const int bytes = length & 0x7f;
        if (bytes == 0 || bytes > 4 || in.size() < 2 + bytes)
            return std::nullopt;
        length = 0;
        for (int i = 0; i < bytes; ++i)
            length = (length << 8) | quint8(in[2 + i]);
        offset += bytes;
    }
    if (length > in.size() - offset)
        return std::nullopt;
    tlv.content = in.sliced(offset, length);
    in = in.sliced(offset + length);
    return tlv;
}

// The first element inside content, which must carry tag.
std::optional<Tlv> first(QByteArrayView content, quint8 tag)
{
    const auto tlv = readTlv(content);
    if (!tlv || tlv->tag != tag)
        return std::nullopt;
    return tlv;
}

QByteArray oidText(QByteArrayView der)
{
    QByteArray text;
    quint64 value = 0;
    bool firstArc = true;
    for (qsizetype i = 0; i < der.size() && i < 64; ++i) {
        value = (value << 7) | (quint8(der[i]) & 0x7f);
        if (quint8(der[i]) & 0x80)
            continue;
        if (firstArc) {
            const quint64 top = value < 80 ? value / 40 : 2;
            text = QByteArray::number(top) + '.' + QByteArray::number(value - top * 40);
            firstArc = false;
        } else {
            text += '.' + QByteArray::number(value);
        }
        value = 0;
    }
    return text;
}

// gunzip (RFC 1952) through zlib, at most MaxLogotypeImage bytes out.
std::optional<QByteArray> gunzip(const QByteArray &data)
{
    z_stream stream{};
    if (inflateInit2(&stream, 16 + MAX_WBITS) != Z_OK)
        return std::nullopt;
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    QByteArray out;
    char buffer[16384];
    int status = Z_OK;
    while (status == Z_OK) {
        stream.next_out = reinterpret_cast<Bytef *>(buffer);
        stream.avail_out = sizeof buffer;
        status = inflate(&stream, Z_NO_FLUSH);
        out.append(buffer, qsizetype(sizeof buffer - stream.avail_out));
        if (out.size() > MaxLogotypeImage)
            status = Z_MEM_ERROR;
        if (status == Z_OK && stream.avail_in == 0 && stream.avail_out != 0)
            status = Z_DATA_ERROR; // input ended before the stream did
    }
    inflateEnd(&stream);
    if (status != Z_STREAM_END)
        return std::nullopt;
    return out;
}
} // namespace

Result<Logotype> parseLogotypeExtension(const QByteArray &der)
{
    QByteArrayView in(der);
    const auto extn = readTlv(in);
    if (!extn || extn->tag != 0x30 || !in.isEmpty())
        return invalid(Tr::tr("the logotype extension is not a DER SEQUENCE"));
    // LogotypeExtn: look for subjectLogo [2] EXPLICIT among the optional members.
    QByteArrayView members = extn->content;
    std::optional<Tlv> subject;
    while (!members.isEmpty()) {
        const auto member = readTlv(members);
        if (!member)
            return invalid(Tr::tr("the logotype extension is truncated"));
        if (member->tag == 0xa2)
            subject = member;
    }
    if (!subject)
        return invalid(Tr::tr("the logotype extension has no subject logo"));
    // LogotypeInfo ::= CHOICE { direct [0] IMPLICIT LogotypeData, indirect [1] … }
    const auto direct = first(subject->content, 0xa0);
    if (!direct)
        return invalid(Tr::tr("the subject logo is not given directly"));
    // LogotypeData ::= SEQUENCE { image SEQUENCE OF LogotypeImage OPTIONAL, … }
    const auto images = first(direct->content, 0x30);
    const auto image = images ? first(images->content, 0x30) : std::nullopt;
    const auto details = image ? first(image->content, 0x30) : std::nullopt;
    if (!details)
        return invalid(Tr::tr("the subject logo has no image"));
    // LogotypeDetails ::= SEQUENCE { mediaType IA5String, logotypeHash SEQUENCE OF
    //   HashAlgAndValue, logotypeURI SEQUENCE OF IA5String }
    QByteArrayView fields = details->content;
    const auto mediaType = readTlv(fields);
    const auto hashes = readTlv(fields);
    const auto uris = readTlv(fields);
    if (!mediaType || mediaType->tag != 0x16 || !hashes || hashes->tag != 0x30 || !uris
        || uris->tag != 0x30)
        return invalid(Tr::tr("the logotype details are malformed"));
    Logotype logotype;
    logotype.mediaType = QString::fromLatin1(mediaType->content);
    if (const auto hash = first(hashes->content, 0x30)) {
        QByteArrayView parts = hash->content;
        const auto algorithm = readTlv(parts);
        const auto value = readTlv(parts);
        const auto oid
            = algorithm && algorithm->tag == 0x30 ? first(algorithm->content, 0x06) : std::nullopt;
        if (oid && value && value->tag == 0x04) {
            logotype.hashAlgorithm = oidText(oid->content);
            logotype.hash = value->content.toByteArray();
        }
    }
    const auto uri = first(uris->content, 0x16);
    if (!uri)
        return invalid(Tr::tr("the logotype has no URI"));
    logotype.uri = QString::fromLatin1(uri->content);
    // RFC 2397: data:[<mediatype>][;base64],<data>
    if (!logotype.uri.startsWith(QLatin1StringView("data:"), Qt::CaseInsensitive))
        return invalid(Tr::tr("the logotype URI is not a data: URI"));
    const qsizetype comma = logotype.uri.indexOf(u',');
    if (comma < 0 || !logotype.uri.left(comma).endsWith(QLatin1StringView(";base64")))
        return invalid(Tr::tr("the logotype data: URI is not base64"));
    const auto decoded = QByteArray::fromBase64Encoding(logotype.uri.mid(comma + 1).toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return invalid(Tr::tr("the logotype data: URI is not valid base64"));
    logotype.image = *decoded;
    if (logotype.image.startsWith("\x1f\x8b")) {
        const auto plain = gunzip(logotype.image);
        if (!plain)
            return invalid(Tr::tr("the logotype image is not valid gzip"));
        logotype.image = *plain;
    }
    if (logotype.image.size() > MaxLogotypeImage)
        return invalid(Tr::tr("the logotype image is too large"));
    return logotype;
}

} // namespace Sceau::Bimi
