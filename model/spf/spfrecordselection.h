#pragma once

#include "model/dns/lookupresult.h"

#include <QStringList>

namespace Sceau {
namespace Spf {

// RFC 7208 §4.5: the v=spf1 records among a domain's TXT records, each one's strings joined
// (§3.3). Bytes are read as Latin-1 so that non-ASCII content stays visible to the parser.
QStringList spfRecordsIn(const Dns::LookupResult &txt);

// §4.3: a domain check_host() can evaluate: a multi-label name, labels 1–63 octets, no
// domain literal. Anything else gives "none" without a lookup.
bool isCheckableDomain(const QString &domain);

// A name built by macro expansion (any octets in its labels) in the presentation form the
// Dns::Resolver interface takes: "\\DDD" for spaces and non-printable octets (RFC 1035 §5.1).
QString presentationName(const QString &name);

// Lowercase, without the trailing dot.
QString normalizedDomain(QString name);

} // namespace Spf
} // namespace Sceau
