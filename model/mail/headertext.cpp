#include "model/mail/headertext.h"

namespace Sceau::Mail {

QByteArray unfolded(QByteArrayView value)
{
    QByteArray out;
    out.reserve(value.size());
    for (const char c : value) {
        if (c != '\r' && c != '\n')
            out.append(c);
    }
    return out.trimmed();
}

QByteArray withoutComments(QByteArrayView value)
{
    QByteArray out;
    out.reserve(value.size());
    qsizetype depth = 0;
    bool quoted = false;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char c = value.at(i);
        if (c == '\\' && i + 1 < value.size() && (quoted || depth > 0)) { // quoted-pair
            if (depth == 0)
                out.append(value.sliced(i, 2));
            ++i;
        } else if (quoted) {
            out.append(c);
            quoted = c != '"';
        } else if (c == '(') {
            ++depth;
        } else if (c == ')' && depth > 0) {
            if (--depth == 0)
                out.append(' '); // a comment separates like whitespace (§3.2.2 CFWS)
        } else if (depth == 0) {
            out.append(c);
            quoted = c == '"';
        }
    }
    return out;
}

} // namespace Sceau::Mail
