#include "model/transport/tlsengine.h"

#include <QHostAddress>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>

namespace Sceau::Transport {

namespace {
struct CtxFree
{
    void operator()(SSL_CTX *ctx) const { SSL_CTX_free(ctx); }
};
struct SslFree
{
    void operator()(SSL *ssl) const { SSL_free(ssl); }
};
struct PkeyFree
{
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};

int wireVersion(TlsVersion version)
{
    switch (version) {
    case TlsVersion::Tls1_0:
        return TLS1_VERSION;
    case TlsVersion::Tls1_1:
        return TLS1_1_VERSION;
    case TlsVersion::Tls1_2:
        return TLS1_2_VERSION;
    case TlsVersion::Tls1_3:
        return TLS1_3_VERSION;
    }
    return TLS1_2_VERSION;
}

std::optional<TlsVersion> fromWire(int version)
{
    for (const TlsVersion v : AllTlsVersions) {
        if (wireVersion(v) == version)
            return v;
    }
    return std::nullopt;
}

// OpenSSL's error queue, oldest first, as one line; emptied.
QString drainErrors()
{
    QStringList reasons;
    while (const unsigned long code = ERR_get_error()) {
        const char *reason = ERR_reason_error_string(code);
        reasons << (reason ? QString::fromLatin1(reason)
                           : QStringLiteral("error %1").arg(code, 0, 16));
    }
    return reasons.join(QStringLiteral("; "));
}

// The key-exchange group (RFC 8446 §4.2.7, RFC 8422 §5.1.1), or, for a finite-field DHE of TLS
// 1.2 without a named group, "DH-<bits>".
QString negotiatedGroup(SSL *ssl)
{
    if (const int nid = SSL_get_negotiated_group(ssl); nid > 0) {
        if (const char *name = SSL_group_to_name(ssl, nid))
            return QString::fromLatin1(name);
        if (const char *name = OBJ_nid2sn(nid & ~TLSEXT_nid_unknown))
            return QString::fromLatin1(name);
    }
    EVP_PKEY *raw = nullptr;
    if (SSL_get_peer_tmp_key(ssl, &raw) != 1 || !raw)
        return {};
    std::unique_ptr<EVP_PKEY, PkeyFree> key(raw);
    char group[80] = {};
    size_t length = 0;
    if (EVP_PKEY_get_group_name(key.get(), group, sizeof group, &length) == 1 && length > 0)
        return QString::fromLatin1(group, qsizetype(length));
    return QStringLiteral("%1-%2")
        .arg(QString::fromLatin1(EVP_PKEY_get0_type_name(key.get())))
        .arg(EVP_PKEY_get_bits(key.get()));
}
} // namespace

struct TlsEngine::Handles
{
    std::unique_ptr<SSL_CTX, CtxFree> ctx;
    std::unique_ptr<SSL, SslFree> ssl;
    BIO *fromPeer = nullptr; // owned by ssl
    BIO *toPeer = nullptr;   // owned by ssl
};

TlsEngine::TlsEngine(std::unique_ptr<Handles> handles)
    : m_handles(std::move(handles))
{
}

TlsEngine::~TlsEngine() = default;

Result<std::unique_ptr<TlsEngine>> TlsEngine::client(const TlsClientOptions &options)
{
    ERR_clear_error();
    auto handles = std::make_unique<Handles>();
    handles->ctx.reset(SSL_CTX_new(TLS_client_method()));
    if (!handles->ctx)
        return Error{ErrorCode::Internal, drainErrors()};
    SSL_CTX *ctx = handles->ctx.get();
    // The certificate is judged afterwards, on the returned chain (every probe mode reports).
    SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, nullptr);
    if (options.minimum < TlsVersion::Tls1_2) {
        // OpenSSL 3 refuses TLS 1.0/1.1 (SHA-1 and MD5 in the handshake) above level 0; this
        // context only, so that a probe can tell whether the server still accepts them.
        SSL_CTX_set_security_level(ctx, 0);
        SSL_CTX_set_cipher_list(ctx, "DEFAULT:@SECLEVEL=0");
    }
    if (SSL_CTX_set_min_proto_version(ctx, wireVersion(options.minimum)) != 1
        || SSL_CTX_set_max_proto_version(ctx, wireVersion(options.maximum)) != 1)
        return Error{ErrorCode::Internal, drainErrors()};
    handles->ssl.reset(SSL_new(ctx));
    handles->fromPeer = BIO_new(BIO_s_mem());
    handles->toPeer = BIO_new(BIO_s_mem());
    if (!handles->ssl || !handles->fromPeer || !handles->toPeer) {
        BIO_free(handles->fromPeer);
        BIO_free(handles->toPeer);
        return Error{ErrorCode::Internal, drainErrors()};
    }
    SSL_set_bio(handles->ssl.get(), handles->fromPeer, handles->toPeer);
    SSL_set_connect_state(handles->ssl.get());
    // RFC 6066 §3: no IP literal in server_name.
    if (!options.serverName.isEmpty() && QHostAddress(options.serverName).isNull())
        SSL_set_tlsext_host_name(handles->ssl.get(), options.serverName.toLatin1().constData());
    return std::unique_ptr<TlsEngine>(new TlsEngine(std::move(handles)));
}

