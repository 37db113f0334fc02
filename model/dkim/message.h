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

// The largest message the DKIM commands read (a bound on memory: the message is held a few
// times over while it is split and canonicalized). MTAs commonly refuse more than 25-50 MB.
inline constexpr qsizetype MaxMessageSize = 64 * 1024 * 1024;

// An RFC 5322 message split into header fields and body. LF line ends are turned into CRLF
// (messages stored on Unix; RFC 6376 §5.3 signs the wire form).
struct Message
{
    QList<HeaderField> headers;
    QByteArray body;

    // Work and memory are linear in raw (each byte is looked at a bounded number of times).
    static Message parse(const QByteArray &raw);
    static QByteArray toCrlf(const QByteArray &raw);

    QList<HeaderField> headersNamed(QByteArrayView name) const; // in order, top first
};

} // namespace Dkim
} // namespace Sceau
