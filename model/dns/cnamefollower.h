#pragma once

#include "model/dns/lookupresult.h"

#include <QFuture>
#include <QObject>

#include <functional>

namespace Sceau {
namespace Dns {

// CNAMEs are followed in one place for every source (DESIGN.md §2): the live source, the
// zone-file overlay, its fallback and --offline all answer through Cname::follow().
namespace Cname {

// CNAME records followed at most before the records must be reached. RFC 1034 §3.6.2 asks a
// resolver to follow chains without fixing a bound; RFC 1912 §2.4 advises against chained
// aliases at all, so eight hops leave ample room for hosted DKIM and DMARC (one or two).
constexpr int MaxHops = 8;

// One question put to one source. The returned LookupResult either has a failed status, or
// says what the source answered for (name, type): rcode, answerSection and the flags. Its
// records and its Answer/NoData/NxDomain status need not be set: follow() decides them.
using Ask = std::function<QFuture<LookupResult>(const QString &name, RrType type)>;

// The lookup of (name, type) with every CNAME followed (RFC 1034 §4.3.2 step 3a, RFC 2181
// §10.1.1): asks ask(name, type) and walks the chain in its answer; while the chain leaves an
// answer at a target it does not carry (NOERROR), asks ask(target, type) and goes on.
// The result:
//  - name and type as asked; records: the RRset of the chain's last name, as Answer;
//  - NoData or NxDomain of the chain's last name (RFC 6604 §3: the rcode speaks of it);
//  - the failure of any question of the chain (its detail names the target);
//  - CnameLoop when the chain comes back to a name already in it, CnameChainTooLong past
//    MaxHops: failures, never NoData (the records' existence is unknown);
//  - answerSection: every answer section received, in order (the chain, then the records);
//    rcode, authoritative and server of the last answer; authenticated only if every answer
//    was; viaTcp if any was; elapsedMs summed.
// The future is finished on return when every ask() answers at once (zone files); otherwise
// it finishes on context's thread, and is canceled if context dies or an ask() is canceled.
QFuture<LookupResult> follow(const QString &name, RrType type, const Ask &ask, QObject *context);

} // namespace Cname
} // namespace Dns
} // namespace Sceau
