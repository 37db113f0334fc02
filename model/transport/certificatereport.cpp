#include "model/transport/certificatereport.h"

#include "model/dns/textescape.h"
#include "model/transport/tr.h"
#include "model/transport/x509fields.h"

#include <QFile>
#include <QHostAddress>
#include <QTimeZone>

#include <openssl/asn1.h>
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>

#include <memory>

namespace Sceau::Transport {

namespace {
struct CertFree
{
    void operator()(X509 *cert) const { X509_free(cert); }
};
struct StackFree
{
    void operator()(STACK_OF(X509) * stack) const { sk_X509_pop_free(stack, X509_free); }
};
struct StoreFree
{
    void operator()(X509_STORE *store) const { X509_STORE_free(store); }
};
struct StoreCtxFree
{
    void operator()(X509_STORE_CTX *ctx) const { X509_STORE_CTX_free(ctx); }
};
using Cert = std::unique_ptr<X509, CertFree>;

Cert parse(const QByteArray &der)
{
    if (der.size() > MaxCertificateSize)
        return nullptr;
    const auto *data = reinterpret_cast<const unsigned char *>(der.constData());
    Cert cert(d2i_X509(nullptr, &data, long(der.size())));
    // Trailing bytes after the certificate: not a DER certificate.
    if (cert && data != reinterpret_cast<const unsigned char *>(der.constData()) + der.size())
        return nullptr;
    return cert;
}

void readKey(X509 *leaf, CertificateReport &report)
{
    EVP_PKEY *key = X509_get0_pubkey(leaf);
    if (!key)
        return;
    report.keyType = QString::fromLatin1(EVP_PKEY_get0_type_name(key)).toUpper();
    report.keyBits = EVP_PKEY_get_bits(key);
}

// Path validation at now, for a TLS server (RFC 5280 §6, purpose sslserver).
void judgeTrust(X509 *leaf,
                const QList<QByteArray> &chain,
                const TrustAnchors &anchors,
                const QDateTime &now,
                CertificateReport &report)
{
    std::unique_ptr<X509_STORE, StoreFree> store(X509_STORE_new());
    if (anchors.system)
        X509_STORE_set_default_paths(store.get());
    for (const QString &file : anchors.caFiles) {
        if (X509_STORE_load_file(store.get(), QFile::encodeName(file).constData()) != 1) {
            ERR_clear_error();
            //: %1 a file of trusted certificates given by the user
            report.trustError = Tr::tr("the CA file %1 could not be read").arg(file);
            return;
        }
    }
    std::unique_ptr<STACK_OF(X509), StackFree> untrusted(sk_X509_new_null());
    for (qsizetype i = 1; i < chain.size(); ++i) {
        if (Cert cert = parse(chain.at(i)))
            sk_X509_push(untrusted.get(), cert.release());
    }
    std::unique_ptr<X509_STORE_CTX, StoreCtxFree> ctx(X509_STORE_CTX_new());
    if (!ctx || X509_STORE_CTX_init(ctx.get(), store.get(), leaf, untrusted.get()) != 1) {
        report.trustError = QStringLiteral("internal error");
        return;
    }
    X509_STORE_CTX_set_purpose(ctx.get(), X509_PURPOSE_SSL_SERVER);
    X509_VERIFY_PARAM_set_time(X509_STORE_CTX_get0_param(ctx.get()), now.toSecsSinceEpoch());
    report.trusted = X509_verify_cert(ctx.get()) == 1;
    if (!report.trusted)
        report.trustError = QString::fromLatin1(
            X509_verify_cert_error_string(X509_STORE_CTX_get_error(ctx.get())));
    ERR_clear_error();
}

// RFC 6125 §6.4.3 / RFC 7817 §3: "*" only as the complete left-most label, one label.
bool matchesName(X509 *leaf, const QString &name)
{
    const QByteArray host = name.toLatin1();
    if (!QHostAddress(name).isNull())
        return X509_check_ip_asc(leaf, host.constData(), 0) == 1;
    return X509_check_host(leaf,
                           host.constData(),
                           size_t(host.size()),
                           X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS,
                           nullptr)
           == 1;
}
} // namespace

Result<CertificateReport> inspectCertificate(const QList<QByteArray> &chain,
                                             const QString &name,
                                             const TrustAnchors &anchors,
                                             const QDateTime &now)
{
    if (chain.isEmpty())
        return Error{ErrorCode::InvalidInput, Tr::tr("the server sent no certificate")};
    if (chain.size() > MaxChainLength)
        //: %1 how many certificates the server sent, %2 the most Sceau reads
        return Error{ErrorCode::InvalidInput,
                     Tr::tr("the server sent %1 certificates; at most %2 are read")
                         .arg(chain.size())
                         .arg(MaxChainLength)};
    const Cert leaf = parse(chain.first());
    if (!leaf)
        return Error{ErrorCode::InvalidInput, Tr::tr("the server's certificate could not be read")};
    CertificateReport report;
    report.subject = X509Fields::nameLine(X509_get_subject_name(leaf.get()));
    report.issuer = X509Fields::nameLine(X509_get_issuer_name(leaf.get()));
    report.dnsNames = X509Fields::dnsNames(leaf.get());
    report.notBefore = X509Fields::time(X509_get0_notBefore(leaf.get()));
    report.notAfter = X509Fields::time(X509_get0_notAfter(leaf.get()));
    const qint64 seconds = now.secsTo(report.notAfter);
    report.daysLeft = seconds >= 0 ? seconds / 86400 : -((-seconds + 86399) / 86400);
    readKey(leaf.get(), report);
    report.signatureAlgorithm = QString::fromLatin1(OBJ_nid2ln(X509_get_signature_nid(leaf.get())));
    judgeTrust(leaf.get(), chain, anchors, now, report);
    report.nameMatches = !name.isEmpty() && matchesName(leaf.get(), name);
    ERR_clear_error();
    return report;
}

} // namespace Sceau::Transport
