#include "model/dkim/keyrecord.h"

#include "model/dkim/taglist.h"
#include "model/dkim/tr.h"

using namespace Qt::StringLiterals;

namespace Sceau::Dkim {

static QStringList colonList(const QByteArray &value)
{
    QStringList items;
    for (const QByteArray &item : stripWhitespace(value).split(':')) {
        if (!item.isEmpty())
            items.append(QString::fromLatin1(item).toLower());
    }
    return items;
}

Result<KeyRecord> KeyRecord::parse(QByteArrayView txt)
{
    auto tags = parseTagList(txt);
    if (!tags)
        return tags.error();
    KeyRecord record;
    bool hasKey = false;
    for (qsizetype i = 0; i < tags->size(); ++i) {
        const Tag &tag = tags->at(i);
        if (tag.name == "v") {
            // §3.6.1: if present, v= must be first and exactly "DKIM1"
            if (i != 0 || tag.value != "DKIM1")
                return Error{ErrorCode::InvalidInput, Tr::tr("v= must come first and be “DKIM1”")};
            record.hasVersion = true;
        } else if (tag.name == "k") {
            record.keyType = QString::fromLatin1(tag.value).toLower();
        } else if (tag.name == "h") {
            record.hashAlgorithms = colonList(tag.value);
        } else if (tag.name == "s") {
            record.serviceTypes = colonList(tag.value);
        } else if (tag.name == "t") {
            record.flags = colonList(tag.value);
        } else if (tag.name == "n") {
            record.notes = QString::fromUtf8(tag.value);
        } else if (tag.name == "p") {
            hasKey = true;
            const QByteArray base64 = stripWhitespace(tag.value);
            auto decoded
                = QByteArray::fromBase64Encoding(base64, QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded)
                return Error{ErrorCode::InvalidInput, Tr::tr("p= is not valid base64")};
            record.publicKey = decoded.decoded;
        } // §3.6.1: unknown tags are ignored
    }
    if (!hasKey)
        return Error{ErrorCode::InvalidInput, Tr::tr("the record has no p= tag")};
    if (!record.algorithm())
        return Error{ErrorCode::InvalidInput, Tr::tr("unknown key type k=%1").arg(record.keyType)};
    return record;
}

QString KeyRecord::toText() const
{
    QStringList parts{u"v=DKIM1"_s, u"k="_s + keyType};
    if (!hashAlgorithms.isEmpty())
        parts << u"h="_s + hashAlgorithms.join(u':');
    if (!serviceTypes.isEmpty())
        parts << u"s="_s + serviceTypes.join(u':');
    if (!flags.isEmpty())
        parts << u"t="_s + flags.join(u':');
    if (!notes.isEmpty()) { // §3.6.1 n= is qp-section: ";" and "=" must be encoded (§2.11)
        QString encoded = notes;
        encoded.replace(u'=', u"=3D"_s).replace(u';', u"=3B"_s);
        parts << u"n="_s + encoded;
    }
    parts << u"p="_s + QString::fromLatin1(publicKey.toBase64());
    return parts.join(u"; "_s);
}

bool KeyRecord::allowsHash(QStringView hash) const
{
    return hashAlgorithms.isEmpty() || hashAlgorithms.contains(hash.toString());
}

bool KeyRecord::allowsEmail() const
{
    return serviceTypes.isEmpty() || serviceTypes.contains(u"*"_s)
           || serviceTypes.contains(u"email"_s);
}

KeyRecord
recordForKey(KeyAlgorithm algorithm, const QByteArray &publicKeyData, const RecordOptions &options)
{
    KeyRecord record;
    record.hasVersion = true;
    record.keyType = keyTypeToken(algorithm);
    record.publicKey = publicKeyData;
    if (options.sha256Only)
        record.hashAlgorithms = {u"sha256"_s};
    if (options.emailOnly)
        record.serviceTypes = {u"email"_s};
    if (options.testing)
        record.flags << u"y"_s;
    if (options.strict)
        record.flags << u"s"_s;
    record.notes = options.notes;
    return record;
}

QList<QByteArray> splitTxt(const QByteArray &value, int maxLength)
{
    QList<QByteArray> strings;
    for (qsizetype at = 0; at < value.size(); at += maxLength)
        strings.append(value.mid(at, maxLength));
    if (strings.isEmpty())
        strings.append(QByteArray());
    return strings;
}

QString recordName(const QString &selector, const QString &domain)
{
    return selector + u"._domainkey."_s + domain;
}

QString zoneLine(const QString &selector, const QString &domain, const QString &recordText, int ttl)
{
    QStringList quoted;
    for (const QByteArray &part : splitTxt(recordText.toUtf8())) {
        QString text = QString::fromUtf8(part);
        text.replace(u"\\"_s, u"\\\\"_s).replace(u"\""_s, u"\\\""_s);
        quoted << u'"' + text + u'"';
    }
    return u"%1. %2 IN TXT %3"_s.arg(recordName(selector, domain)).arg(ttl).arg(quoted.join(u' '));
}

Result<QString> validateSelector(const QString &selector, const QString &domain)
{
    const QString lower = selector.trimmed().toLower();
    if (lower.isEmpty())
        return Error{ErrorCode::InvalidInput, Tr::tr("the selector is empty")};
    // RFC 1035 §2.3.4: 253 octets for the whole name, "._domainkey." and the domain included.
    constexpr qsizetype MaxName = 253;
    const qsizetype nameLength = recordName(lower, domain.isEmpty() ? u"x"_s : domain).size();
    if (nameLength > MaxName) {
        if (domain.isEmpty())
            //: %1 a number of characters
            return Error{ErrorCode::InvalidInput,
                         Tr::tr("the selector is too long (at most %1 characters)")
                             .arg(MaxName - recordName({}, u"x"_s).size())};
        //: %1 selector, %2 domain
        return Error{ErrorCode::InvalidInput,
                     Tr::tr("the selector “%1” is too long for the domain %2: the key record "
                            "name would exceed 253 characters")
                         .arg(lower.left(64) + (lower.size() > 64 ? u"…"_s : QString()), domain)};
    }
    for (const QString &label : lower.split(u'.')) {
        if (label.isEmpty())
            return Error{ErrorCode::InvalidInput,
                         Tr::tr("the selector “%1” has an empty label").arg(lower)};
        if (label.size() > 63)
            return Error{ErrorCode::InvalidInput,
                         Tr::tr("the selector label “%1” is longer than 63 characters").arg(label)};
        if (label.startsWith(u'-') || label.endsWith(u'-'))
            return Error{ErrorCode::InvalidInput,
                         Tr::tr("the selector label “%1” starts or ends with a hyphen").arg(label)};
        for (const QChar c : label) {
            if (!((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-'))
                return Error{ErrorCode::InvalidInput,
                             Tr::tr("the selector “%1” contains the character “%2”").arg(lower, c)};
        }
    }
    return lower;
}

QString proposedSelector(const QDate &date, const QStringList &taken)
{
    const QString base = u"s"_s + date.toString(u"yyyyMM"_s);
    QStringList used;
    for (const QString &selector : taken)
        if (const auto valid = validateSelector(selector))
            used << *valid;
    if (!used.contains(base))
        return base;
    for (char suffix = 'b'; suffix <= 'z'; ++suffix) {
        const QString candidate = base + QLatin1Char(suffix);
        if (!used.contains(candidate))
            return candidate;
    }
    return base + date.toString(u"dd"_s) + u"x"_s;
}

} // namespace Sceau::Dkim
