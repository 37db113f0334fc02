#pragma once

#include "model/audit/auditreport.h"
#include "model/dns/lookupresult.h"
#include "model/spf/spfpublication.h"

namespace Sceau {
namespace Audit {
namespace Checks {

// Pure checks over lookup results: no I/O, so the same answers give the same findings whether
// they came from a server or a zone file. A failed lookup gives dns.lookup-failed and nothing
// else: "could not check" is never "missing" (DESIGN.md §2).

Finding lookupFailed(const Dns::LookupResult &lookup);

// The record lists hold the TXT values escaped for people (Dns::escapeText()).
// RFC 7208 §4.5: the domain's v=spf1 records, exactly one of them (Spf::Publication selects
// them, by the same rule as the validator and the evaluator).
QList<Finding> spf(const Spf::Publication &publication, QStringList *records);
// DMARC is judged by model/dmarc (Dmarc::checkDmarc: the RFC 9989 tree walk and its findings).

} // namespace Checks
} // namespace Audit
} // namespace Sceau
