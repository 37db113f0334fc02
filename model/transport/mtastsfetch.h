#pragma once

#include "model/transport/httpsfetch.h"

namespace Sceau {
namespace Transport {

// What became of fetching https://mta-sts.<domain>/.well-known/mta-sts.txt (RFC 8461 §3.3):
// an HttpsFetch (Fetched: body holds the policy; WrongContentType: not text/plain).
using MtaStsFetch = HttpsFetch;
inline constexpr const auto &MtaStsFetchOutcomes = HttpsFetchOutcomes;
inline constexpr int MaxMtaStsAddresses = MaxHttpsAddresses;

// The policy host of a Policy Domain: "mta-sts." + domain.
QString mtaStsPolicyHost(const QString &domain);

// Fetches the policy of domain through fetchHttps(): GET /.well-known/mta-sts.txt at
// mta-sts.<domain>, port 443 mapped through settings.ports, the media type text/plain
// (RFC 8461 §3.2), at most MaxMtaStsPolicySize bytes. The future always finishes.
QFuture<MtaStsFetch> fetchMtaStsPolicy(Dns::Resolver *resolver,
                                       const QString &domain,
                                       const TransportSettings &settings);

} // namespace Transport
} // namespace Sceau
