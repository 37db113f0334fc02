#include "model/bimi/markcertificate.h"

#include "model/transport/x509fields.h"

#include <QFile>

#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace Sceau::Bimi {

namespace {
const QString Spec = QStringLiteral("draft-brand-indicators-for-message-identification");
const QString LogotypeRfc = QStringLiteral("RFC 9399 §4");

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
struct EkuFree
{
    void operator()(EXTENDED_KEY_USAGE *eku) const { EXTENDED_KEY_USAGE_free(eku); }
};
using Cert = std::unique_ptr<X509, CertFree>;
using Stack = std::unique_ptr<STACK_OF(X509), StackFree>;

// Every certificate of a PEM text, at most MaxMarkChain.
Stack readPem(const QByteArray &pem)
{
    Stack stack(sk_X509_new_null());
    BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    while (sk_X509_num(stack.get()) <= MaxMarkChain) {
        X509 *cert = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr);
        if (!cert)
            break;
        sk_X509_push(stack.get(), cert);
    }
    BIO_free(bio);
    return stack;
}

bool hasMarkEku(X509 *leaf)
{
    std::unique_ptr<EXTENDED_KEY_USAGE, EkuFree> eku(static_cast<EXTENDED_KEY_USAGE *>(
        X509_get_ext_d2i(leaf, NID_ext_key_usage, nullptr, nullptr)));
    for (int i = 0; eku && i < sk_ASN1_OBJECT_num(eku.get()); ++i) {
        char text[80] = {};
        OBJ_obj2txt(text, sizeof text, sk_ASN1_OBJECT_value(eku.get(), i), 1);
        if (qstrcmp(text, MarkEkuOid) == 0)
            return true;
    }
    return false;
}

// The DER of the logotype extension's value; nullopt when the leaf has none.
std::optional<QByteArray> logotypeDer(X509 *leaf)
{
    ASN1_OBJECT *oid = OBJ_txt2obj(LogotypeOid, 1);
    const int index = X509_get_ext_by_OBJ(leaf, oid, -1);
    ASN1_OBJECT_free(oid);
    if (index < 0)
        return std::nullopt;
    const ASN1_OCTET_STRING *data = X509_EXTENSION_get_data(X509_get_ext(leaf, index));
    return QByteArray(reinterpret_cast<const char *>(ASN1_STRING_get0_data(data)),
                      ASN1_STRING_length(data));
}

// RFC 5280 §6 path validation at now, from the leaf through the file's other certificates to
// one of roots. No purpose is imposed: the mark EKU is judged on its own.
void judgeTrust(const Stack &chain, const MarkCertificateContext &context, MarkCertificate &mark)
{
    std::unique_ptr<X509_STORE, StoreFree> store(X509_STORE_new());
    for (const QByteArray &pem : context.roots) {
        const Stack roots = readPem(pem);
        for (int i = 0; i < sk_X509_num(roots.get()); ++i)
            X509_STORE_add_cert(store.get(), sk_X509_value(roots.get(), i));
    }
    Stack untrusted(sk_X509_new_null());
    for (int i = 1; i < sk_X509_num(chain.get()); ++i) {
        X509 *cert = sk_X509_value(chain.get(), i);
        X509_up_ref(cert);
        sk_X509_push(untrusted.get(), cert);
    }
    std::unique_ptr<X509_STORE_CTX, StoreCtxFree> ctx(X509_STORE_CTX_new());
    if (!ctx
        || X509_STORE_CTX_init(
               ctx.get(), store.get(), sk_X509_value(chain.get(), 0), untrusted.get())
               != 1) {
        mark.trustError = QStringLiteral("cannot set up path validation");
        return;
    }
    X509_VERIFY_PARAM_set_time(X509_STORE_CTX_get0_param(ctx.get()),
                               context.now.toSecsSinceEpoch());
    mark.trusted = X509_verify_cert(ctx.get()) == 1;
    if (!mark.trusted)
        mark.trustError = QString::fromLatin1(
            X509_verify_cert_error_string(X509_STORE_CTX_get_error(ctx.get())));
}

Finding make(const char *id, Severity severity, const QStringList &args, const QString &rfc)
{
    return Finding{QString::fromLatin1(id), severity, args, rfc};
}

