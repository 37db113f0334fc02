#include "model/dkim/taglist.h"

#include "model/dkim/tr.h"
#include "model/dns/textescape.h"

namespace Sceau::Dkim {

static bool isWsp(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

Result<QList<Tag>> parseTagList(QByteArrayView text)
{
    QList<Tag> tags;
    const QList<QByteArray> specs = text.toByteArray().split(';');
    for (qsizetype i = 0; i < specs.size(); ++i) {
        const QByteArray spec = specs.at(i).trimmed();
        if (spec.isEmpty()) {
            if (i == specs.size() - 1) // §3.2: a trailing ";" is allowed
                break;
            return Error{ErrorCode::InvalidInput, Tr::tr("empty tag in the tag list")};
        }
        const qsizetype equals = spec.indexOf('=');
        if (equals <= 0)
            return Error{ErrorCode::InvalidInput,
                         Tr::tr("“%1” is not a tag=value pair").arg(Dns::escapeText(spec))};
        Tag tag{spec.left(equals).trimmed(), spec.mid(equals + 1).trimmed()};
        // tag-name = ALPHA *ALNUMPUNC
        const QByteArray &name = tag.name;
        bool valid = !name.isEmpty() && std::isalpha(static_cast<unsigned char>(name.front()));
        for (const char c : name)
            valid = valid && (std::isalnum(static_cast<unsigned char>(c)) || c == '_');
        if (!valid)
            return Error{ErrorCode::InvalidInput,
                         Tr::tr("“%1” is not a valid tag name").arg(Dns::escapeText(name))};
        for (const Tag &existing : std::as_const(tags)) {
            if (existing.name == tag.name)
                return Error{ErrorCode::InvalidInput,
                             Tr::tr("the tag “%1” appears twice").arg(Dns::escapeText(tag.name))};
        }
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
