#pragma once

// Internal to model/dns: conversions between ldns structures and Sceau's value types.
// Included only from .cpp files of this folder; ldns never appears in public headers.

#include "model/dns/resourcerecord.h"

#include <ldns/ldns.h>

namespace Sceau {
namespace Dns {
namespace Ldns {

QString dnameToString(const ldns_rdf *dname); // normalized: lowercase, no trailing dot
ResourceRecord toResourceRecord(const ldns_rr *rr);

} // namespace Ldns
} // namespace Dns
} // namespace Sceau
