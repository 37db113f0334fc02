#include "model/publish/zonesnippet.h"

#include "model/dns/recordtext.h"
#include "model/publish/recordvalue.h"

namespace Sceau::Publish {

namespace {
// rdata whose domain names are absolute (with the root's dot), so that a zone file's $ORIGIN
// never extends them (RFC 1035 §5.1): ldns reads the canonical value's names as absolute.
QString absoluteRdata(Dns::RrType type, const QString &value)
{
    const QString rdata = presentationRdata(type, value);
    if (type == Dns::RrType::TXT || type == Dns::RrType::SPF)
        return rdata;
    const auto record = Dns::parseRecord(QStringLiteral("value.invalid"), type, 0, rdata);
    return record ? record->rdata.join(u' ') : rdata;
}
} // namespace

QString zoneSnippet(const RrsetRef &ref, const QStringList &values, quint32 ttl)
{
    QString lines;
    for (const QString &value : values)
        lines += QStringLiteral("%1. %2 IN %3 %4\n")
                     .arg(ref.owner)
                     .arg(ttl)
                     .arg(Dns::typeName(ref.type), absoluteRdata(ref.type, value));
    return lines;
}

} // namespace Sceau::Publish
