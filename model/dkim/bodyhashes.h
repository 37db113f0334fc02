#pragma once

#include "model/dkim/canonicalization.h"

#include <QByteArray>
#include <QCryptographicHash>

#include <map>
#include <optional>
#include <tuple>

namespace Sceau {
namespace Dkim {

// The body hashes (bh=, RFC 6376 §3.7) of one message, each computed once however many
// signatures ask: the body is canonicalized at most once per canonicalization (§3.4.3,
// §3.4.4) and hashed at most once per (canonicalization, hash algorithm, l=). Work is then
// bounded by the number of distinct requests, not by the number of signatures.
class BodyHashes
{
public:
    explicit BodyHashes(QByteArray body); // the body as split from the message (CRLF)

    // The hash of the canonical body cut to length (l=, §3.5) when given; std::nullopt when
    // length is longer than the canonical body (§6.1.3).
    std::optional<QByteArray>
    hash(Canonicalization c, QCryptographicHash::Algorithm algorithm, std::optional<qint64> length);

private:
    const QByteArray &canonical(Canonicalization c);

    QByteArray m_body;
    std::optional<QByteArray> m_simple;
    std::optional<QByteArray> m_relaxed;
    std::map<std::tuple<Canonicalization, QCryptographicHash::Algorithm, qint64>,
             std::optional<QByteArray>>
        m_hashes; // l= absent: -1
};

} // namespace Dkim
} // namespace Sceau
