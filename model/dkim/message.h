#pragma once

#include <QByteArray>
#include <QList>

namespace Sceau {
namespace Dkim {

// One header field exactly as received (RFC 5322 §2.2): name, colon, value, folded lines,
// without the final CRLF.
struct HeaderField
{
    QByteArray name; // as written (compare case-insensitively)
    QByteArray raw;  // "Name: value\r\n\tcontinued"

    QByteArray value() const { return raw.mid(raw.indexOf(':') + 1); }
};

// An RFC 5322 message split into header fields and body. LF line ends are turned into CRLF
// (messages stored on Unix; RFC 6376 §5.3 signs the wire form).
struct Message
{
    QList<HeaderField> headers;
    QByteArray body;

    static Message parse(const QByteArray &raw);
    static QByteArray toCrlf(const QByteArray &raw);

    QList<HeaderField> headersNamed(QByteArrayView name) const; // in order, top first
};

} // namespace Dkim
} // namespace Sceau
