#pragma once

#include "model/core/result.h"
#include "model/spf/spfdraft.h"
#include "model/spf/spftree.h"

#include <QStringList>

namespace Sceau {
namespace Spf {

// Flattening: an include (RFC 7208 §5.2) replaced by the ip4:/ip6: terms of the addresses it
// authorises, to save DNS-querying terms (§4.6.4). The ranges are a snapshot: they go stale
// when the provider changes its addresses.
//
// include is the subtree of one include of the draft (SpfTreeBuilder over the live DNS).
// Refused, with a translated reason in Error::detail, when the branch:
//  - could not be fetched entirely (a failed lookup, or over the tree's work budget: its
//    addresses are unknown);
//  - is a permanent error (no record, several, syntax, loop, too deep): flattening would
//    turn a permerror into passes;
//  - depends on the message: macros (§7), ptr (§5.5) or exists (§5.7);
//  - has a mechanism with a qualifier other than "+" (the include matches only on pass, and
//    the first match decides, so a union of ranges would be wrong), or +all.
// a and mx are fine: they resolve to the addresses listed in the tree. The tree holds the
// redirect= that applies only (§6.1). Void lookups simply authorise nothing.
Result<QStringList> flattenedTerms(const SpfTreeNode &include); // "ip4:…", "ip6:…", canonical

// The draft with include:<include.domain> replaced by those terms (deduplicated against the
// draft's ranges) and the domain added to SpfDraft::flattened.
Result<SpfDraft> flattenInclude(const SpfDraft &draft, const SpfTreeNode &include);

} // namespace Spf
} // namespace Sceau
