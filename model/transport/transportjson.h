#pragma once

#include "model/transport/domainprobe.h"

#include <QJsonObject>

namespace Sceau {
namespace Transport {

// The JSON of `sceau-cli tls probe` (docs/cli.md "tls probe") but its findings, which the
// caller adds with the catalogue's texts: host, port, mode, implicit_tls, complete, addresses[]
// (address, server_name, greeting, starttls, protocols, negotiated, certificate, delivery, detail).
// snake_case; dates in ISO 8601 UTC; null where a value could not be tested.
QJsonObject toJson(const HostProbe &probe, DeliveryMode mode);
QJsonObject toJson(const CertificateReport &certificate);
// The `transport` object of `sceau-cli check` (docs/cli.md "check") but its findings, which
// join the report's: domain, route, complete, score (null: could not check), hosts[]
// (preference, exchange, retries, and the tls probe fields of that host under mode).
QJsonObject toJson(const DomainTransport &transport, DeliveryMode mode);

inline constexpr TokenTable<DeliveryMode, 3> DeliveryModeTokens{{{
    {DeliveryMode::Default, "default"},
    {DeliveryMode::RequireTls, "require-tls"},
    {DeliveryMode::SkipVerify, "skip-verify"},
}}};

} // namespace Transport
} // namespace Sceau
