#pragma once

#include "model/core/finding.h"
#include "model/dns/lookupresult.h"
#include "model/transport/addressprobe.h"

#include <QFuture>
#include <QList>

namespace Sceau {
namespace Dns {
class Resolver;
} // namespace Dns
} // namespace Sceau

namespace Sceau {
namespace Transport {

// One mail server host, every address of it probed.
struct HostProbe
{
    QString host;                     // as given: a name, or an IP literal
    quint16 port = 25;                // the port asked for; endpoints carry options.ports.map(port)
    QList<Dns::LookupResult> lookups; // A and AAAA (none for an IP literal)
    QList<AddressProbe> addresses;    // in address order, IPv4 first
    QList<Finding> findings;          // every address's, then the host's own

    // Some lookup failed or some address could not be tested: the verdict is incomplete.
    bool incomplete() const;
};

// At most this many addresses of one host are probed (the rest are named in a finding).
inline constexpr int MaxAddressesPerHost = 16;

// Resolves host (A and AAAA through resolver, unless it is an IP literal; serverName is then the
// name the certificate must carry, and SNI) and probes every address at once (probeAddress).
// Host findings: dns.lookup-failed for a lookup that failed (could not check, never "no
// address"); tls.no-address when the name has no address at all; tls.inconsistent-mx when
// some addresses offer STARTTLS and others do not, or negotiate differently.
QFuture<HostProbe> probeHost(Dns::Resolver *resolver,
                             const QString &host,
                             quint16 port,
                             const QString &serverName,
                             const ProbeOptions &options);

} // namespace Transport
} // namespace Sceau
