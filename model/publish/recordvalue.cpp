#include "model/publish/recordvalue.h"

#include "model/dkim/keyrecord.h"
#include "model/dns/recordtext.h"
#include "model/dns/textescape.h"
#include "model/publish/tr.h"

#include <QSet>

#include <cctype>

namespace Sceau::Publish {

namespace {
bool isText(Dns::RrType type)
{
    return type == Dns::RrType::TXT || type == Dns::RrType::SPF;
}

// The octets a canonical TXT value stands for: escapeText's "\DDD" and "\\" read back.
QByteArray unescaped(const QString &value)
{
    const QByteArray text = value.toLatin1();
    QByteArray bytes;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == '\\' && i + 3 < text.size() && std::isdigit(quint8(text[i + 1]))
            && std::isdigit(quint8(text[i + 2])) && std::isdigit(quint8(text[i + 3]))) {
            bytes += char(text.mid(i + 1, 3).toInt());
            i += 3;
        } else if (text[i] == '\\' && i + 1 < text.size()) {
            bytes += text[++i];
        } else {
            bytes += text[i];
        }
    }
    return bytes;
}
} // namespace

QString canonicalValue(const Dns::ResourceRecord &record)
{
    if (isText(record.type))
        return Dns::escapeText(record.txtJoined());
    QStringList fields;
    for (QString field : record.rdata) {
        if (field.endsWith(u'.') && field.size() > 1) { // a domain name: case-insensitive
            field.chop(1);
            field = field.toLower();
        }
        fields << field;
    }
    return fields.join(u' ');
}

Result<QString> canonicalValue(Dns::RrType type, const QString &typed, const QString &origin)
{
    const QString trimmed = typed.trimmed();
    const auto tooLong = [] {
        //: %1 a number of octets
        return Error{ErrorCode::InvalidInput,
                     Tr::tr("a text value is at most %1 octets").arg(MaxTextOctets)};
    };
    if (isText(type) && !trimmed.startsWith(u'"')) {
        const QByteArray octets = typed.toUtf8();
        if (octets.size() > MaxTextOctets)
            return tooLong();
        return Dns::escapeText(octets);
    }
    // As for record names: a name that is the zone or below it is already absolute
    // ("mx.example.com" in example.com), any other is relative to the zone ("mail", "@").
    QStringList tokens = trimmed.split(u' ', Qt::SkipEmptyParts);
    if (!origin.isEmpty() && !isText(type)) {
        for (QString &token : tokens) {
            const QString lower = token.toLower();
            if (!token.endsWith(u'.') && (lower == origin || lower.endsWith(u'.' + origin)))
                token += u'.';
        }
    }
    auto record = Dns::parseRecord(QStringLiteral("value.invalid"),
                                   type,
                                   0,
                                   isText(type) ? trimmed : tokens.join(u' '),
                                   origin);
    if (!record)
        return record.error();
    if (isText(type) && record->txtJoined().size() > MaxTextOctets)
        return tooLong();
    if (!isText(type)) {
        // ldns wraps a number too large for its field ("70000" as a 16-bit MX preference):
        // every number typed must be the number read.
        for (qsizetype i = 0; i < tokens.size() && i < record->rdata.size(); ++i) {
            bool typedIsNumber = false, readIsNumber = false;
            const qulonglong typedNumber = tokens.at(i).toULongLong(&typedIsNumber);
            const qulonglong readNumber = record->rdata.at(i).toULongLong(&readIsNumber);
            if (typedIsNumber && (!readIsNumber || typedNumber != readNumber))
                //: %1 what the user typed, %2 a record type
                return Error{ErrorCode::InvalidInput,
                             Tr::tr("“%1” is out of range in a %2 record value")
                                 .arg(tokens.at(i), Dns::typeName(type))};
        }
    }
    return canonicalValue(*record);
}

Result<void> checkRrset(Dns::RrType type, const QStringList &values)
{
    if (type == Dns::RrType::CNAME && values.size() > 1) // RFC 2181 §10.1
        return Error{ErrorCode::InvalidInput,
                     Tr::tr("a CNAME has exactly one target (RFC 2181 §10.1)")};
    return {};
}

bool sameRrset(const QStringList &a, const QStringList &b)
{
    return QSet<QString>(a.cbegin(), a.cend()) == QSet<QString>(b.cbegin(), b.cend());
}

QString presentationRdata(Dns::RrType type, const QString &value)
{
    if (!isText(type))
        return value;
    QStringList quoted;
    for (const QByteArray &part : Dkim::splitTxt(unescaped(value)))
        quoted << Dns::quotedText(part);
    return quoted.isEmpty() ? QStringLiteral("\"\"") : quoted.join(u' ');
}

} // namespace Sceau::Publish
