#include "model/publish/recordvalue.h"

#include "model/dkim/keyrecord.h"
#include "model/dns/recordtext.h"
#include "model/dns/textescape.h"

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

Result<QString> canonicalValue(Dns::RrType type, const QString &typed)
{
    const QString trimmed = typed.trimmed();
    if (isText(type) && !trimmed.startsWith(u'"'))
        return Dns::escapeText(typed.toUtf8());
    auto record = Dns::parseRecord(QStringLiteral("value.invalid"), type, 0, trimmed);
    if (!record)
        return record.error();
    return canonicalValue(*record);
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
