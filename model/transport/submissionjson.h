#pragma once

#include "model/transport/submissionresult.h"

#include <QJsonObject>

namespace Sceau {
namespace Transport {

// The JSON of `sceau-cli submission test` (docs/cli.md "submission test") but its findings,
// which the caller adds with the catalogue's texts: host, port, connected_port, address,
// server_name, security, account fields given by the caller, outcome, greeting,
// starttls_offered, auth_before_tls[], tls {protocol, cipher, group} or null, certificate or
// null, mechanisms[], mechanism, auth {code, reply} or null, message or null, detail,
// transcript[] (AUTH lines redacted). Nothing in it is secret.
QJsonObject toJson(const SubmissionResult &result);

} // namespace Transport
} // namespace Sceau
