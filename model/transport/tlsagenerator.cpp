#include "model/transport/tlsagenerator.h"

#include "model/transport/certificatereport.h"
#include "model/transport/danematcher.h"

#include <openssl/x509.h>

#include <memory>

namespace Sceau::Transport {

namespace {
struct X509Deleter
{
    void operator()(X509 *cert) const { X509_free(cert); }
};

Result<GeneratedTlsa>
make(const QByteArray &der, int depth, TlsaUsage usage, const QString &host, quint16 port)
{
    const auto invalid = [depth](const QString &why) {
        return Error{ErrorCode::InvalidInput,
                     QStringLiteral("certificate %1 of the chain: %2").arg(depth).arg(why)};
    };
    if (der.size() > MaxCertificateSize)
        return invalid(QStringLiteral("too large"));
    const auto *bytes = reinterpret_cast<const unsigned char *>(der.constData());
    std::unique_ptr<X509, X509Deleter> cert(d2i_X509(nullptr, &bytes, long(der.size())));
    if (!cert)
        return invalid(QStringLiteral("not a DER certificate"));
    // RFC 7672 §3.1: selector 1 (SubjectPublicKeyInfo), matching type 1 (SHA-256).
    const auto data = associationData(der, 1, 1);
    if (!data)
        return invalid(QStringLiteral("no public key"));
    GeneratedTlsa generated;
    generated.record = TlsaRecord{quint8(usage), 1, 1, *data};
    generated.depth = depth;
    char *subject = X509_NAME_oneline(X509_get_subject_name(cert.get()), nullptr, 0);
    generated.subject = QString::fromUtf8(subject);
    OPENSSL_free(subject);
    generated.zoneLine
        = QStringLiteral("%1. IN TLSA %2").arg(tlsaName(host, port), generated.record.toText());
    return generated;
}
} // namespace

Result<QList<GeneratedTlsa>>
generateTlsa(const QList<QByteArray> &chain, const QString &host, quint16 port)
{
    if (chain.isEmpty())
        return Error{ErrorCode::InvalidInput,
                     QStringLiteral("the server presented no certificate")};
    QList<GeneratedTlsa> records;
    auto endEntity = make(chain.first(), 0, TlsaUsage::DaneEe, host, port);
    if (!endEntity)
        return endEntity.error();
    records << *endEntity;
    const int top = int(qMin<qsizetype>(chain.size(), MaxChainLength)) - 1;
    if (top > 0) {
        auto anchor = make(chain.at(top), top, TlsaUsage::DaneTa, host, port);
        if (!anchor)
            return anchor.error();
        records << *anchor;
    }
    return records;
}

} // namespace Sceau::Transport
