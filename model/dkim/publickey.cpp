#include "model/dkim/publickey.h"

#include "model/dkim/tr.h"

#include <QCryptographicHash>

#include <openssl/decoder.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

using namespace Qt::StringLiterals;

namespace Sceau::Dkim {

namespace {
struct PkeyFree
{
    void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
};
struct MdCtxFree
{
    void operator()(EVP_MD_CTX *c) const { EVP_MD_CTX_free(c); }
};
using PkeyPtr = std::unique_ptr<EVP_PKEY, PkeyFree>;
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, MdCtxFree>;

// An RSA SubjectPublicKeyInfo in DER (RFC 6376 §3.6.1, p=), decoded by OpenSSL's decoder.
// OpenSSL 3.0 spends most of d2i_PUBKEY() building the decoder context anew for every key
// (openssl/openssl#15199, #17950; 3.2 caches it), so each thread keeps one context and decodes
// every key through it. Returns null when data is not exactly one such structure; the caller
// then tries the slower general paths, which also say what else the data is.
PkeyPtr decodeRsaSpki(const unsigned char *bytes, size_t size)
{
    struct Decoder
    {
        EVP_PKEY *out = nullptr; // where the context writes each key it decodes
        OSSL_DECODER_CTX *context = OSSL_DECODER_CTX_new_for_pkey(
            &out, "DER", "SubjectPublicKeyInfo", "RSA", EVP_PKEY_PUBLIC_KEY, nullptr, nullptr);
        ~Decoder() { OSSL_DECODER_CTX_free(context); }
    };
    thread_local Decoder decoder;
    if (!decoder.context)
        return {};
    decoder.out = nullptr;
    const unsigned char *cursor = bytes;
    size_t left = size;
    const bool decoded = OSSL_DECODER_from_data(decoder.context, &cursor, &left) == 1;
    PkeyPtr pkey(std::exchange(decoder.out, nullptr));
    if (!decoded || left != 0)
        pkey.reset();
    return pkey;
}
} // namespace

struct PublicKey::Data
{
    PkeyPtr pkey;
};

Result<PublicKey> PublicKey::fromRecordData(KeyAlgorithm algorithm, const QByteArray &data)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(data.constData());
    PkeyPtr pkey;
    if (algorithm == KeyAlgorithm::Ed25519) {
        if (data.size() != 32) // RFC 8463 §4: the raw 32-byte public key
            return Error{ErrorCode::InvalidInput,
                         Tr::tr("an Ed25519 public key is 32 bytes, not %1").arg(data.size())};
        pkey.reset(EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr, bytes, 32));
    } else {
        pkey = decodeRsaSpki(bytes, size_t(data.size()));
        const unsigned char *cursor = bytes + data.size();
        if (!pkey) {
            cursor = bytes;
            pkey.reset(d2i_PUBKEY(nullptr, &cursor, long(data.size())));
        }
        if (!pkey || cursor != bytes + data.size()) {
            cursor = bytes; // a bare RSAPublicKey (PKCS#1)
            pkey.reset(d2i_PublicKey(EVP_PKEY_RSA, nullptr, &cursor, long(data.size())));
            if (pkey && cursor != bytes + data.size())
                pkey.reset();
        }
        if (pkey && EVP_PKEY_get_base_id(pkey.get()) != EVP_PKEY_RSA)
            return Error{ErrorCode::InvalidInput, Tr::tr("the p= key is not an RSA key")};
    }
    ERR_clear_error();
    if (!pkey)
        return Error{ErrorCode::InvalidInput, Tr::tr("the p= value is not a valid public key")};
    auto shared = std::make_shared<Data>();
    shared->pkey = std::move(pkey);
    return PublicKey(std::move(shared));
}

KeyAlgorithm PublicKey::algorithm() const
{
    return EVP_PKEY_get_base_id(m_key->pkey.get()) == EVP_PKEY_ED25519 ? KeyAlgorithm::Ed25519
                                                                       : KeyAlgorithm::Rsa;
}

int PublicKey::bits() const
{
    return EVP_PKEY_get_bits(m_key->pkey.get());
}

QByteArray PublicKey::spkiDer() const
{
    const int size = i2d_PUBKEY(m_key->pkey.get(), nullptr);
    if (size <= 0)
        return {};
    QByteArray out(size, '\0');
    auto *cursor = reinterpret_cast<unsigned char *>(out.data());
    i2d_PUBKEY(m_key->pkey.get(), &cursor);
    return out;
}

bool PublicKey::verify(const QByteArray &data,
                       const QByteArray &signature,
                       HashAlgorithm hash) const
{
    const bool ed25519 = algorithm() == KeyAlgorithm::Ed25519;
    if (ed25519 && hash != HashAlgorithm::Sha256)
        return false;
    QByteArray input = data;
    if (ed25519) // RFC 8463 §3
        input = QCryptographicHash::hash(data, QCryptographicHash::Sha256);
    const EVP_MD *md
        = ed25519 ? nullptr : (hash == HashAlgorithm::Sha1 ? EVP_sha1() : EVP_sha256());
    MdCtxPtr ctx(EVP_MD_CTX_new());
    bool ok = EVP_DigestVerifyInit(ctx.get(), nullptr, md, nullptr, m_key->pkey.get()) == 1
              && EVP_DigestVerify(ctx.get(),
                                  reinterpret_cast<const unsigned char *>(signature.constData()),
                                  size_t(signature.size()),
                                  reinterpret_cast<const unsigned char *>(input.constData()),
                                  size_t(input.size()))
                     == 1;
    ERR_clear_error();
    return ok;
}

} // namespace Sceau::Dkim
