#include "model/dkim/taglist.h"

#include "model/dkim/tr.h"
#include "model/dns/textescape.h"

#include <QSet>

namespace Sceau::Dkim {

static bool isWsp(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

// At most 64 characters of hostile text in a message.
static QString excerpt(const QByteArray &text)
{
    return Dns::escapeText(text.left(64)) + (text.size() > 64 ? QStringLiteral("…") : QString());
}

Result<QList<Tag>> parseTagList(QByteArrayView text)
{
    QList<Tag> tags;
    QSet<QByteArray> names;
    qsizetype at = 0;
    while (at <= text.size()) {
        qsizetype end = text.indexOf(';', at);
        const bool last = end < 0;
        if (last)
            end = text.size();
        const QByteArray spec = text.sliced(at, end - at).trimmed().toByteArray();
        at = end + 1;
        if (spec.isEmpty()) {
            if (last) // §3.2: a trailing ";" is allowed
                break;
            return Error{ErrorCode::InvalidInput, Tr::tr("empty tag in the tag list")};
        }
        const qsizetype equals = spec.indexOf('=');
        if (equals <= 0)
            return Error{ErrorCode::InvalidInput,
                         Tr::tr("“%1” is not a tag=value pair").arg(excerpt(spec))};
        Tag tag{spec.left(equals).trimmed(), spec.mid(equals + 1).trimmed()};
        // tag-name = ALPHA *ALNUMPUNC
        const QByteArray &name = tag.name;
        bool valid = !name.isEmpty() && std::isalpha(static_cast<unsigned char>(name.front()));
        for (const char c : name)
            valid = valid && (std::isalnum(static_cast<unsigned char>(c)) || c == '_');
        if (!valid)
            return Error{ErrorCode::InvalidInput,
                         Tr::tr("“%1” is not a valid tag name").arg(excerpt(name))};
        if (names.contains(tag.name))
            return Error{ErrorCode::InvalidInput,
                         Tr::tr("the tag “%1” appears twice").arg(excerpt(tag.name))};
        if (tags.size() == MaxTags)
            //: %1 a number of tags
            return Error{ErrorCode::InvalidInput,
                         Tr::tr("the tag list has more than %1 tags").arg(MaxTags)};
        names.insert(tag.name);
        tags.append(tag);
    }
    return tags;
}

QByteArray stripWhitespace(QByteArrayView value)
{
    QByteArray out;
    out.reserve(value.size());
    for (const char c : value) {
        if (!isWsp(c))
            out.append(c);
    }
    return out;
}

} // namespace Sceau::Dkim
