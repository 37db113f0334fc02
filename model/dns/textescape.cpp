#include "model/dns/textescape.h"

namespace Sceau::Dns {

namespace {
// RFC 1035 §5.1: "\X" quotes X, "\DDD" is the octet of decimal value DDD.
void appendOctet(QString &out, unsigned char octet, bool escapeQuote)
{
    if (octet == '\\' || (escapeQuote && octet == '"')) {
        out += u'\\';
        out += QLatin1Char(char(octet));
    } else if (octet >= 0x20 && octet <= 0x7e) {
        out += QLatin1Char(char(octet));
    } else {
        out += u'\\';
        out += QString::number(octet).rightJustified(3, u'0');
    }
}

QString escaped(QByteArrayView bytes, bool escapeQuote)
{
    QString out;
    out.reserve(bytes.size());
    for (const char c : bytes)
        appendOctet(out, static_cast<unsigned char>(c), escapeQuote);
    return out;
}
} // namespace

QString escapeText(QByteArrayView bytes)
{
    return escaped(bytes, false);
}

QString escapeLatin1Text(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.unicode() <= 0xff) {
            appendOctet(out, static_cast<unsigned char>(c.unicode()), false);
            continue;
        }
        const qsizetype length = c.isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        out += escapeText(text.mid(i, length).toUtf8());
        i += length - 1;
    }
    return out;
}

QString quotedText(QByteArrayView bytes)
{
    return u'"' + escaped(bytes, true) + u'"';
}

} // namespace Sceau::Dns
