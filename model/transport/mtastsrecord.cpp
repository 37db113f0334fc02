#include "model/transport/mtastsrecord.h"

#include "model/transport/tr.h"

#include <QRegularExpression>

namespace Sceau::Transport {

namespace {
const QByteArray Version = QByteArrayLiteral("v=STSv1");

bool isWsp(char c)
{
    return c == ' ' || c == '\t';
}

// RFC 8461 §3.1: records that do not begin with "v=STSv1" are discarded (the version is a
// whole field: "v=STSv12" is another version).
bool beginsWithVersion(const QByteArray &text)
{
    if (!text.startsWith(Version))
        return false;
    return text.size() == Version.size() || text.at(Version.size()) == ';'
           || isWsp(text.at(Version.size()));
}

Error invalid(const QString &reason)
{
    return Error{ErrorCode::InvalidInput, reason};
}
} // namespace

Result<MtaStsRecord> parseMtaStsRecord(const QByteArray &text)
{
    // RFC 8461 §3.1:
    //   sts-text-record = sts-version 1*(*WSP field-delim *WSP sts-field) [field-delim]
    //   sts-id = %s"id=" 1*32(ALPHA / DIGIT)
    //   sts-extension = sts-ext-name "=" sts-ext-value
    //   sts-ext-name = (ALPHA / DIGIT) *31(ALPHA / DIGIT / "_" / "-" / ".")
    //   sts-ext-value = 1*(%x21-3A / %x3C / %x3E-7E)
    if (text.size() > MaxMtaStsRecordLength)
        return invalid(
            Tr::tr("the record is longer than %1 characters").arg(MaxMtaStsRecordLength));
    if (!beginsWithVersion(text))
        return invalid(Tr::tr("the record does not begin with v=STSv1"));
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9]{1,32}$"));
    static const QRegularExpression extName(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$"));
    static const QRegularExpression extValue(QStringLiteral("^[\\x21-\\x3a\\x3c\\x3e-\\x7e]+$"));
    QList<QByteArray> fields = text.mid(Version.size()).split(';');
    if (fields.size() < 2 || !fields.first().trimmed().isEmpty())
        return invalid(Tr::tr("v=STSv1 must be followed by \";\" and the fields"));
    fields.removeFirst();
    if (fields.last().trimmed().isEmpty())
        fields.removeLast(); // the optional final field-delim
    std::optional<QString> id;
    for (const QByteArray &raw : std::as_const(fields)) {
        const QString field = QString::fromLatin1(raw).trimmed();
        const qsizetype eq = field.indexOf(u'=');
        if (field.isEmpty() || eq <= 0)
            //: %1 a field of the record, as published
            return invalid(Tr::tr("\"%1\" is not a name=value field").arg(field));
        const QString name = field.left(eq);
        const QString value = field.mid(eq + 1);
        if (name == QLatin1StringView("id")) {
            if (id)
                return invalid(Tr::tr("the record has more than one id"));
            if (!idPattern.match(value).hasMatch())
                //: %1 the id as published
                return invalid(
                    Tr::tr("the id \"%1\" is not 1 to 32 letters and digits").arg(value));
            id = value;
        } else if (!extName.match(name).hasMatch() || !extValue.match(value).hasMatch()) {
            return invalid(Tr::tr("\"%1\" is not a valid extension field").arg(field));
        }
    }
    if (!id)
        return invalid(Tr::tr("the record has no id"));
    return MtaStsRecord{*id};
}

MtaStsRecordSelection selectMtaStsRecord(const QList<QByteArray> &txtValues)
{
    return selectRecord<MtaStsRecord>(txtValues, beginsWithVersion, parseMtaStsRecord);
}

QString mtaStsRecordText(const QString &id)
{
    return QStringLiteral("v=STSv1; id=%1").arg(id);
}

QString nextMtaStsId(const QDateTime &now, const QString &previous)
{
    QString id = now.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss"));
    while (id.size() < 32 && previous.startsWith(id))
        id += u'1';
    return id;
}

} // namespace Sceau::Transport
