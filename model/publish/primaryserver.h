#pragma once

#include "model/core/result.h"
#include "model/dns/nameserver.h"

#include <QFuture>
#include <QObject>

namespace Sceau {
namespace Dns {
class Resolver;
} // namespace Dns
} // namespace Sceau

namespace Sceau {
namespace Publish {

// Where RFC 2136 UPDATEs for zone go (RFC 2136 §4: the primary master, normally the SOA
// MNAME): host when the user set one (an address, or a name resolved through resolver),
// otherwise the MNAME of zone's SOA; its first IPv4 address (else IPv6), on port. Fails with
// the lookup's error when a lookup failed (never "no primary"), NotFound when the SOA or the
// host has no address. Finishes on context's thread.
QFuture<Result<Dns::NameServer>> findPrimary(Dns::Resolver *resolver,
                                             const QString &zone,
                                             const QString &host,
                                             quint16 port,
                                             QObject *context);

} // namespace Publish
} // namespace Sceau
