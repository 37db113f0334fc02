#include "model/dkim/privatekey.h"

#include "model/dkim/tr.h"

#include <QCryptographicHash>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

using namespace Qt::StringLiterals;

namespace Sceau::Dkim {

namespace {
struct PkeyFree
{
    void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
};
struct BioFree
{
    void operator()(BIO *b) const { BIO_free(b); }
};
struct MdCtxFree
{
    void operator()(EVP_MD_CTX *c) const { EVP_MD_CTX_free(c); }
};
using PkeyPtr = std::unique_ptr<EVP_PKEY, PkeyFree>;
using BioPtr = std::unique_ptr<BIO, BioFree>;
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, MdCtxFree>;

QString opensslError()
{
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (code == 0)
        return u"OpenSSL"_s;
    char buffer[256];
    ERR_error_string_n(code, buffer, sizeof buffer);
    return QString::fromLatin1(buffer);
}

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, qsizetype(size));
}

// Passphrase callback: never prompts on a terminal, an empty passphrase fails.
int passphraseCallback(char *buffer, int size, int, void *user)
{
    const auto *passphrase = static_cast<const QByteArray *>(user);
    if (!passphrase || passphrase->isEmpty() || passphrase->size() > size)
        return -1;
    memcpy(buffer, passphrase->constData(), size_t(passphrase->size()));
    return int(passphrase->size());
}
} // namespace

struct PrivateKey::Data
{
    PkeyPtr pkey;
};

static Result<PrivateKey> wrap(EVP_PKEY *raw)
{
    PkeyPtr pkey(raw);
    const int id = EVP_PKEY_get_base_id(pkey.get());
    if (id != EVP_PKEY_RSA && id != EVP_PKEY_ED25519)
        return Error{ErrorCode::InvalidInput, Tr::tr("the key is neither RSA nor Ed25519")};
    auto data = std::make_shared<PrivateKey::Data>();
    data->pkey = std::move(pkey);
    return PrivateKey(std::move(data));
}

Result<PrivateKey> PrivateKey::fromEd25519Seed(const QByteArray &seed)
{
    if (seed.size() != 32)
        return Error{ErrorCode::InvalidInput, Tr::tr("an Ed25519 seed is 32 bytes")};
    EVP_PKEY *raw = EVP_PKEY_new_raw_private_key(
        EVP_PKEY_ED25519, nullptr, reinterpret_cast<const unsigned char *>(seed.constData()), 32);
    if (!raw)
        return Error{ErrorCode::InvalidInput, opensslError()};
    return wrap(raw);
}

Result<PrivateKey> PrivateKey::load(const QByteArray &data, const QByteArray &passphrase)
{
    const QByteArray trimmed = data.trimmed();
    if (!trimmed.startsWith("-----BEGIN")) {
        // dkimpy's Ed25519 key file: base64 of the 32-byte seed.
        const auto decoded
            = QByteArray::fromBase64Encoding(trimmed, QByteArray::AbortOnBase64DecodingErrors);
        if (decoded && decoded.decoded.size() == 32)
            return fromEd25519Seed(decoded.decoded);
        return Error{ErrorCode::InvalidInput, Tr::tr("the file is not a PEM private key")};
    }
    BioPtr bio(BIO_new_mem_buf(trimmed.constData(), int(trimmed.size())));
    QByteArray pass = passphrase;
    EVP_PKEY *raw = PEM_read_bio_PrivateKey(bio.get(), nullptr, passphraseCallback, &pass);
    pass.fill('\0');
    if (!raw) {
        const QString detail = opensslError();
        if (trimmed.contains("ENCRYPTED"))
            return Error{ErrorCode::InvalidInput,
                         Tr::tr("the private key could not be decrypted (%1)").arg(detail)};
        return Error{ErrorCode::InvalidInput,
                     Tr::tr("the private key could not be read (%1)").arg(detail)};
    }
    return wrap(raw);
}

KeyAlgorithm PrivateKey::algorithm() const
{
    return EVP_PKEY_get_base_id(m_key->pkey.get()) == EVP_PKEY_ED25519 ? KeyAlgorithm::Ed25519
                                                                       : KeyAlgorithm::Rsa;
}

int PrivateKey::bits() const
{
    return EVP_PKEY_get_bits(m_key->pkey.get());
}

QByteArray PrivateKey::publicKeyData() const
{
    EVP_PKEY *pkey = m_key->pkey.get();
    QByteArray out;
    if (algorithm() == KeyAlgorithm::Ed25519) {
        size_t size = 0;
        EVP_PKEY_get_raw_public_key(pkey, nullptr, &size);
        out.resize(qsizetype(size));
        EVP_PKEY_get_raw_public_key(pkey, reinterpret_cast<unsigned char *>(out.data()), &size);
        return out;
    }
    const int size = i2d_PUBKEY(pkey, nullptr);
    if (size <= 0)
        return {};
    out.resize(size);
    auto *cursor = reinterpret_cast<unsigned char *>(out.data());
    i2d_PUBKEY(pkey, &cursor);
    return out;
}

QByteArray PrivateKey::toPem() const
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!PEM_write_bio_PKCS8PrivateKey(
            bio.get(), m_key->pkey.get(), nullptr, nullptr, 0, nullptr, nullptr))
        return {};
    return bioBytes(bio.get());
}

Result<QByteArray> PrivateKey::toEncryptedPem(const QByteArray &passphrase) const
{
    if (passphrase.isEmpty())
        return Error{ErrorCode::Internal, u"empty passphrase"_s};
    BioPtr bio(BIO_new(BIO_s_mem()));
    QByteArray pass = passphrase;
    const int ok = PEM_write_bio_PKCS8PrivateKey(
        bio.get(), m_key->pkey.get(), EVP_aes_256_cbc(), nullptr, 0, passphraseCallback, &pass);
    pass.fill('\0');
    if (!ok)
        return Error{ErrorCode::Internal, opensslError()};
    return bioBytes(bio.get());
}

Result<QByteArray> PrivateKey::sign(const QByteArray &data) const
{
    MdCtxPtr ctx(EVP_MD_CTX_new());
    const bool ed25519 = algorithm() == KeyAlgorithm::Ed25519;
    QByteArray input = data;
    if (ed25519) // RFC 8463 §3: PureEdDSA over the SHA-256 hash of the canonicalized data
        input = QCryptographicHash::hash(data, QCryptographicHash::Sha256);
    if (EVP_DigestSignInit(
            ctx.get(), nullptr, ed25519 ? nullptr : EVP_sha256(), nullptr, m_key->pkey.get())
        != 1)
        return Error{ErrorCode::Internal, opensslError()};
    const auto *in = reinterpret_cast<const unsigned char *>(input.constData());
    size_t size = 0;
    if (EVP_DigestSign(ctx.get(), nullptr, &size, in, size_t(input.size())) != 1)
        return Error{ErrorCode::Internal, opensslError()};
    QByteArray signature(qsizetype(size), '\0');
    if (EVP_DigestSign(ctx.get(),
                       reinterpret_cast<unsigned char *>(signature.data()),
                       &size,
                       in,
                       size_t(input.size()))
        != 1)
        return Error{ErrorCode::Internal, opensslError()};
    signature.resize(qsizetype(size));
    return signature;
}

} // namespace Sceau::Dkim
