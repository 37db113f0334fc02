#pragma once

#include "model/core/result.h"
#include "model/dkim/keyspec.h"

#include <QByteArray>

#include <memory>

namespace Sceau {
namespace Dkim {

enum class HashAlgorithm { Sha1, Sha256 };

// A verification key decoded from a key record's p= tag (RFC 6376 §3.6.1, RFC 8463 §4).
class PublicKey final
{
public:
    // RSA: SubjectPublicKeyInfo DER (as RFC 6376 specifies) or a bare RSAPublicKey (PKCS#1),
    // which deployed verifiers accept too. Ed25519: the raw 32-byte key.
    static Result<PublicKey> fromRecordData(KeyAlgorithm algorithm, const QByteArray &data);

    KeyAlgorithm algorithm() const;
    int bits() const;
    QByteArray spkiDer() const; // SubjectPublicKeyInfo (Ed25519 included), to compare keys

    // True when signature is the DKIM signature of data (see PrivateKey::sign). Ed25519 only
    // pairs with SHA-256 (RFC 8463 §3).
    bool verify(const QByteArray &data, const QByteArray &signature, HashAlgorithm hash) const;

    struct Data;
    explicit PublicKey(std::shared_ptr<const Data> data)
        : m_key(std::move(data))
    {
    }

private:
    std::shared_ptr<const Data> m_key;
};

} // namespace Dkim
} // namespace Sceau
