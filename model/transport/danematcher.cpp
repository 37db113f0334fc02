#include "model/transport/danematcher.h"

#include "model/transport/certificatereport.h"

#include <openssl/asn1.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace Sceau::Transport {

namespace {
struct X509Deleter
{
    void operator()(X509 *cert) const { X509_free(cert); }
};
struct StackDeleter
{
    void operator()(STACK_OF(X509) * stack) const { sk_X509_pop_free(stack, X509_free); }
};
using X509Ptr = std::unique_ptr<X509, X509Deleter>;

X509Ptr parse(const QByteArray &der)
{
    if (der.isEmpty() || der.size() > MaxCertificateSize)
        return nullptr;
    const auto *data = reinterpret_cast<const unsigned char *>(der.constData());
    return X509Ptr(d2i_X509(nullptr, &data, long(der.size())));
}

// The certificate association data of cert (RFC 6698 §2.1.2-2.1.3): the DER of the whole
// certificate (selector 0) or of its SubjectPublicKeyInfo (1), as is (matching 0) or its
// SHA-256 (1) or SHA-512 (2) digest. OpenSSL's encoders and digests; not ldns_dane_cert2rdf,
// which leaks a public key reference per call (X509_get_pubkey without EVP_PKEY_free).
std::optional<QByteArray> dataOf(X509 *cert, quint8 selector, quint8 matchingType)
{
    unsigned char *der = nullptr;
    const int size = selector == 0   ? i2d_X509(cert, &der)
                     : selector == 1 ? i2d_X509_PUBKEY(X509_get_X509_PUBKEY(cert), &der)
                                     : -1;
    if (size <= 0)
        return std::nullopt;
    const QByteArray selected(reinterpret_cast<const char *>(der), size);
    OPENSSL_free(der);
    const EVP_MD *md = matchingType == 1   ? EVP_sha256()
                       : matchingType == 2 ? EVP_sha512()
                                           : nullptr;
    if (matchingType == 0)
        return selected;
    if (!md)
        return std::nullopt;
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(selected.constData(), size_t(selected.size()), digest, &length, md, nullptr)
        != 1)
        return std::nullopt;
    return QByteArray(reinterpret_cast<const char *>(digest), int(length));
}

bool hasData(const TlsaRecord &record, X509 *cert)
{
    return dataOf(cert, record.selector, record.matchingType) == record.data;
}
} // namespace

std::optional<QByteArray>
associationData(const QByteArray &certificate, quint8 selector, quint8 matchingType)
{
    const X509Ptr cert = parse(certificate);
    return cert ? dataOf(cert.get(), selector, matchingType) : std::nullopt;
}

bool certificateHasData(const TlsaRecord &record, const QByteArray &certificate)
{
    const X509Ptr cert = parse(certificate);
    return cert && record.selector <= 1 && record.matchingType <= 2 && hasData(record, cert.get());
}

std::optional<QByteArray> certificateDer(const QByteArray &pemOrDer)
{
    if (pemOrDer.size() > 4 * MaxCertificateSize)
        return std::nullopt;
    if (parse(pemOrDer))
        return pemOrDer;
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(
        BIO_new_mem_buf(pemOrDer.constData(), int(pemOrDer.size())), &BIO_free);
    const X509Ptr cert(bio ? PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    unsigned char *der = nullptr;
    const int size = cert ? i2d_X509(cert.get(), &der) : -1;
    if (size <= 0)
        return std::nullopt;
    QByteArray bytes(reinterpret_cast<const char *>(der), size);
    OPENSSL_free(der);
    return bytes;
}

std::optional<QDateTime> certificateNotAfter(const QByteArray &certificate)
{
    const X509Ptr cert = parse(certificate);
    struct tm tm = {};
    if (!cert || ASN1_TIME_to_tm(X509_get0_notAfter(cert.get()), &tm) != 1)
        return std::nullopt;
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday),
                     QTime(tm.tm_hour, tm.tm_min, tm.tm_sec),
                     Qt::UTC);
}

TlsaMatch matchTlsa(const TlsaRecord &record,
                    const QList<QByteArray> &chain,
                    const QStringList &referenceNames)
{
    using V = TlsaMatch::Verdict;
    if (!usableForSmtp(record.usage))
        return {V::Unusable, -1, {}};
    if (record.selector > 1 || record.matchingType > 2)
        return {V::Unsupported, -1, {}};
    std::vector<X509Ptr> certs;
    for (const QByteArray &der : chain.mid(0, MaxChainLength)) {
        X509Ptr cert = parse(der);
        if (!cert)
            break; // the chain ends at the first certificate that cannot be read
        certs.push_back(std::move(cert));
    }
    if (certs.empty())
        return {V::NotMatched, -1, QStringLiteral("no readable certificate in the chain")};
    // DANE-EE matches the leaf only (RFC 7672 §3.1.1); DANE-TA any certificate of the chain.
    const bool endEntity = record.usage == quint8(TlsaUsage::DaneEe);
    int depth = -1;
    for (size_t i = 0; i < (endEntity ? 1 : certs.size()) && depth < 0; ++i) {
        if (hasData(record, certs[i].get()))
            depth = int(i);
    }
    if (depth < 0)
        return {V::NotMatched, -1, {}};
    if (endEntity)
        return {V::Matched, depth, {}};
    // DANE-TA (RFC 7672 §3.1.2): the matched certificate is the trust anchor; the leaf must
    // chain up to it through what the server sent (OpenSSL's path validation, dates checked).
    std::unique_ptr<X509_STORE, decltype(&X509_STORE_free)> store(X509_STORE_new(),
                                                                  &X509_STORE_free);
    std::unique_ptr<STACK_OF(X509), StackDeleter> untrusted(sk_X509_new_null());
    std::unique_ptr<X509_STORE_CTX, decltype(&X509_STORE_CTX_free)> context(X509_STORE_CTX_new(),
                                                                            &X509_STORE_CTX_free);
    if (!store || !untrusted || !context
        || X509_STORE_add_cert(store.get(), certs[depth].get()) != 1)
        return {V::ChainInvalid, depth, QStringLiteral("out of memory")};
    X509_STORE_set_flags(store.get(), X509_V_FLAG_PARTIAL_CHAIN);
    for (size_t i = 1; i < certs.size(); ++i) {
        X509_up_ref(certs[i].get());
        sk_X509_push(untrusted.get(), certs[i].get());
    }
    if (X509_STORE_CTX_init(context.get(), store.get(), certs[0].get(), untrusted.get()) != 1
        || X509_verify_cert(context.get()) != 1)
        return {V::ChainInvalid,
                depth,
                QString::fromLatin1(
                    X509_verify_cert_error_string(X509_STORE_CTX_get_error(context.get())))};
    // RFC 7672 §3.2.3: with DANE-TA the leaf must name the MX host or the TLSA base domain.
    for (const QString &name : referenceNames) {
        const QByteArray ascii = name.toLatin1();
        if (X509_check_host(certs[0].get(),
                            ascii.constData(),
                            size_t(ascii.size()),
                            X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS,
                            nullptr)
            == 1)
            return {V::Matched, depth, {}};
    }
    return {V::NameMismatch, depth, referenceNames.join(QStringLiteral(", "))};
}

} // namespace Sceau::Transport
