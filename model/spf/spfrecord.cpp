#include "model/spf/spfrecord.h"

#include "model/spf/macrostring.h"
#include "model/spf/tr.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <variant>

namespace Sceau::Spf {

namespace {

const QString Version = QStringLiteral("v=spf1");

// ip4-cidr-length = "/" ("0" / %x31-39 0*1DIGIT); ip6 allows up to 128 (§12).
std::optional<int> cidrLength(QStringView digits, int max)
{
    static const QRegularExpression number(QStringLiteral("\\A(0|[1-9][0-9]{0,2})\\z"));
    if (!number.match(digits).hasMatch())
        return std::nullopt;
    const int value = digits.toInt();
    if (value > max)
        return std::nullopt;
    return value;
}

bool isIp4Network(QStringView text)
{
    static const QRegularExpression quad(
        QStringLiteral("\\A(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])"
                       "(\\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}\\z"));
    return quad.match(text).hasMatch();
}

bool isIp6Network(QStringView text)
{
    QHostAddress address;
    return text.contains(u':') && address.setAddress(text.toString())
           && address.protocol() == QAbstractSocket::IPv6Protocol;
}

// Takes the dual-cidr-length ("/4", "//6", "/4//6") off the end of a/mx text (§5.3, §5.4).
// A domain-spec may itself contain "/", so only a trailing digits-only suffix is a length.
std::optional<SyntaxProblem> takeDualCidr(QString *argument, Term *term)
{
    static const QRegularExpression suffix(QStringLiteral("(?:/([0-9]+))?(?://([0-9]+))?\\z"));
    const auto match = suffix.match(*argument);
    if (!match.hasMatch() || match.capturedLength(0) == 0)
        return std::nullopt;
    if (match.hasCaptured(1)) {
        const auto v4 = cidrLength(match.captured(1), 32);
        if (!v4)
            return SyntaxProblem{QT_TRANSLATE_NOOP("Sceau::Spf", "invalid IPv4 CIDR length /%1"),
                                 {match.captured(1)}};
        term->cidr4 = *v4;
    }
    if (match.hasCaptured(2)) {
        const auto v6 = cidrLength(match.captured(2), 128);
        if (!v6)
            return SyntaxProblem{QT_TRANSLATE_NOOP("Sceau::Spf", "invalid IPv6 CIDR length //%1"),
                                 {match.captured(2)}};
        term->cidr6 = *v6;
    }
    argument->truncate(match.capturedStart(0));
    return std::nullopt;
}

std::optional<SyntaxProblem> parseModifier(const QString &text, qsizetype equals, Term *term)
{
    const QString name = text.left(equals);
    term->argument = text.mid(equals + 1);
    const auto known = TermKinds.valueIgnoringCase(name);
    if (known == TermKind::Redirect || known == TermKind::Explanation) {
        term->kind = *known;
        return MacroString::syntaxProblem(term->argument, MacroString::Use::DomainSpec);
    }
    term->kind = TermKind::UnknownModifier;
    term->name = name;
    return MacroString::syntaxProblem(term->argument, MacroString::Use::Modifier);
}

std::optional<SyntaxProblem> parseDirective(QString text, Term *term)
{
    if (const auto qualifier = Qualifiers.value(QStringView(text).left(1))) {
        term->qualifier = *qualifier;
        text.remove(0, 1);
    }
    qsizetype end = 0;
    while (end < text.size() && text[end] != u':' && text[end] != u'/')
        ++end;
    // Mechanism names are case-insensitive (§4.6.1); redirect and exp are modifiers, never
    // mechanisms.
    const auto kind = TermKinds.valueIgnoringCase(QStringView(text).left(end));
    if (!kind || *kind == TermKind::Redirect || *kind == TermKind::Explanation)
        return SyntaxProblem{QT_TRANSLATE_NOOP("Sceau::Spf", "unknown mechanism %1"),
                             {text.left(end)}};
    term->kind = *kind;
    const QString mechanism = TermKinds.token(*kind); // lowercase, for the messages
    QString rest = text.mid(end);
    const bool hasArgument = rest.startsWith(u':');
    if (hasArgument)
        rest.remove(0, 1);

    switch (term->kind) {
    case TermKind::All:
        if (!rest.isEmpty() || hasArgument)
            return SyntaxProblem{QT_TRANSLATE_NOOP("Sceau::Spf", "all takes no argument"), {}};
        return std::nullopt;
    case TermKind::Include:
    case TermKind::Exists: // §5.2, §5.7: domain-spec required, no CIDR
        if (!hasArgument)
            return SyntaxProblem{QT_TRANSLATE_NOOP("Sceau::Spf", "%1 requires a domain-spec"),
                                 {mechanism}};
        term->argument = rest;
        return MacroString::syntaxProblem(rest, MacroString::Use::DomainSpec);
    case TermKind::Ptr: // §5.5: optional domain-spec, no CIDR
        if (!hasArgument && !rest.isEmpty())
            return SyntaxProblem{QT_TRANSLATE_NOOP("Sceau::Spf", "ptr takes no CIDR length"), {}};
        term->argument = rest;
        return hasArgument ? MacroString::syntaxProblem(rest, MacroString::Use::DomainSpec)
                           : std::nullopt;
    case TermKind::A:
    case TermKind::Mx: { // §5.3, §5.4: optional domain-spec, optional dual-cidr-length
        if (auto problem = takeDualCidr(&rest, term))
            return problem;
        term->argument = rest;
        if (hasArgument)
            return MacroString::syntaxProblem(rest, MacroString::Use::DomainSpec);
        if (!rest.isEmpty())
            return SyntaxProblem{QT_TRANSLATE_NOOP("Sceau::Spf", "unexpected text after %1"),
                                 {mechanism}};
        return std::nullopt;
    }
    case TermKind::Ip4:
    case TermKind::Ip6: { // §5.6: ip4:ip4-network[ip4-cidr-length], ip6 likewise
        if (!hasArgument)
            return SyntaxProblem{QT_TRANSLATE_NOOP("Sceau::Spf", "%1 requires a network"),
                                 {mechanism}};
        const bool v4 = term->kind == TermKind::Ip4;
        const qsizetype slash = rest.indexOf(u'/');
        term->argument = slash < 0 ? rest : rest.left(slash);
        if (v4 ? !isIp4Network(term->argument) : !isIp6Network(term->argument))
            return SyntaxProblem{QT_TRANSLATE_NOOP("Sceau::Spf", "invalid %1 network %2"),
                                 {mechanism, term->argument}};
        if (slash >= 0) {
            const auto length = cidrLength(QStringView(rest).mid(slash + 1), v4 ? 32 : 128);
            if (!length)
                return SyntaxProblem{QT_TRANSLATE_NOOP("Sceau::Spf", "invalid CIDR length %1"),
                                     {rest.mid(slash)}};
            (v4 ? term->cidr4 : term->cidr6) = *length;
        }
        return std::nullopt;
    }
    default:
        return std::nullopt;
    }
}

std::variant<QList<Term>, SyntaxError> parseRecord(QStringView txt)
{
    if (!SpfRecord::isSpfRecord(txt))
        return SyntaxError{0,
                           txt.left(Version.size()).toString(),
                           SyntaxProblem{QT_TRANSLATE_NOOP("Sceau::Spf", "missing v=spf1"), {}}};
    // §4.6.1: terms are separated by one or more SP, nothing else.
    qsizetype i = Version.size();
    QList<Term> terms;
    bool redirect = false;
    bool explanation = false;
    while (i < txt.size()) {
        if (txt[i] == u' ') {
            ++i;
            continue;
        }
        qsizetype end = txt.indexOf(u' ', i);
        if (end < 0)
            end = txt.size();
        const QString text = txt.mid(i, end - i).toString();
        Term term;
        term.position = int(i);
        // §4.6.1: a modifier's name is followed by "=" before any ":" or "/".
        static const QRegularExpression modifierName(QStringLiteral("^[A-Za-z][A-Za-z0-9_.-]*="));
        const auto problem = modifierName.match(text).hasMatch()
                                 ? parseModifier(text, text.indexOf(u'='), &term)
                                 : parseDirective(text, &term);
        if (problem)
            return SyntaxError{term.position, text, *problem};
        // §6: redirect and exp each appear at most once.
        bool &seen = term.kind == TermKind::Redirect ? redirect : explanation;
        if (term.kind == TermKind::Redirect || term.kind == TermKind::Explanation) {
            if (seen)
                return SyntaxError{
                    term.position,
                    text,
                    SyntaxProblem{QT_TRANSLATE_NOOP("Sceau::Spf", "modifier repeated"), {}}};
            seen = true;
        }
        terms << term;
        i = end;
    }
    return terms;
}

} // namespace

QString SyntaxError::toString() const
{
    return QStringLiteral("offset %1, term '%2': %3").arg(position).arg(term, problem.english());
}

QString SyntaxError::explanation() const
{
    //: %1 a term of an SPF record (protocol text), %2 its offset in the record, %3 what is wrong
    return Tr::tr("“%1” (at offset %2) is not valid: %3")
        .arg(term, QString::number(position), problem.translated());
}

bool SpfRecord::isSpfRecord(QStringView txt)
{
    return txt.startsWith(Version, Qt::CaseInsensitive)
           && (txt.size() == Version.size() || txt[Version.size()] == u' ');
}

std::optional<SyntaxError> SpfRecord::syntaxError(QStringView txt)
{
    const auto parsed = parseRecord(txt);
    if (const auto *error = std::get_if<SyntaxError>(&parsed))
        return *error;
    return std::nullopt;
}

Result<SpfRecord> SpfRecord::parse(QStringView txt)
{
    auto parsed = parseRecord(txt);
    if (const auto *error = std::get_if<SyntaxError>(&parsed))
        return Error{ErrorCode::InvalidInput, error->explanation()};
    SpfRecord record;
    record.m_terms = std::get<QList<Term>>(std::move(parsed));
    return record;
}

QString SpfRecord::toText() const
{
    QStringList parts{Version};
    for (const Term &term : m_terms)
        parts << term.toText();
    return parts.join(u' ');
}

QList<Term> SpfRecord::directives() const
{
    QList<Term> result;
    for (const Term &term : m_terms) {
        if (!term.isModifier())
            result << term;
    }
    return result;
}

std::optional<Term> SpfRecord::modifier(TermKind kind) const
{
    for (const Term &term : m_terms) {
        if (term.kind == kind)
            return term;
    }
    return std::nullopt;
}

bool SpfRecord::hasAll() const
{
    return std::any_of(m_terms.cbegin(), m_terms.cend(), [](const Term &term) {
        return term.kind == TermKind::All;
    });
}

std::optional<Term> SpfRecord::redirect() const
{
    // RFC 7208 §6.1: "any redirect modifier MUST be ignored if there is an all mechanism
    // anywhere in the record".
    if (hasAll())
        return std::nullopt;
    return modifier(TermKind::Redirect);
}

QList<Term> SpfRecord::queryingTerms() const
{
    const bool redirectApplies = !hasAll();
    QList<Term> result;
    for (const Term &term : m_terms) {
        if (term.queriesDns() && (term.kind != TermKind::Redirect || redirectApplies))
            result << term;
    }
    return result;
}

} // namespace Sceau::Spf
