#pragma once

#include "model/dns/lookupresult.h"

namespace Sceau {
namespace Spf {

// RFC 7208 §4.6.4, defined once for the evaluator, the tree, the validator and the wizard.
inline constexpr int MaxLookups = 10;      // DNS-querying terms of one check_host()
inline constexpr int MaxVoidLookups = 2;   // lookups with no answer (SHOULD limit to two)
inline constexpr int MaxNamesPerTerm = 10; // MX records of one mx term, PTR names of ptr / %{p}

// The include tree's work budget (no RFC rule: a generous multiple of the limits above, so a
// tree any receiver would evaluate is shown whole, and a hostile one stays bounded). Past it,
// the rest is marked "not followed". A tree this large is past MaxLookups anyway.
inline constexpr int MaxTreeNodes = 10 * MaxLookups; // records fetched
// DNS queries the tree may send: 5 full evaluations' worth (a TXT per record, an MX per mx
// term, A and AAAA for each of up to MaxNamesPerTerm hosts).
inline constexpr int MaxTreeQueries = 5 * MaxLookups * (2 + 2 * MaxNamesPerTerm);

// §4.6.4: a void lookup is one that answered NXDOMAIN or with no records. A failure (timeout,
// SERVFAIL…) is never void (Dns::isFailure), and neither is a name that was never queried
// (malformed: no rcode).
inline bool isVoidLookup(const Dns::LookupResult &result)
{
    return !Dns::isFailure(result.status) && result.rcode >= 0 && result.records.isEmpty();
}

} // namespace Spf
} // namespace Sceau
