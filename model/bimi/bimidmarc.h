#pragma once

#include "model/bimi/bimicheck.h"
#include "model/dmarc/dmarcdiscovery.h"

#include <QFuture>

namespace Sceau {
namespace Bimi {

// The DMARC state of name as a walk saw it: Found (its own valid record, with the legacy pct=
// if any), None (asked, no usable record), CouldNotCheck (that query failed, or the walk
// stopped before asking it).
DmarcState dmarcStateAt(const Dmarc::Discovery &discovery, const QString &name);

// request with what DMARC discovery (RFC 9989 §4.10 tree walk) says: the organisational
// domain (unless request.orgDomain is set), and the DMARC state of the author and of the
// organisational domain (the org's own record is asked when the walk did not reach it).
// Through resolver, on the event loop; the future always finishes.
QFuture<BimiCheckRequest> withDmarcDiscovery(Dns::Resolver *resolver, BimiCheckRequest request);

// withDmarcDiscovery(), then checkBimi(): what `bimi check` and the BIMI wizard run.
QFuture<BimiCheck> checkBimiWithDmarc(Dns::Resolver *resolver,
                                      const BimiCheckRequest &request,
                                      const Transport::TransportSettings &settings);

} // namespace Bimi
} // namespace Sceau
