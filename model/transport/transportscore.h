#pragma once

#include "model/transport/addressprobe.h"

#include <QList>

#include <optional>

namespace Sceau {
namespace Transport {

struct MxTransport;

// The transport score of one address, 0–100, or none when it could not be tested:
// no working STARTTLS 0; encrypted with a certificate that does not verify (chain, dates, name)
// 40; encrypted and verified 100; then less 20 when TLS 1.0 or 1.1 is still accepted (RFC 8996)
// and less 10 when the certificate expires within ExpiringDays; never below 0.
std::optional<int> addressScore(const AddressProbe &probe);

// The per-domain transport score (docs/cli.md "check", transport.score), 0–100, or none when
// no address of any host could be tested ("could not check").
//
// Each host's score is the mean of its tested addresses' scores; hosts are weighed by their
// preference: the hosts of the lowest preference value weigh 1, those of the next value 1/2,
// then 1/4… (senders try MX in preference order, RFC 5321 §5.1, so the first group carries
// nearly all mail; equal preferences weigh the same). The score is the weighted mean over the hosts
// with at least one tested address, rounded. Hosts that could not be tested do not count.
std::optional<int> transportScore(const QList<MxTransport> &hosts);

} // namespace Transport
} // namespace Sceau