void logotypeFindings(X509 *leaf, const MarkCertificateContext &context, MarkCertificate &mark)
{
    const auto der = logotypeDer(leaf);
    if (!der) {
        mark.findings << make("bimi.vmc-no-logotype", Severity::Error, {}, LogotypeRfc);
        return;
    }
    const auto logotype = parseLogotypeExtension(*der);
    if (!logotype) {
        mark.findings << make(
            "bimi.vmc-logotype-invalid", Severity::Error, {logotype.error().detail}, LogotypeRfc);
        return;
    }
    mark.logotype = *logotype;
    mark.logotypeSvg = validateSvgTinyPs(logotype->image);
    if (!mark.logotypeSvg->valid())
        mark.findings << make("bimi.vmc-logotype-svg-invalid", Severity::Error, {}, Spec);
    if (!context.logo)
        return;
    // The indicator shown is the l= logo: it must be the very image the certificate vouches for.
    if (*context.logo == logotype->image)
        mark.findings << make("bimi.vmc-logo-matches", Severity::Ok, {}, Spec);
    else
        mark.findings << make("bimi.vmc-logo-mismatch", Severity::Error, {}, Spec);
}
} // namespace

MarkCertificate inspectMarkCertificate(const QByteArray &pem, const MarkCertificateContext &context)
{
    MarkCertificate mark;
    const Stack chain
        = pem.size() > MaxMarkCertificateFile ? Stack(sk_X509_new_null()) : readPem(pem);
    mark.chainLength = sk_X509_num(chain.get());
    if (mark.chainLength == 0 || mark.chainLength > MaxMarkChain) {
        mark.findings << make("bimi.vmc-unreadable", Severity::Error, {}, Spec);
        return mark;
    }
    X509 *leaf = sk_X509_value(chain.get(), 0);
    mark.subject = Transport::X509Fields::nameLine(X509_get_subject_name(leaf));
    mark.issuer = Transport::X509Fields::nameLine(X509_get_issuer_name(leaf));
    mark.dnsNames = Transport::X509Fields::dnsNames(leaf);
    mark.notBefore = Transport::X509Fields::time(X509_get0_notBefore(leaf));
    mark.notAfter = Transport::X509Fields::time(X509_get0_notAfter(leaf));
    mark.daysLeft = context.now.secsTo(mark.notAfter) / 86400;
    if (context.now.secsTo(mark.notAfter) < 0)
        mark.daysLeft = qMin<qint64>(mark.daysLeft, -1);

    mark.markEku = hasMarkEku(leaf);
    if (!mark.markEku)
        mark.findings << make(
            "bimi.vmc-no-mark-eku", Severity::Error, {QString::fromLatin1(MarkEkuOid)}, Spec);
    logotypeFindings(leaf, context, mark);

    if (!context.domain.isEmpty()) {
        const bool covered
            = std::any_of(mark.dnsNames.cbegin(), mark.dnsNames.cend(), [&](const QString &name) {
                  return name.compare(context.domain, Qt::CaseInsensitive) == 0;
              });
        if (covered)
            mark.findings << make("bimi.vmc-domain-covered", Severity::Ok, {context.domain}, Spec);
        else
            mark.findings << make("bimi.vmc-domain-not-covered",
                                  Severity::Error,
                                  {context.domain, mark.dnsNames.join(QStringLiteral(", "))},
                                  Spec);
    }

    // RFC 5280 §4.1.2.5: valid from notBefore to notAfter.
    if (mark.notBefore.isValid() && context.now < mark.notBefore)
        mark.findings << make("bimi.vmc-not-yet-valid",
                              Severity::Error,
                              {mark.notBefore.toString(Qt::ISODate)},
                              QStringLiteral("RFC 5280 §4.1.2.5"));
    else if (mark.daysLeft < 0)
        mark.findings << make("bimi.vmc-expired",
                              Severity::Error,
                              {mark.notAfter.toString(Qt::ISODate)},
                              QStringLiteral("RFC 5280 §4.1.2.5"));
    else if (mark.daysLeft < context.expiryWarningDays)
        mark.findings << make("bimi.vmc-expires-soon",
                              Severity::Warning,
                              {mark.notAfter.toString(Qt::ISODate), QString::number(mark.daysLeft)},
                              QStringLiteral("RFC 5280 §4.1.2.5"));

    judgeTrust(chain, context, mark);
    if (mark.trusted)
        mark.findings << make(
            "bimi.vmc-trusted", Severity::Ok, {mark.issuer}, QStringLiteral("RFC 5280 §6"));
    else
        mark.findings << make("bimi.vmc-untrusted",
                              Severity::Error,
                              {mark.trustError},
                              QStringLiteral("RFC 5280 §6"));
    return mark;
}

QList<QByteArray> mvaRoots()
{
    QFile file(QStringLiteral(":/bimi/mva-roots.pem"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return {file.readAll()};
}

} // namespace Sceau::Bimi
