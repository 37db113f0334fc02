#pragma once

#include "model/core/tokentable.h"

#include <QByteArray>
#include <QString>

namespace Sceau {
namespace Dns {

// TSIG MAC algorithms Sceau signs with (RFC 8945 §6: HMAC-SHA256 is mandatory to implement).
enum class TsigAlgorithm { HmacSha256, HmacSha512 };
inline constexpr TokenTable<TsigAlgorithm, 2> TsigAlgorithms{{{
    {TsigAlgorithm::HmacSha256, "hmac-sha256"},
    {TsigAlgorithm::HmacSha512, "hmac-sha512"},
}}};

// A TSIG key (RFC 8945): its name (a domain name, as the server's configuration spells it),
// algorithm and shared secret. The secret comes from the keychain and goes only into the MAC:
// never into a log, an error text or a file.
struct TsigKey
{
    QString name;
    TsigAlgorithm algorithm = TsigAlgorithm::HmacSha256;
    QByteArray secret; // raw bytes (what `tsig-keygen` prints in base64, decoded)
};

} // namespace Dns
} // namespace Sceau
