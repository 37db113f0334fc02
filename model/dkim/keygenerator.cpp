#include "model/dkim/keygenerator.h"

#include "model/dkim/tr.h"

#include <QtConcurrent>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

using namespace Qt::StringLiterals;

namespace Sceau::Dkim {

namespace {
struct PkeyFree
{
    void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
};
struct CtxFree
{
    void operator()(EVP_PKEY_CTX *c) const { EVP_PKEY_CTX_free(c); }
};
struct BioFree
{
    void operator()(BIO *b) const { BIO_free(b); }
};
using PkeyPtr = std::unique_ptr<EVP_PKEY, PkeyFree>;
using CtxPtr = std::unique_ptr<EVP_PKEY_CTX, CtxFree>;
using BioPtr = std::unique_ptr<BIO, BioFree>;

// OpenSSL's keygen progress callback: returning 0 aborts the generation.
int progress(EVP_PKEY_CTX *ctx)
{
    const auto *cancel = static_cast<const std::atomic_bool *>(EVP_PKEY_CTX_get_app_data(ctx));
    return cancel && cancel->load() ? 0 : 1;
}
} // namespace

Result<KeyPair> generateKeyPair(KeySpec spec, std::shared_ptr<const std::atomic_bool> cancel)
{
    const bool rsa = spec.algorithm == KeyAlgorithm::Rsa;
    if (!KeySpec::supported().contains(spec))
        return Error{ErrorCode::InvalidInput, Tr::tr("unsupported key type %1").arg(spec.token())};
    CtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, rsa ? "RSA" : "ED25519", nullptr));
    if (!ctx || EVP_PKEY_keygen_init(ctx.get()) != 1)
        return Error{ErrorCode::Internal, u"EVP_PKEY_keygen_init"_s};
    if (rsa) {
        if (EVP_PKEY_CTX_set_rsa_keygen_bits(ctx.get(), spec.bits) != 1)
            return Error{ErrorCode::Internal, u"EVP_PKEY_CTX_set_rsa_keygen_bits"_s};
        EVP_PKEY_CTX_set_app_data(ctx.get(), const_cast<std::atomic_bool *>(cancel.get()));
        EVP_PKEY_CTX_set_cb(ctx.get(), progress);
    }
    EVP_PKEY *raw = nullptr;
    const int ok = EVP_PKEY_generate(ctx.get(), &raw);
    PkeyPtr pkey(raw);
    if (cancel && cancel->load()) {
        ERR_clear_error();
        return Error{ErrorCode::Canceled, {}};
    }
    if (ok != 1 || !pkey) {
        ERR_clear_error();
        return Error{ErrorCode::Internal, u"EVP_PKEY_generate"_s};
    }
    // Hand the key to PrivateKey through PKCS#8 in memory (no OpenSSL type crosses headers).
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!PEM_write_bio_PKCS8PrivateKey(
            bio.get(), pkey.get(), nullptr, nullptr, 0, nullptr, nullptr))
        return Error{ErrorCode::Internal, u"PEM_write_bio_PKCS8PrivateKey"_s};
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    QByteArray pem(data, qsizetype(size));
    auto key = PrivateKey::load(pem);
    pem.fill('\0');
    if (!key)
        return key.error();
    return KeyPair{spec, *key, key->publicKeyData()};
}

KeyGenerator::KeyGenerator(QObject *parent)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
}

KeyGenerator::~KeyGenerator()
{
    cancel();
}

QFuture<Result<KeyPair>> KeyGenerator::generate(KeySpec spec)
{
    cancel(); // newest request wins
    m_cancel = std::make_shared<std::atomic_bool>(false);
    std::shared_ptr<const std::atomic_bool> flag = m_cancel;
    return QtConcurrent::run(&m_pool, [spec, flag] { return generateKeyPair(spec, flag); });
}

void KeyGenerator::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

} // namespace Sceau::Dkim
