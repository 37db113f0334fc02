#pragma once

#include "model/transport/certificatereport.h"
#include "model/transport/portmap.h"

#include <QString>

namespace Sceau {
namespace Transport {

// How Sceau reaches mail and policy servers, for every transport check of an executable
// (SMTP probes, MTA-STS policy fetches, the submission test). Owned by the Session.
struct TransportSettings
{
    PortMap ports;                                  // --port-map: 25=2525,443=8443…
    TrustAnchors anchors;                           // the system store, plus --ca files
    QString heloName = QStringLiteral("localhost"); // what Sceau says in EHLO
    int timeoutMs = 10000;                          // each wait for a server, in milliseconds
    // A server that could not be tested (busy, refused, silent) is tried again after this
    // long, then twice as long (probeDomain, MaxRetries); tests use a short one.
    int retryBackoffMs = 2000;

    bool operator==(const TransportSettings &other) const = default;
};

} // namespace Transport
} // namespace Sceau
