#include "model/dkim/canonicalization.h"

using namespace Qt::StringLiterals;

namespace Sceau::Dkim {

static bool isWsp(char c)
{
    return c == ' ' || c == '\t';
}

QString canonicalizationToken(Canonicalization c)
{
    return c == Canonicalization::Simple ? u"simple"_s : u"relaxed"_s;
}

std::optional<Canonicalization> canonicalizationFromToken(QByteArrayView token)
{
    if (token == "simple")
        return Canonicalization::Simple;
    if (token == "relaxed")
        return Canonicalization::Relaxed;
    return std::nullopt;
}

// §3.4.2: lowercase the name, unfold, reduce WSP runs to one SP, drop WSP at the end of the
// value and around the colon.
static QByteArray relaxedHeader(const QByteArray &raw)
{
    const qsizetype colon = raw.indexOf(':');
    const QByteArray name = raw.left(colon).trimmed().toLower();
    QByteArray value;
    value.reserve(raw.size());
    bool pendingSpace = false;
    for (qsizetype i = colon + 1; i < raw.size(); ++i) {
        const char c = raw.at(i);
        if (c == '\r' || c == '\n')
            continue; // unfolding
        if (isWsp(c)) {
            pendingSpace = true;
            continue;
        }
        if (pendingSpace && !value.isEmpty())
            value.append(' ');
        pendingSpace = false;
        value.append(c);
    }
    return name + ':' + value + "\r\n";
}

QByteArray canonicalHeader(const QByteArray &rawField, Canonicalization c)
{
    if (c == Canonicalization::Simple)
        return rawField + "\r\n";
    return relaxedHeader(rawField);
}

// §3.4.4: drop WSP at line ends, reduce WSP runs to one SP.
static QByteArray relaxedLines(const QByteArray &body)
{
    QByteArray out;
    out.reserve(body.size());
    qsizetype at = 0;
    while (at < body.size()) {
        qsizetype end = body.indexOf("\r\n", at);
        const bool terminated = end >= 0;
        if (!terminated)
            end = body.size();
        bool pendingSpace = false;
        for (qsizetype i = at; i < end; ++i) {
            const char c = body.at(i);
            if (isWsp(c)) {
                pendingSpace = true;
                continue;
            }
            if (pendingSpace)
                out.append(' ');
            pendingSpace = false;
            out.append(c);
        }
        out.append("\r\n"); // a last line without CRLF gets one (§3.4.4 and §3.4.3)
        at = end + 2;
    }
    return out;
}

QByteArray canonicalBody(const QByteArray &body, Canonicalization c)
{
    QByteArray out = c == Canonicalization::Relaxed ? relaxedLines(body) : body;
    if (c == Canonicalization::Simple && !out.isEmpty() && !out.endsWith("\r\n"))
        out.append("\r\n");
    while (out.endsWith("\r\n\r\n")) // empty lines at the end are ignored
        out.chop(2);
    if (out == "\r\n")
        out.clear();
    if (out.isEmpty() && c == Canonicalization::Simple)
        return "\r\n"_ba; // §3.4.3: an empty body is one CRLF
    return out;
}

} // namespace Sceau::Dkim

#include "model/dkim/message.h"

#include <QHash>

namespace Sceau::Dkim {

QByteArray
signedHeaderData(const Message &message, const QList<QByteArray> &names, Canonicalization c)
{
    // One pass over the header, then one step per name: linear in the header and in h=, and the
    // output holds each field at most once per listing (hostile h= lists stay bounded).
    QHash<QByteArray, QList<qsizetype>> instances; // lowercased name -> positions, top first
    for (qsizetype i = 0; i < message.headers.size(); ++i)
        instances[message.headers.at(i).name.toLower()].append(i);
    QHash<QByteArray, qsizetype> used; // per name: instances already taken from the bottom
    QByteArray out;
    for (const QByteArray &name : names) {
        const QByteArray key = name.toLower();
        qsizetype &taken = used[key];
        const auto found = instances.constFind(key);
        if (found != instances.cend() && taken < found->size())
            out += canonicalHeader(message.headers.at(found->at(found->size() - 1 - taken)).raw, c);
        ++taken;
    }
    return out;
}

} // namespace Sceau::Dkim
