#include "model/dkim/message.h"

namespace Sceau::Dkim {

QByteArray Message::toCrlf(const QByteArray &raw)
{
    QByteArray out;
    out.reserve(raw.size() + raw.size() / 32);
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const char c = raw.at(i);
        if (c == '\n' && (i == 0 || raw.at(i - 1) != '\r'))
            out.append('\r');
        out.append(c);
    }
    return out;
}

Message Message::parse(const QByteArray &raw)
{
    QByteArray data = toCrlf(raw);
    if (data.startsWith("From ")) { // an mbox separator line is not part of the message
        const qsizetype end = data.indexOf("\r\n");
        data.remove(0, end < 0 ? data.size() : end + 2);
    }
    Message message;
    qsizetype at = 0;
    while (at < data.size()) {
        qsizetype end = data.indexOf("\r\n", at);
        if (end < 0)
            end = data.size();
        if (end == at) { // the empty line: the body follows
            message.body = data.mid(at + 2);
            return message;
        }
        const QByteArray line = data.mid(at, end - at);
        if ((line.front() == ' ' || line.front() == '\t') && !message.headers.isEmpty()) {
            message.headers.last().raw += "\r\n" + line;
        } else {
            const qsizetype colon = line.indexOf(':');
            // A line without a colon is not a header field; keep it so signing stays faithful.
            message.headers.append({colon > 0 ? line.left(colon).trimmed() : QByteArray(), line});
        }
        at = end + 2;
    }
    return message;
}

QList<HeaderField> Message::headersNamed(QByteArrayView name) const
{
    QList<HeaderField> out;
    for (const HeaderField &field : headers) {
        if (field.name.compare(name, Qt::CaseInsensitive) == 0)
            out.append(field);
    }
    return out;
}

} // namespace Sceau::Dkim
