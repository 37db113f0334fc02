#pragma once

#include "model/core/result.h"
#include "model/publish/publisher.h"

namespace Sceau {
namespace Publish {

// The RRset as master-file lines (RFC 1035 §5.1, as BIND and Knot read them), for users whose
// DNS has no API (issue #11 §6): one "owner. TTL IN TYPE rdata" line per value, the owner
// absolute, TXT split into quoted strings of at most 255 octets (presentationRdata). values:
// canonical values; ttl in seconds.
QString zoneSnippet(const RrsetRef &ref, const QStringList &values, quint32 ttl);

// One RRset read back from master-file lines with absolute owners (as the wizards' models and
// zoneSnippet() write them): owner (no trailing dot), type, canonical values, TTL (the first
// record's). InvalidInput when the lines do not parse (ZoneFileReader's reason), hold no
// record, or hold records of more than one owner and type.
struct SnippetRrset
{
    QString owner;
    Dns::RrType type = Dns::RrType::TXT;
    QStringList values;
    quint32 ttl = 0;
};
Result<SnippetRrset> rrsetOfSnippet(const QString &lines);

} // namespace Publish
} // namespace Sceau
