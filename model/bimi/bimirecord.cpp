#include "model/bimi/bimirecord.h"

#include "model/bimi/tr.h"
#include "model/dkim/keyrecord.h"
#include "model/dns/textescape.h"

#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace Sceau::Bimi {

namespace {
const QByteArray Version = QByteArrayLiteral("v=BIMI1");

Error invalid(const QString &reason)
{
    return Error{ErrorCode::InvalidInput, reason};
}

// l= and a= (draft, "Assertion Record Definition"): empty, or one URI whose scheme is https
// (the indicator and the evidence are only fetched over HTTPS).
bool isHttpsUri(const QString &value)
{
    const QUrl url(value, QUrl::StrictMode);
    return url.isValid() && url.scheme() == QLatin1StringView("https") && !url.host().isEmpty()
           && url.userInfo().isEmpty();
}
} // namespace

bool isBimiCandidate(const QByteArray &text)
{
    // The draft: the record begins with "v=BIMI1", exactly (case matters); "v=BIMI12" is not.
    const QByteArray start = text.trimmed();
    if (!start.startsWith(Version))
        return false;
    return start.size() == Version.size() || start.at(Version.size()) == ';'
           || start.at(Version.size()) == ' ' || start.at(Version.size()) == '\t';
}

Result<BimiRecord> parseBimiRecord(const QByteArray &text)
{
    if (text.size() > MaxBimiRecordLength)
        return invalid(Tr::tr("the record is longer than %1 characters").arg(MaxBimiRecordLength));
    if (!isBimiCandidate(text))
        return invalid(Tr::tr("the record does not begin with v=BIMI1"));
    static const QRegularExpression tagName(QStringLiteral("^[A-Za-z][A-Za-z0-9_]*$"));
    static const QRegularExpression localPart(
        QStringLiteral("^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}$"));
    QList<QByteArray> fields = text.trimmed().mid(Version.size()).split(';');
    if (!fields.first().trimmed().isEmpty())
        return invalid(Tr::tr("v=BIMI1 must be followed by \";\""));
    fields.removeFirst();
    BimiRecord record;
    QSet<QString> seen;
    for (const QByteArray &raw : std::as_const(fields)) {
        const QString field = QString::fromLatin1(raw).trimmed();
        if (field.isEmpty())
            continue; // a final ";" (or ";;")
        const qsizetype eq = field.indexOf(u'=');
        if (eq <= 0)
            //: %1 a field of the record, as published
            return invalid(Tr::tr("\"%1\" is not a tag=value pair").arg(field));
        const QString name = field.left(eq).trimmed();
        const QString value = field.mid(eq + 1).trimmed();
        if (!tagName.match(name).hasMatch())
            return invalid(Tr::tr("\"%1\" is not a tag=value pair").arg(field));
        // Tag names are case-sensitive and each appears at most once (tag-list rules of
        // RFC 6376 §3.2, which the draft's record syntax follows).
        if (seen.contains(name))
            //: %1 a tag name such as l
            return invalid(Tr::tr("the tag %1= appears more than once").arg(name));
        seen.insert(name);
        if (name == QLatin1StringView("v")) {
            return invalid(Tr::tr("the tag v= appears more than once"));
        } else if (name == QLatin1StringView("l") || name == QLatin1StringView("a")) {
            if (!value.isEmpty() && !isHttpsUri(value))
                //: %1 the tag (l or a), %2 its value
                return invalid(
                    Tr::tr("%1= must be empty or one https URL, not \"%2\"").arg(name, value));
            (name == QLatin1StringView("l") ? record.location : record.authority) = value;
        } else if (name == QLatin1StringView("avp")) {
            const auto preference = AvatarPreferences.valueIgnoringCase(value);
            if (!preference || *preference == AvatarPreference::Unset)
                //: %1 the value as published; brand and personal are tokens, not translated
                return invalid(Tr::tr("avp= must be brand or personal, not \"%1\"").arg(value));
            record.avatarPreference = *preference;
        } else if (name == QLatin1StringView("lps")) {
            const QStringList parts = value.split(u',');
            if (parts.size() > MaxLocalPartSelectors)
                return invalid(
                    Tr::tr("lps= lists more than %1 local-parts").arg(MaxLocalPartSelectors));
            for (const QString &part : parts) {
                if (!localPart.match(part.trimmed()).hasMatch())
                    //: %1 one entry of lps= as published
                    return invalid(Tr::tr("lps= entry \"%1\" is not a local-part").arg(part));
                record.localPartSelectors << part.trimmed();
            }
        } else {
            record.unknownTags << field; // ignored, as the draft says of unknown tags
        }
    }
    if (!seen.contains(QStringLiteral("l")))
        return invalid(Tr::tr("the record has no l= tag"));
    return record;
}

QString bimiRecordText(const BimiRecord &record)
{
    QString text = QStringLiteral("v=BIMI1; l=%1; a=%2;").arg(record.location, record.authority);
    if (record.avatarPreference != AvatarPreference::Unset)
        text += QStringLiteral(" avp=%1;").arg(AvatarPreferences.token(record.avatarPreference));
    if (!record.localPartSelectors.isEmpty())
        text += QStringLiteral(" lps=%1;").arg(record.localPartSelectors.join(u','));
    return text;
}

QString
bimiZoneLine(const QString &selector, const QString &domain, const BimiRecord &record, int ttl)
{
    QStringList quoted;
    for (const QByteArray &part : Dkim::splitTxt(bimiRecordText(record).toUtf8()))
        quoted << Dns::quotedText(part);
    return QStringLiteral("%1._bimi.%2. %3 IN TXT %4")
        .arg(selector, domain)
        .arg(ttl)
        .arg(quoted.join(u' '));
}

} // namespace Sceau::Bimi
