#include "model/publish/zonesnippet.h"

#include "model/dns/recordtext.h"
#include "model/dns/zonefilereader.h"
#include "model/publish/recordvalue.h"
#include "model/publish/tr.h"

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

Result<SnippetRrset> rrsetOfSnippet(const QString &lines)
{
    // Absolute owners: the origin is never used, but the reader needs one.
    const auto zone = Dns::ZoneFileReader::read(lines.toUtf8(), QStringLiteral("invalid"));
    if (!zone)
        return Error{ErrorCode::InvalidInput, zone.error().detail};
    SnippetRrset rrset;
    for (const Dns::ResourceRecord &record : zone->records) {
        if (rrset.owner.isEmpty()) {
            rrset.owner = record.owner;
            rrset.type = record.type;
            rrset.ttl = record.ttl;
        } else if (record.owner != rrset.owner || record.type != rrset.type) {
            return Error{ErrorCode::InvalidInput,
                         Tr::tr("the lines hold records of more than one name or type")};
        }
        rrset.values << canonicalValue(record);
    }
    if (rrset.owner.isEmpty())
        return Error{ErrorCode::InvalidInput, Tr::tr("the lines hold no record")};
    return rrset;
}

} // namespace Sceau::Publish
