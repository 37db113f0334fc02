#include "model/mail/mimeparts.h"

namespace Sceau::Mail {

namespace {

// RFC 2045 §6: base64 and quoted-printable; other encodings (7bit, 8bit, binary) as sent.
QByteArray decodeBody(const QByteArray &headers, const QByteArray &body)
{
    const QByteArray encoding = headerField(headers, "Content-Transfer-Encoding").toLower();
    if (encoding == "base64")
        return QByteArray::fromBase64(body);
    if (encoding != "quoted-printable")
        return body;
    // RFC 2045 §6.7: "=XX" is a byte, "=" at the end of a line a soft line break.
    QByteArray out;
    QByteArray text = body;
    text.replace("=\r\n", "").replace("=\n", "");
    out.reserve(text.size());
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

void collect(const QByteArray &entity, int depth, int &entities, QList<MimePart> &parts)
{
    if (++entities > MaxMimeParts || depth > MaxMimeDepth)
        return;
    const Entity split = splitEntity(entity);
    const QByteArray type = headerField(split.headers, "Content-Type");
    const qsizetype semicolon = type.indexOf(';');
    const QByteArray mediaType = (semicolon < 0 ? type : type.left(semicolon)).trimmed().toLower();
    if (mediaType.startsWith("multipart/")) {
        // RFC 2046 §5.1.1: parts lie between lines "--boundary"; "--boundary--" closes.
        const QByteArray boundary = headerParameter(type, "boundary");
        if (boundary.isEmpty())
            return;
        const QByteArray delimiter = "--" + boundary;
        QByteArray current;
        bool inside = false;
        for (const QByteArray &rawLine : ("\n" + split.body).split('\n')) {
            const QByteArray line = rawLine.endsWith('\r') ? rawLine.chopped(1) : rawLine;
            if (line.startsWith(delimiter)) {
                if (inside)
                    collect(current, depth + 1, entities, parts);
                current.clear();
                inside = !line.startsWith(delimiter + "--");
                if (!inside)
                    return;
                continue;
            }
            if (inside)
                current += line + '\n';
        }
        return;
    }
    QByteArray name = headerParameter(type, "name");
    if (name.isEmpty())
        name = headerParameter(headerField(split.headers, "Content-Disposition"), "filename");
    parts.append({split.headers, mediaType, name, decodeBody(split.headers, split.body)});
}

} // namespace

Entity splitEntity(const QByteArray &entity)
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
    // RFC 5322 §2.2.3: unfolding removes the line break before white space.
    headers.replace("\r\n", "\n").replace("\n ", " ").replace("\n\t", " ");
    return {headers, entity.mid(end + skip)};
}

QByteArray headerField(const QByteArray &headers, QByteArrayView name)
{
    for (const QByteArray &line : headers.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0
            && QByteArrayView(line).first(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

QByteArray headerParameter(const QByteArray &value, QByteArrayView name)
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

QList<MimePart> mimeParts(const QByteArray &message)
{
    QList<MimePart> parts;
    int entities = 0;
    collect(message, 0, entities, parts);
    return parts;
}

} // namespace Sceau::Mail
