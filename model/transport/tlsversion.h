#pragma once

#include "model/core/tokentable.h"

namespace Sceau {
namespace Transport {

// The TLS protocol versions a probe can ask for, oldest first.
enum class TlsVersion { Tls1_0, Tls1_1, Tls1_2, Tls1_3 };

// JSON keys and CLI words: "tls1_0" … "tls1_3".
inline constexpr TokenTable<TlsVersion, 4> TlsVersionTokens{{{
    {TlsVersion::Tls1_0, "tls1_0"},
    {TlsVersion::Tls1_1, "tls1_1"},
    {TlsVersion::Tls1_2, "tls1_2"},
    {TlsVersion::Tls1_3, "tls1_3"},
}}};

inline constexpr TlsVersion AllTlsVersions[]
    = {TlsVersion::Tls1_0, TlsVersion::Tls1_1, TlsVersion::Tls1_2, TlsVersion::Tls1_3};

// RFC 8996 §2–3: TLS 1.0 and 1.1 are deprecated and MUST NOT be negotiated; a server that still
// accepts them is flagged. TLS 1.2 or higher is the rule (RFC 8996 §5, RFC 9325 §3.1.1).
constexpr bool isObsolete(TlsVersion version)
{
    return version < TlsVersion::Tls1_2;
}

} // namespace Transport
} // namespace Sceau
