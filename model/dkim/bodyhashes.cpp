#include "model/dkim/bodyhashes.h"

namespace Sceau::Dkim {

BodyHashes::BodyHashes(QByteArray body)
    : m_body(std::move(body))
{
}

const QByteArray &BodyHashes::canonical(Canonicalization c)
{
    std::optional<QByteArray> &slot = c == Canonicalization::Simple ? m_simple : m_relaxed;
    if (!slot)
        slot = canonicalBody(m_body, c);
    return *slot;
}

std::optional<QByteArray> BodyHashes::hash(Canonicalization c,
                                           QCryptographicHash::Algorithm algorithm,
                                           std::optional<qint64> length)
{
    const auto key = std::make_tuple(c, algorithm, length.value_or(-1));
    if (const auto known = m_hashes.find(key); known != m_hashes.end())
        return known->second;
    const QByteArray &body = canonical(c);
    std::optional<QByteArray> result;
    if (!length || *length <= body.size()) { // §6.1.3: l= beyond the body fails
        QCryptographicHash hasher(algorithm);
        hasher.addData(QByteArrayView(body).first(length.value_or(body.size())));
        result = hasher.result();
    }
    m_hashes.emplace(key, result);
    return result;
}

} // namespace Sceau::Dkim
