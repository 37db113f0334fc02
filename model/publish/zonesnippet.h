#pragma once

#include "model/publish/publisher.h"

namespace Sceau {
namespace Publish {

// The RRset as master-file lines (RFC 1035 §5.1, as BIND and Knot read them), for users whose
// DNS has no API (issue #11 §6): one "owner. TTL IN TYPE rdata" line per value, the owner
// absolute, TXT split into quoted strings of at most 255 octets (presentationRdata). values:
// canonical values; ttl in seconds.
QString zoneSnippet(const RrsetRef &ref, const QStringList &values, quint32 ttl);

} // namespace Publish
} // namespace Sceau
