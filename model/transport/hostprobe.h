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
// name the certificate must carry, and SNI) and probes every address at once (probeAddress),
// with STARTTLS or, for security ImplicitTls, TLS from the first byte (RFC 8314 §3).
// findings: hostFindings(probe).
QFuture<HostProbe> probeHost(Dns::Resolver *resolver,
                             const QString &host,
                             quint16 port,
                             const QString &serverName,
                             const ProbeOptions &options,
                             SmtpSecurity security = SmtpSecurity::StartTls);

// The findings of a probed host, from its lookups and addresses: dns.lookup-failed for a lookup
// that failed (could not check, never "no address"); tls.no-address when every lookup answered
// and none gave an address; every address's (addressFindings); tls.inconsistent-mx when some
// addresses offer STARTTLS and others do not. Call it again after replacing an address's probe.
QList<Finding> hostFindings(const HostProbe &probe);

} // namespace Transport
} // namespace Sceau
