#include "tls/testpki.h"

#include <QDir>
#include <QFile>

#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace Sceau::Test {

namespace {
struct KeyFree
{
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};
struct CertFree
{
    void operator()(X509 *cert) const { X509_free(cert); }
};
using Key = std::unique_ptr<EVP_PKEY, KeyFree>;
using Cert = std::unique_ptr<X509, CertFree>;

[[noreturn]] void fail(const char *what)
{
    qFatal("test PKI: %s failed", what);
}

Key makeKey(const QString &type) // "ec" (P-256) or "rsa:BITS"
{
    const int bits = type.section(u':', 1).toInt();
    EVP_PKEY *key = type.startsWith(u"rsa")
                        ? EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(bits > 0 ? bits : 2048))
                        : EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256");
    if (!key)
        fail("key generation");
    return Key(key);
}

void addExtension(X509 *cert, X509 *issuer, int nid, const QString &value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.toLatin1().constData());
    if (!ext || X509_add_ext(cert, ext, -1) != 1)
        fail("certificate extension");
    X509_EXTENSION_free(ext);
}

// A certificate for subject's key, signed by signer (itself when issuer is null).
Cert makeCertificate(EVP_PKEY *subjectKey,
                     const QString &commonName,
                     const QStringList &names,
                     X509 *issuer,
                     EVP_PKEY *signer,
                     int notBeforeDays,
                     int days,
                     bool ca)
{
    static long serial = 1;
    Cert cert(X509_new());
    X509 *x = cert.get();
    X509_set_version(x, 2);
    ASN1_INTEGER_set(X509_get_serialNumber(x), ++serial);
    X509_gmtime_adj(X509_getm_notBefore(x), long(notBeforeDays) * 86400);
    X509_gmtime_adj(X509_getm_notAfter(x), long(notBeforeDays + days) * 86400);
    X509_set_pubkey(x, subjectKey);
    X509_NAME *name = X509_get_subject_name(x);
    X509_NAME_add_entry_by_txt(
        name,
        "CN",
        MBSTRING_UTF8,
        reinterpret_cast<const unsigned char *>(commonName.toUtf8().constData()),
        -1,
        -1,
        0);
    X509_set_issuer_name(x, issuer ? X509_get_subject_name(issuer) : name);
    X509 *issuing = issuer ? issuer : x;
    if (ca) {
        addExtension(x, issuing, NID_basic_constraints, QStringLiteral("critical,CA:TRUE"));
        addExtension(x, issuing, NID_key_usage, QStringLiteral("critical,keyCertSign,cRLSign"));
    } else {
        addExtension(x, issuing, NID_basic_constraints, QStringLiteral("CA:FALSE"));
        addExtension(x, issuing, NID_ext_key_usage, QStringLiteral("serverAuth"));
    }
    addExtension(x, issuing, NID_subject_key_identifier, QStringLiteral("hash"));
    if (!names.isEmpty()) {
        QStringList entries;
        for (const QString &n : names)
            entries << QStringLiteral("DNS:") + n;
        addExtension(x, issuing, NID_subject_alt_name, entries.join(u','));
    }
    if (X509_sign(x, signer, EVP_sha256()) <= 0)
        fail("signing");
    return cert;
}

QByteArray pem(X509 *cert)
{
    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_X509(bio, cert);
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    QByteArray out(data, length);
    BIO_free(bio);
    return out;
}

QByteArray pem(EVP_PKEY *key)
{
    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PrivateKey(bio, key, nullptr, nullptr, 0, nullptr, nullptr);
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    QByteArray out(data, length);
    BIO_free(bio);
    return out;
}

void write(const QString &path, const QByteArray &data)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        qFatal("test PKI: cannot write %s", qPrintable(path));
}

Key readKey(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        fail("reading the CA key");
    const QByteArray data = file.readAll();
    BIO *bio = BIO_new_mem_buf(data.constData(), int(data.size()));
    Key key(PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr));
    BIO_free(bio);
    if (!key)
        fail("reading the CA key");
    return key;
}

Cert readCert(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        fail("reading the CA certificate");
    const QByteArray data = file.readAll();
    BIO *bio = BIO_new_mem_buf(data.constData(), int(data.size()));
    Cert cert(PEM_read_bio_X509(bio, nullptr, nullptr, nullptr));
    BIO_free(bio);
    if (!cert)
        fail("reading the CA certificate");
    return cert;
}
} // namespace

TestPki::TestPki(const QString &directory)
    : m_dir(directory)
    , m_caCert(QDir(directory).filePath(QStringLiteral("ca.pem")))
    , m_caKey(QDir(directory).filePath(QStringLiteral("ca-key.pem")))
{
    const Key key = makeKey(QStringLiteral("ec"));
    const Cert cert = makeCertificate(
        key.get(), QStringLiteral("Sceau Test CA"), {}, nullptr, key.get(), -1, 60, true);
    write(m_caCert, pem(cert.get()));
    write(m_caKey, pem(key.get()));
}

TestPki::Issued TestPki::issue(const QString &label,
                               const QStringList &names,
                               int notBeforeDays,
                               int days,
                               const QString &keyType) const
{
    const Key caKey = readKey(m_caKey);
    const Cert caCert = readCert(m_caCert);
    const Key key = makeKey(keyType);
    const Cert leaf = makeCertificate(
        key.get(), names.value(0), names, caCert.get(), caKey.get(), notBeforeDays, days, false);
    const QDir dir(m_dir);
    const Issued issued{dir.filePath(label + QStringLiteral(".pem")),
                        dir.filePath(label + QStringLiteral("-key.pem")),
                        m_caCert};
    write(issued.certificate, pem(leaf.get()) + pem(caCert.get()));
    write(issued.key, pem(key.get()));
    return issued;
}

TestPki::Issued TestPki::selfSigned(const QString &label, const QStringList &names) const
{
    const Key key = makeKey(QStringLiteral("ec"));
    const Cert cert
        = makeCertificate(key.get(), names.value(0), names, nullptr, key.get(), -1, 30, false);
    const QDir dir(m_dir);
    const Issued issued{dir.filePath(label + QStringLiteral(".pem")),
                        dir.filePath(label + QStringLiteral("-key.pem")),
                        {}};
    write(issued.certificate, pem(cert.get()));
    write(issued.key, pem(key.get()));
    return issued;
}

} // namespace Sceau::Test
