#include "model/dns/rrtype.h"

#include <ldns/ldns.h>

namespace Sceau::Dns {

QString typeName(RrType type)
{
    char *text = ldns_rr_type2str(static_cast<ldns_rr_type>(type));
    const QString name = QString::fromLatin1(text);
    free(text);
    return name;
}

std::optional<RrType> typeFromName(const QString &name)
{
    const QByteArray upper = name.trimmed().toUpper().toLatin1();
    if (upper.isEmpty())
        return std::nullopt;
    const ldns_rr_type type = ldns_get_rr_type_by_name(upper.constData());
    if (type == 0)
        return std::nullopt;
    return static_cast<RrType>(type);
}

} // namespace Sceau::Dns
