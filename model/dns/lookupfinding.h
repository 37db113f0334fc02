#pragma once

#include "model/core/finding.h"
#include "model/dns/lookupresult.h"

namespace Sceau {
namespace Dns {

// dns.lookup-failed for a failed lookup (DESIGN.md §3, "could not check"): a warning, never a
// posture error (isCouldNotCheck); args name, type, status token, detail. Every module that
// reports a failed lookup makes it here.
Finding lookupFailedFinding(const LookupResult &lookup);

} // namespace Dns
} // namespace Sceau