void TlsEngine::feed(QByteArrayView fromPeer)
{
    if (!fromPeer.isEmpty())
        BIO_write(m_handles->fromPeer, fromPeer.data(), int(fromPeer.size()));
}

QByteArray TlsEngine::takeOutgoing()
{
    QByteArray out(qsizetype(BIO_ctrl_pending(m_handles->toPeer)), Qt::Uninitialized);
    if (out.isEmpty())
        return out;
    const int read = BIO_read(m_handles->toPeer, out.data(), int(out.size()));
    out.truncate(qMax(read, 0));
    return out;
}

TlsEngine::Progress TlsEngine::handshake()
{
    SSL *ssl = m_handles->ssl.get();
    ERR_clear_error();
    const int result = SSL_do_handshake(ssl);
    if (result == 1) {
        m_info.protocol = fromWire(SSL_version(ssl)).value_or(TlsVersion::Tls1_2);
        if (const SSL_CIPHER *cipher = SSL_get_current_cipher(ssl)) {
            const char *standard = SSL_CIPHER_standard_name(cipher);
            m_info.cipher = QString::fromLatin1(standard ? standard : SSL_CIPHER_get_name(cipher));
        }
        m_info.group = negotiatedGroup(ssl);
        m_info.chain.clear();
        if (STACK_OF(X509) *chain = SSL_get_peer_cert_chain(ssl)) {
            for (int i = 0; i < sk_X509_num(chain); ++i) {
                unsigned char *der = nullptr;
                const int length = i2d_X509(sk_X509_value(chain, i), &der);
                if (length > 0)
                    m_info.chain << QByteArray(reinterpret_cast<const char *>(der), length);
                OPENSSL_free(der);
            }
        }
        return Progress::Established;
    }
    const int error = SSL_get_error(ssl, result);
    if (error == SSL_ERROR_WANT_READ || error == SSL_ERROR_WANT_WRITE)
        return Progress::NeedsMore;
    m_failure = drainErrors();
    if (m_failure.isEmpty())
        m_failure = error == SSL_ERROR_ZERO_RETURN ? QStringLiteral("closed by the peer")
                                                   : QStringLiteral("handshake failed");
    return Progress::Failed;
}

bool TlsEngine::encrypt(QByteArrayView plaintext)
{
    SSL *ssl = m_handles->ssl.get();
    if (!SSL_is_init_finished(ssl))
        return false;
    ERR_clear_error();
    size_t written = 0;
    if (!plaintext.isEmpty()
        && SSL_write_ex(ssl, plaintext.data(), size_t(plaintext.size()), &written) != 1) {
        m_failure = drainErrors();
        return false;
    }
    return true;
}

std::optional<QByteArray> TlsEngine::decrypt()
{
    SSL *ssl = m_handles->ssl.get();
    if (!SSL_is_init_finished(ssl))
        return std::nullopt;
    QByteArray plaintext;
    char buffer[4096];
    for (;;) {
        ERR_clear_error();
        size_t read = 0;
        if (SSL_read_ex(ssl, buffer, sizeof buffer, &read) == 1) {
            plaintext.append(buffer, qsizetype(read));
            continue;
        }
        const int error = SSL_get_error(ssl, 0);
        if (error == SSL_ERROR_WANT_READ || error == SSL_ERROR_WANT_WRITE)
            return plaintext; // a partial record, or a post-handshake message (TLS 1.3 ticket)
        if (!plaintext.isEmpty())
            return plaintext; // what came before the end; the next call reports the end
        m_failure
            = error == SSL_ERROR_ZERO_RETURN ? QStringLiteral("closed by the peer") : drainErrors();
        if (m_failure.isEmpty())
            m_failure = QStringLiteral("TLS session failed");
        return std::nullopt;
    }
}

} // namespace Sceau::Transport
