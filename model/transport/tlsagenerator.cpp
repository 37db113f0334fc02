#include "model/transport/tlsagenerator.h"

#include "model/transport/certificatereport.h"

#include <ldns/ldns.h>
#include <openssl/x509.h>

#include <memory>

namespace Sceau::Transport {

namespace {
struct X509Deleter
{
    void operator()(X509 *cert) const { X509_free(cert); }
};
struct RrDeleter
{
    void operator()(ldns_rr *rr) const { ldns_rr_free(rr); }
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
    const auto *data = reinterpret_cast<const unsigned char *>(der.constData());
    std::unique_ptr<X509, X509Deleter> cert(d2i_X509(nullptr, &data, long(der.size())));
    if (!cert)
        return invalid(QStringLiteral("not a DER certificate"));
    ldns_rr *raw = nullptr;
    const ldns_status status = ldns_dane_create_tlsa_rr(&raw,
                                                        static_cast<ldns_tlsa_certificate_usage>(
                                                            usage),
                                                        LDNS_TLSA_SELECTOR_SPKI,
                                                        LDNS_TLSA_MATCHING_TYPE_SHA2_256,
                                                        cert.get());
    std::unique_ptr<ldns_rr, RrDeleter> rr(raw);
    if (status != LDNS_STATUS_OK || ldns_rr_rd_count(rr.get()) != 4)
        return invalid(QString::fromLatin1(ldns_get_errorstr_by_id(status)));
    const ldns_rdf *association = ldns_rr_rdf(rr.get(), 3);
    GeneratedTlsa generated;
    generated.record = TlsaRecord{
        quint8(usage),
        quint8(LDNS_TLSA_SELECTOR_SPKI),
        quint8(LDNS_TLSA_MATCHING_TYPE_SHA2_256),
        QByteArray(reinterpret_cast<const char *>(ldns_rdf_data(association)),
                   qsizetype(ldns_rdf_size(association)))};
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
        return Error{ErrorCode::InvalidInput, QStringLiteral("the server presented no certificate")};
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
