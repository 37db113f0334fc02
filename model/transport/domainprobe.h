#pragma once

#include "model/transport/hostprobe.h"
#include "model/transport/mtastspolicy.h"

#include <QFuture>
#include <QList>

#include <optional>

namespace Sceau {
namespace Transport {

// Where a domain's mail goes (RFC 5321 §5.1), as far as the MX lookup tells.
enum class MailRoute {
    MxSet,         // its MX records, in preference order
    ImplicitMx,    // no MX record: the domain's own A/AAAA, as if "MX 0 <domain>" (§5.1)
    NullMx,        // "MX 0 .": the domain accepts no mail (RFC 7505 §3); nothing to probe
    CouldNotCheck, // the MX lookup failed: nothing is known (never "no MX")
};

inline constexpr TokenTable<MailRoute, 4> MailRouteTokens{{{
    {MailRoute::MxSet, "mx"},
    {MailRoute::ImplicitMx, "implicit-mx"},
    {MailRoute::NullMx, "null-mx"},
    {MailRoute::CouldNotCheck, "could-not-check"},
}}};

// One receiving host of the domain and what its addresses said.
struct MxTransport
{
    int preference = 0;
    QString exchange; // normalized host name (the domain itself for the implicit MX)
    HostProbe probe;  // its findings include the retried addresses' final outcome
    int retries = 0;  // address attempts repeated after a could-not-test
};

// The transport of a whole domain: every MX host, every address.
struct DomainTransport
{
    QString domain;
    MailRoute route = MailRoute::CouldNotCheck;
    Dns::LookupResult mxLookup;
    QList<MxTransport> hosts; // preference order (then name), at most MaxMxHosts
    QList<Finding> findings;  // every host's, in order, then the domain's own
    std::optional<int> score; // transportScore(); none when no host could be tested

    // Some lookup failed, or some server could not be tested: the verdict is incomplete.
    bool incomplete() const;
};

// Hosts probed at once. A real MX set has a handful of hosts; 20 covers the largest ones in one
// wave while bounding sockets (each host: its addresses, MaxAddressesPerHost at most, five
// connections each: the current handshake and one per TLS version).
inline constexpr int MaxHostsAtOnce = 20;
// MX records probed, in preference order: the rest are named in tls.mx-not-tested (a DNS answer
// is untrusted input; its work is bounded).
inline constexpr int MaxMxHosts = 32;
// Times an address that could not be tested (DESIGN.md §2b: 4xx, refused, silent) is tried
// again, after TransportSettings::retryBackoffMs, then twice that.
inline constexpr int MaxRetries = 2;

// Looks up the MX records of domain through resolver and probes every host (probeHost, each
// address in parallel), MaxHostsAtOnce at a time, retrying each could-not-test address with
// back-off on a timer. Routes: see MailRoute; a failed MX lookup gives dns.lookup-failed and
// no host. Findings: each host's, then tls.null-mx, tls.implicit-mx, tls.mx-not-tested, and
// downgradeFindings(). The score is transportScore().
//
// The future reports progress (hosts finished of hosts to probe; its text names the last one)
// and finishes with one DomainTransport. Canceling it stops the run: no further host, address
// or retry is started, and it finishes without a result.
QFuture<DomainTransport>
probeDomain(Dns::Resolver *resolver, const QString &domain, const TransportSettings &settings);

// Signs of downgrade across hosts (RFC 3207 §4 makes every MX equally responsible): an
// attacker who blocks the hosts with STARTTLS sends mail to those without. tls.inconsistent-mx
// (args: the domain) when some MX hosts offer working STARTTLS and other hosts do not.
QList<Finding> downgradeFindings(const DomainTransport &transport);

// What the domain's MTA-STS policy (RFC 8461 §5) tells senders; given by the MTA-STS check.
// The MTA-STS downgrade sign, for whoever knows the policy's mode: tls.sts-plaintext-mx (args:
// host, mode token) for each MX host none of whose tested addresses completes STARTTLS — an
// error under enforce (RFC 8461 §5: senders will not deliver to it), a warning under testing
// (they will once enforced); nothing under None.
QList<Finding> stsDowngradeFindings(const DomainTransport &transport, MtaStsMode mode);

} // namespace Transport
} // namespace Sceau
