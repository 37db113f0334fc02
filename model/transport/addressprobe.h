#pragma once

#include "model/transport/certificatereport.h"
#include "model/transport/smtptlsattempt.h"
#include "model/transport/transportsettings.h"

#include <QFuture>
#include <QMap>

#include <optional>

namespace Sceau {
namespace Transport {

// The anchors, EHLO name and timeout of a probe; its port map is applied by the caller that
// builds the endpoint (probeHost).
using ProbeOptions = TransportSettings;

// Everything one address of an MX said about TLS.
struct AddressProbe
{
    SmtpEndpoint endpoint;
    SmtpTlsAttempt attempt; // with a current client (TLS 1.2 or 1.3, the rule)
    // Whether the server completes a handshake limited to each version; a version missing
    // from the map could not be tested (the connection failed for another reason).
    QMap<TlsVersion, bool> accepted;
    std::optional<CertificateReport> certificate; // when the handshake completed
    QString certificateError;                     // why the presented certificate could not be read
};

// Probes endpoint: one STARTTLS attempt with a current client (negotiated version, cipher,
// group, the certificate judged against options.anchors and endpoint.host), then, when the
// server offers STARTTLS, one attempt per protocol version, at the same time, to list the
// versions it accepts (RFC 8996: TLS 1.0 and 1.1 must not be). Asynchronous; finishes once.
QFuture<AddressProbe> probeAddress(const SmtpEndpoint &endpoint, const ProbeOptions &options);

// The sending options of DESIGN.md §2b, applied to one server.
enum class DeliveryMode {
    Default,    // opportunistic: STARTTLS and a verified certificate, else plaintext
    RequireTls, // the same, but not delivered instead of plaintext
    SkipVerify, // encrypted even when the certificate does not verify
};

// What would happen to a message sent to that server.
enum class Delivery {
    EncryptedVerified,
    EncryptedUnverified,
    Plaintext,
    Refused, // not delivered
    CouldNotTest,
};

inline constexpr TokenTable<Delivery, 5> DeliveryTokens{{{
    {Delivery::EncryptedVerified, "encrypted-verified"},
    {Delivery::EncryptedUnverified, "encrypted-unverified"},
    {Delivery::Plaintext, "plaintext"},
    {Delivery::Refused, "refused"},
    {Delivery::CouldNotTest, "could-not-test"},
}}};

// The one rule (DESIGN.md §2b): a 4xx at connect or to EHLO, a refused or silent port is
// could-not-test in every mode; no STARTTLS, a 454 to STARTTLS (RFC 3207 §4.1) or a failed
// handshake is plaintext, or refused under RequireTls; a certificate that does not verify
// (chain, dates, name) is plaintext under Default, refused under RequireTls, encrypted but
// unverified under SkipVerify.
Delivery deliveryOf(const AddressProbe &probe, DeliveryMode mode);

// Whether the presented certificate verifies: trusted chain and the MX host name.
bool certificateVerifies(const AddressProbe &probe);

} // namespace Transport
} // namespace Sceau
