#include "model/spf/macrostring.h"

#include <QDateTime>
#include <QUrl>

namespace Sceau::Spf::MacroString {

namespace {

constexpr int MaxDomainLength = 253;
const QString Delimiters = QStringLiteral(".-+,/_=");

// One %{…} expansion parsed (§7.1: macro-letter transformers *delimiter).
struct Macro
{
    QChar letter;
    int keep = -1; // rightmost parts kept, -1 when no digit transformer
    bool reverse = false;
    QString delimiters;
};

bool isMacroLetter(QChar c)
{
    return QStringLiteral("slodiphcrtv").contains(c.toLower());
}

bool isAlnum(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

// toplabel = ( *alphanum ALPHA *alphanum ) / ( 1*alphanum "-" *( alphanum / "-" ) alphanum )
bool isTopLabel(QStringView label)
{
    if (label.isEmpty() || label.front() == u'-' || label.back() == u'-')
        return false;
    bool alpha = false;
    for (QChar c : label) {
        if (!isAlnum(c) && c != u'-')
            return false;
        alpha = alpha || c.isLetter();
    }
    return alpha || label.contains(u'-');
}

// Parses the inside of "%{…}"; returns the problem when invalid.
std::optional<SyntaxProblem> parseMacro(QStringView body, Macro *macro)
{
    if (body.isEmpty() || !isMacroLetter(body.front()))
        return SyntaxProblem{QT_TRANSLATE_NOOP("Sceau::Spf", "unknown macro letter in %{%1}"),
                             {body.toString()}};
    macro->letter = body.front();
    qsizetype i = 1;
    QString digits;
    while (i < body.size() && body[i].isDigit())
        digits += body[i++];
    if (!digits.isEmpty()) {
        macro->keep = digits.toInt();
        // §7.3: the DIGIT transformer must be non-zero (128 is a sane upper bound).
        if (macro->keep == 0 || digits.size() > 3)
            return SyntaxProblem{
                QT_TRANSLATE_NOOP("Sceau::Spf", "invalid digit transformer in %{%1}"),
                {body.toString()}};
    }
    if (i < body.size() && body[i].toLower() == u'r') {
        macro->reverse = true;
        ++i;
    }
    for (; i < body.size(); ++i) {
        if (!Delimiters.contains(body[i]))
            return SyntaxProblem{QT_TRANSLATE_NOOP("Sceau::Spf", "invalid delimiter in %{%1}"),
                                 {body.toString()}};
        macro->delimiters += body[i];
    }
    return std::nullopt;
}

// §7.2: c, r and t are allowed in exp text only.
SyntaxProblem onlyInExplanation(const Macro &macro)
{
    return SyntaxProblem{QT_TRANSLATE_NOOP("Sceau::Spf", "macro %1 is only allowed in exp text"),
                         {macro.letter}};
}

// Walks s, calling literal(QStringView) and macro(const Macro &); returns the problem, if any.
template<typename Literal, typename Expand>
std::optional<SyntaxProblem> walk(QStringView s, Use use, Literal &&literal, Expand &&expandMacro)
{
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        if (c != u'%') {
            // macro-literal = %x21-24 / %x26-7E; an explain-string also allows SP (§6.2).
            const auto isLiteral = [use](QChar x) {
                return (x.unicode() >= 0x21 && x.unicode() <= 0x7e && x != u'%')
                       || (use == Use::Explanation && x == u' ');
            };
            qsizetype end = i;
            while (end < s.size() && isLiteral(s[end]))
                ++end;
            if (end == i)
                return SyntaxProblem{
                    QT_TRANSLATE_NOOP("Sceau::Spf", "invalid character 0x%1 at %2"),
                    {QStringLiteral("%1").arg(c.unicode(), 2, 16, QChar(u'0')),
                     QString::number(i)}};
            literal(s.mid(i, end - i)); // a run of literal characters at once
            i = end - 1;
            continue;
        }
        if (i + 1 >= s.size())
            return SyntaxProblem{QT_TRANSLATE_NOOP("Sceau::Spf", "lone % at end"), {}};
        const QChar next = s[i + 1];
        if (next == u'%' || next == u'_' || next == u'-') {
            literal(next == u'%' ? u"%" : next == u'_' ? u" " : u"%20");
            ++i;
            continue;
        }
        if (next != u'{')
            return SyntaxProblem{QT_TRANSLATE_NOOP("Sceau::Spf", "invalid %%1 at %2"),
                                 {next, QString::number(i)}};
        const qsizetype close = s.indexOf(u'}', i + 2);
        if (close < 0)
            return SyntaxProblem{QT_TRANSLATE_NOOP("Sceau::Spf", "unterminated macro at %1"),
                                 {QString::number(i)}};
        Macro macro;
        if (auto problem = parseMacro(s.mid(i + 2, close - i - 2), &macro))
            return problem;
        if (auto problem = expandMacro(macro))
            return problem;
        i = close;
    }
    return std::nullopt;
}

QString macroValue(QChar letter, const MacroContext &context)
{
    switch (letter.toLower().unicode()) {
    case 's':
        return context.sender;
    case 'l':
        return context.localPart;
    case 'o':
        return context.senderDomain;
    case 'd':
        return context.domain;
    case 'i':
        return dottedAddress(context.ip);
    case 'p':
        return context.validatedName.isEmpty() ? QStringLiteral("unknown") : context.validatedName;
    case 'v':
        return context.ip.protocol() == QAbstractSocket::IPv6Protocol ? QStringLiteral("ip6")
                                                                      : QStringLiteral("in-addr");
    case 'h':
        return context.helo;
    case 'c':
        return context.ip.toString();
    case 'r':
        return context.receiver;
    case 't':
        return QString::number(context.timestamp ? context.timestamp
                                                 : QDateTime::currentSecsSinceEpoch());
    }
    return {};
}

// §7.3: split on the delimiters, reverse, keep the rightmost parts, join with ".".
QString transform(const QString &value, const Macro &macro)
{
    const QString delimiters = macro.delimiters.isEmpty() ? QStringLiteral(".") : macro.delimiters;
    QStringList parts;
    QString current;
    for (QChar c : value) {
        if (delimiters.contains(c)) {
            parts << current;
            current.clear();
        } else {
            current += c;
        }
    }
    parts << current;
    if (macro.reverse)
        std::reverse(parts.begin(), parts.end());
    if (macro.keep > 0 && macro.keep < parts.size())
        parts = parts.mid(parts.size() - macro.keep);
    return parts.join(u'.');
}

} // namespace

std::optional<SyntaxProblem> syntaxProblem(QStringView s, Use use)
{
    bool endsWithMacro = false;
    const auto problem = walk(
        s,
        use,
        [&](QStringView) { endsWithMacro = false; },
        [&](const Macro &macro) -> std::optional<SyntaxProblem> {
            endsWithMacro = true;
            if (use != Use::Explanation && QStringLiteral("crt").contains(macro.letter.toLower()))
                return onlyInExplanation(macro);
            return std::nullopt;
        });
    if (problem || use != Use::DomainSpec)
        return problem;
    if (s.isEmpty())
        return SyntaxProblem{QT_TRANSLATE_NOOP("Sceau::Spf", "empty domain-spec"), {}};
    // §7.1: domain-end = ( "." toplabel [ "." ] ) / macro-expand
    if (endsWithMacro)
        return std::nullopt;
    QStringView name = s;
    if (name.endsWith(u'.'))
        name.chop(1);
    const qsizetype dot = name.lastIndexOf(u'.');
    if (dot < 0 || !isTopLabel(name.mid(dot + 1)))
        return SyntaxProblem{
            QT_TRANSLATE_NOOP("Sceau::Spf", "domain-spec %1 does not end in a valid top label"),
            {s.toString()}};
    return std::nullopt;
}

bool usesValidatedName(QStringView s)
{
    return s.contains(u"%{p", Qt::CaseInsensitive);
}

Result<QString> expand(QStringView s, const MacroContext &context, Use use)
{
    QString out;
    const auto problem = walk(
        s,
        use,
        [&](QStringView text) { out += text; },
        [&](const Macro &macro) -> std::optional<SyntaxProblem> {
            if (use != Use::Explanation && QStringLiteral("crt").contains(macro.letter.toLower()))
                return onlyInExplanation(macro);
            QString value = transform(macroValue(macro.letter, context), macro);
            // §7.3: an uppercase macro letter URL-escapes the value (RFC 3986 unreserved kept).
            if (macro.letter.isUpper())
                value = QString::fromLatin1(QUrl::toPercentEncoding(value));
            out += value;
            return std::nullopt;
        });
    if (problem)
        return Error{ErrorCode::InvalidInput, problem->translated()};
    if (use == Use::DomainSpec) {
        if (out.endsWith(u'.'))
            out.chop(1);
        // §7.3: over 253 characters, remove labels from the left until it fits.
        while (out.size() > MaxDomainLength && out.contains(u'.'))
            out = out.mid(out.indexOf(u'.') + 1);
    }
    return out;
}

QString dottedAddress(const QHostAddress &ip)
{
    if (ip.protocol() != QAbstractSocket::IPv6Protocol)
        return ip.toString();
    const Q_IPV6ADDR bytes = ip.toIPv6Address();
    QStringList nibbles;
    for (int i = 0; i < 16; ++i)
        nibbles << QString::number(bytes[i] >> 4, 16).toUpper()
                << QString::number(bytes[i] & 0xf, 16).toUpper();
    return nibbles.join(u'.');
}

} // namespace Sceau::Spf::MacroString
