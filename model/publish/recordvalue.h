#pragma once

#include "model/core/result.h"
#include "model/dns/resourcerecord.h"

#include <QStringList>

namespace Sceau {
namespace Publish {

// The one comparison of record values for publishing: two records hold the same value when
// their canonical values are equal, so that `"a" "b"` equals `"ab"` and nothing churns.
// TXT (and SPF): the character-strings joined (what RFC 7208 §3.3 and RFC 6376 §3.6.2.2 read),
// shown with Dns::escapeText; other types: the RDATA fields in ldns' presentation form, domain
// names lowercased without their trailing dot, one space between fields.
QString canonicalValue(const Dns::ResourceRecord &record);

// The largest TXT value Sceau publishes, in octets: far above a DKIM RSA-4096 key (~800), well
// below what one UPDATE or API call carries (a record's RDATA is at most 65535 octets).
inline constexpr qsizetype MaxTextOctets = 8192;

// The canonical value of what a person typed for type: a TXT value not starting with '"' is
// the text itself (one value, split as needed when published); otherwise master-file rdata,
// read by ldns. With origin (the zone), a name without a final dot that is the zone or below it
// is absolute, any other is relative to the zone ("mail", and "@" for the apex), as record
// names are; without origin every name is absolute. InvalidInput when it is not a value of type, a
// number is out of its field's range, or a text passes MaxTextOctets.
Result<QString> canonicalValue(Dns::RrType type, const QString &typed, const QString &origin = {});

// What an RRset of type may hold: a CNAME exactly one value (RFC 2181 §10.1). InvalidInput.
Result<void> checkRrset(Dns::RrType type, const QStringList &values);

// Whether two lists of canonical values are the same RRset: the same values, order aside
// (RFC 2181 §5: an RRset has no order; duplicates are one record).
bool sameRrset(const QStringList &a, const QStringList &b);

// Master-file rdata for a canonical value of type: TXT split into strings of at most 255
// octets (RFC 1035 §3.3.14), each quoted (Dns::quotedText); others as they are.
QString presentationRdata(Dns::RrType type, const QString &value);

} // namespace Publish
} // namespace Sceau
