#include "model/mail/sendertrace.h"

#include "model/mail/headertext.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Sceau::Mail {

QString traceSourceToken(TraceSource source)
{
    switch (source) {
    case TraceSource::None:
        return u"none"_s;
    case TraceSource::ReceivedSpf:
        return u"received-spf"_s;
    case TraceSource::AuthenticationResults:
        return u"authentication-results"_s;
    case TraceSource::Received:
        return u"received"_s;
    case TraceSource::ReturnPath:
        return u"return-path"_s;
    }
    return {};
}

namespace {
bool named(const Dkim::HeaderField &field, QByteArrayView name)
{
    return field.name.compare(name, Qt::CaseInsensitive) == 0;
}

// The value of a trace field as read: its first MaxTraceFieldSize bytes, unfolded.
QByteArray traceValue(const Dkim::HeaderField &field)
{
    return unfolded(field.value().left(MaxTraceFieldSize));
}

// A value, quotes removed.
QString unquoted(QByteArray value)
{
    value = value.trimmed();
    if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
        value = value.mid(1, value.size() - 2);
    return QString::fromUtf8(value).trimmed();
}

// key=value pairs of a field's value without comments: RFC 7208 §9.1 key-value-list, RFC
// 8601 §2.2 propspec (ptype.property=value). The first occurrence of key, case-insensitively.
std::optional<QString> keyValue(const QByteArray &text, const QString &key)
{
    const QRegularExpression pattern(u"(?:^|[\\s;])"_s + QRegularExpression::escape(key)
                                         + u"\\s*=\\s*(\"[^\"]*\"|[^\\s;]*)"_s,
                                     QRegularExpression::CaseInsensitiveOption);
    const auto match = pattern.match(QString::fromUtf8(text));
    if (!match.hasMatch())
        return std::nullopt;
    return unquoted(match.captured(1).toUtf8());
}

QString withoutAngles(QString address)
{
    address = address.trimmed();
    if (address.startsWith(u'<') && address.endsWith(u'>'))
        address = address.mid(1, address.size() - 2);
    return address.trimmed();
}

// RFC 5321 §4.4 "from" clause of a Received field: the HELO name and the bracketed IP.
void readReceived(const QByteArray &text, SenderTrace &trace)
{
    static const QRegularExpression from(u"^\\s*from\\s+(.*?)(?:\\s+by\\s|;|$)"_s,
                                         QRegularExpression::CaseInsensitiveOption
                                             | QRegularExpression::DotMatchesEverythingOption);
    const auto clause = from.match(QString::fromUtf8(text));
    if (!clause.hasMatch())
        return;
    const QString fromClause = clause.captured(1);
    static const QRegularExpression literal(u"\\[(?:IPv6:)?([0-9A-Fa-f:.]+)\\]"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    auto literals = literal.globalMatch(fromClause);
    while (literals.hasNext()) {
        const QHostAddress address(literals.next().captured(1));
        if (!address.isNull()) {
            trace.ip = address;
            trace.ipSource = TraceSource::Received;
            break;
        }
    }
    const QString helo = fromClause.section(u' ', 0, 0, QString::SectionSkipEmpty);
    if (!helo.isEmpty() && !helo.startsWith(u'[') && trace.helo.isEmpty()) {
        trace.helo = helo;
        trace.heloSource = TraceSource::Received;
    }
}
} // namespace

SenderTrace findSender(const QList<Dkim::HeaderField> &headers)
{
    // The receiving side's fields: above the second Received from the top.
    QList<const Dkim::HeaderField *> trusted;
    int received = 0;
    for (const Dkim::HeaderField &field : headers) {
        if (named(field, "received") && ++received == 2)
            break;
        trusted << &field;
    }
    SenderTrace trace;
    const auto note = [&trace](const Dkim::HeaderField &field) {
        trace.evidence += QString::fromUtf8(unfolded(field.raw.left(MaxTraceFieldSize))) + u'\n';
    };
    for (const Dkim::HeaderField *field : std::as_const(trusted)) {
        if (!named(*field, "received-spf"))
            continue;
        const QByteArray text = withoutComments(traceValue(*field));
        const QHostAddress ip(keyValue(text, u"client-ip"_s).value_or(QString()));
        if (ip.isNull())
            continue;
        note(*field);
        trace.ip = ip;
        trace.ipSource = TraceSource::ReceivedSpf;
        if (const auto sender = keyValue(text, u"envelope-from"_s)) {
            trace.mailFrom = withoutAngles(*sender);
            trace.mailFromKnown = true;
            trace.mailFromSource = TraceSource::ReceivedSpf;
        }
        if (const auto helo = keyValue(text, u"helo"_s)) {
            trace.helo = *helo;
            trace.heloSource = TraceSource::ReceivedSpf;
        }
        break;
    }
    for (const Dkim::HeaderField *field : std::as_const(trusted)) {
        if (!named(*field, "authentication-results"))
            continue;
        // RFC 8601 §2.2: authserv-id; method=result props; … — the spf resinfo's properties.
        const QByteArray text = withoutComments(traceValue(*field));
        for (const QByteArray &resinfo : text.split(';')) {
            const QByteArray spec = resinfo.trimmed();
            if (!spec.startsWith("spf=") && !spec.startsWith("SPF="))
                continue;
            note(*field);
            const auto sender = keyValue(spec, u"smtp.mailfrom"_s);
            if (sender && !trace.mailFromKnown) {
                trace.mailFrom = withoutAngles(*sender);
                trace.mailFromKnown = true;
                trace.mailFromSource = TraceSource::AuthenticationResults;
            }
            const auto helo = keyValue(spec, u"smtp.helo"_s);
            if (helo && trace.helo.isEmpty()) {
                trace.helo = *helo;
                trace.heloSource = TraceSource::AuthenticationResults;
            }
        }
        break;
    }
    if (trace.ip.isNull()) {
        for (const Dkim::HeaderField *field : std::as_const(trusted)) {
            if (named(*field, "received")) {
                note(*field);
                readReceived(traceValue(*field), trace);
                break;
            }
        }
    }
    if (!trace.mailFromKnown) {
        for (const Dkim::HeaderField *field : std::as_const(trusted)) {
            if (named(*field, "return-path")) {
                note(*field);
                trace.mailFrom
                    = withoutAngles(QString::fromUtf8(withoutComments(traceValue(*field))));
                trace.mailFromKnown = true;
                trace.mailFromSource = TraceSource::ReturnPath;
                break;
            }
        }
    }
    return trace;
}

} // namespace Sceau::Mail
