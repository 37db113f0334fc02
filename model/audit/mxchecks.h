#pragma once

#include "model/audit/auditreport.h"
#include "model/dns/lookupresult.h"

namespace Sceau {
namespace Audit {
namespace Checks {

// RFC 1035 §3.3.9: an MX exchange is a host name. True when it is written as an address
// instead ("192.0.2.25", "[192.0.2.25]", "2001:db8::25"): there is nothing to look up.
bool exchangeIsAddress(const QString &exchange);

// The MX records of a domain and what the address lookups of each exchange found (pure, like
// the other checks). Fills hosts (sorted by preference) and returns:
// - mx.missing (no MX), mx.null (exactly one MX, preference 0, exchange "."; RFC 7505 §3),
//   mx.null-preference (a lone "." with another preference), mx.null-mixed ("." beside other
//   MX records); mx.present otherwise;
// - per exchange: mx.exchange-address (written as an address), mx.exchange-alias (a CNAME;
//   RFC 2181 §10.3), dns.lookup-failed for each of its address lookups that failed (could not
//   check that host), and mx.host-no-address only when every address lookup answered and
//   none gave an address.
QList<Finding> mx(const Dns::LookupResult &mx,
                  const QList<Dns::LookupResult> &addressLookups,
                  QList<MxHost> *hosts);

} // namespace Checks
} // namespace Audit
} // namespace Sceau
