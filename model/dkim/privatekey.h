#pragma once

#include "model/core/result.h"
#include "model/dkim/keyspec.h"

#include <QByteArray>

#include <memory>

namespace Sceau {
namespace Dkim {

// A DKIM signing key (RSA or Ed25519). A value type: copies share one immutable OpenSSL key,
// so it crosses threads freely. OpenSSL types stay inside the .cpp (DESIGN.md §9).
class PrivateKey final
{
public:
    // PEM: PKCS#8 ("PRIVATE KEY"), encrypted PKCS#8 (with passphrase) or PKCS#1 ("RSA PRIVATE
    // KEY"); or the base64 32-byte Ed25519 seed dkimpy uses (RFC 8032 §5.1.5).
    static Result<PrivateKey> load(const QByteArray &data, const QByteArray &passphrase = {});
    static Result<PrivateKey> fromEd25519Seed(const QByteArray &seed);

    bool isNull() const { return !m_key; }
    KeyAlgorithm algorithm() const;
    int bits() const; // RSA modulus size, 256 for Ed25519
    KeySpec spec() const { return {algorithm(), bits()}; }

    // The p= value, decoded: RSA SubjectPublicKeyInfo DER (RFC 6376 §3.6.1), or the raw 32-byte
    // Ed25519 public key (RFC 8463 §4).
    QByteArray publicKeyData() const;

    // Unencrypted PKCS#8 PEM (export only; never written anywhere else).
    QByteArray toPem() const;
    // PKCS#8 encrypted with AES-256-CBC under passphrase (PBES2, RFC 8018): what the workspace
    // stores.
    Result<QByteArray> toEncryptedPem(const QByteArray &passphrase) const;

    // The DKIM signature of already canonicalized data: RSASSA-PKCS1-v1_5 with SHA-256
    // (RFC 6376 §3.3.1), or Ed25519 over the SHA-256 digest of data (RFC 8463 §3).
    Result<QByteArray> sign(const QByteArray &data) const;

    struct Data;
    explicit PrivateKey(std::shared_ptr<const Data> data)
        : m_key(std::move(data))
    {
    }
    PrivateKey() = default;

private:
    std::shared_ptr<const Data> m_key;
};

} // namespace Dkim
} // namespace Sceau
