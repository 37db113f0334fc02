#include "model/core/domainname.h"

#include "model/core/tr.h"

#include <QUrl>

namespace Sceau::DomainName {

Result<QString> fromUserInput(const QString &input)
{
    QString name = input.trimmed();
    // A pasted URL ("https://Example.test/path"): the name is its host. A bare "name/path" stays
    // an error, as it may not be a URL at all.
    if (name.contains(QStringLiteral("://"))) {
        const QUrl url(name, QUrl::StrictMode);
        if (url.isValid() && !url.host().isEmpty())
            name = url.host();
    }
    if (name.endsWith(u'.'))
        name.chop(1);
    if (name.isEmpty())
        return Error{ErrorCode::InvalidInput, Core::Tr::tr("the domain name is empty")};
    const QByteArray ace = QUrl::toAce(name);
    if (ace.isEmpty())
        return Error{ErrorCode::InvalidInput,
                     Core::Tr::tr("“%1” is not a valid internationalized domain name").arg(name)};
    const QString ascii = QString::fromLatin1(ace).toLower();
    if (ascii.size() > 253)
        return Error{ErrorCode::InvalidInput,
                     Core::Tr::tr("the domain name is longer than 253 characters")};
    const QStringList labels = ascii.split(u'.');
    for (const QString &label : labels) {
        if (label.isEmpty())
            return Error{ErrorCode::InvalidInput,
                         Core::Tr::tr("“%1” contains an empty label").arg(ascii)};
        if (label.size() > 63)
            return Error{ErrorCode::InvalidInput,
                         Core::Tr::tr("the label “%1” is longer than 63 characters").arg(label)};
        for (const QChar c : label) {
            const bool ok
                = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-' || c == u'_';
            if (!ok)
                return Error{
                    ErrorCode::InvalidInput,
                    Core::Tr::tr("the label “%1” contains the character “%2”").arg(label, c)};
        }
    }
    return ascii;
}

QString forDisplay(const QString &name)
{
    if (!name.contains(QStringLiteral("xn--"), Qt::CaseInsensitive))
        return name;
    const QString unicode = QUrl::fromAce(name.toLatin1(), QUrl::IgnoreIDNWhitelist);
    return unicode.isEmpty() ? name : unicode;
}

bool isSubdomainOf(const QString &name, const QString &zone)
{
    if (zone.isEmpty())
        return true;
    if (name.size() == zone.size())
        return name == zone;
    return name.size() > zone.size() && name.endsWith(zone)
           && name.at(name.size() - zone.size() - 1) == u'.';
}

QString lowercase(QString name)
{
    bool upper = false;
    for (const QChar c : std::as_const(name)) {
        if (c.unicode() >= 0x80)
            return std::move(name).toLower();
        upper = upper || (c >= u'A' && c <= u'Z');
    }
    if (!upper)
        return name;
    for (QChar &c : name) {
        if (c >= u'A' && c <= u'Z')
            c = QChar(c.unicode() + (u'a' - u'A'));
    }
    return name;
}

} // namespace Sceau::DomainName
