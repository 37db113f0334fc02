#include "model/transport/danematcher.h"

#include "model/transport/certificatereport.h"


#include <ldns/ldns.h>
#include <openssl/asn1.h>
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
struct RrDeleter
{
    void operator()(ldns_rr *rr) const { ldns_rr_free(rr); }
};
struct RdfDeleter
{
    void operator()(ldns_rdf *rdf) const { ldns_rdf_deep_free(rdf); }
};
using X509Ptr = std::unique_ptr<X509, X509Deleter>;

X509Ptr parse(const QByteArray &der)
{
    if (der.isEmpty() || der.size() > MaxCertificateSize)
        return nullptr;
    const auto *data = reinterpret_cast<const unsigned char *>(der.constData());
    return X509Ptr(d2i_X509(nullptr, &data, long(der.size())));
}

std::unique_ptr<ldns_rr, RrDeleter> toLdns(const TlsaRecord &record)
{
    ldns_rr *rr = nullptr;
    const QByteArray text
        = QStringLiteral("_25._tcp.tlsa.invalid. 0 IN TLSA %1").arg(record.toText()).toLatin1();
    if (ldns_rr_new_frm_str(&rr, text.constData(), 0, nullptr, nullptr) != LDNS_STATUS_OK)
        return nullptr;
    return std::unique_ptr<ldns_rr, RrDeleter>(rr);
}

// The selected, matched data of cert (ldns_dane_cert2rdf: RFC 6698 §2.1.2-2.1.3).
bool hasData(const TlsaRecord &record, X509 *cert)
{
    ldns_rdf *raw = nullptr;
    if (ldns_dane_cert2rdf(&raw,
                           cert,
                           static_cast<ldns_tlsa_selector>(record.selector),
                           static_cast<ldns_tlsa_matching_type>(record.matchingType))
        != LDNS_STATUS_OK)
        return false;
    std::unique_ptr<ldns_rdf, RdfDeleter> rdf(raw);
    return QByteArrayView(ldns_rdf_data(rdf.get()), qsizetype(ldns_rdf_size(rdf.get())))
           == QByteArrayView(record.data);
}
} // namespace

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
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new_mem_buf(pemOrDer.constData(),
                                                                  int(pemOrDer.size())),
                                                  &BIO_free);
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
    const auto rr = toLdns(record);
    std::unique_ptr<STACK_OF(X509), StackDeleter> extra(sk_X509_new_null());
    for (size_t i = 1; i < certs.size(); ++i) {
        X509_up_ref(certs[i].get());
        sk_X509_push(extra.get(), certs[i].get());
    }
    const ldns_status status
        = rr ? ldns_dane_verify_rr(rr.get(), certs[0].get(), extra.get(), nullptr)
             : LDNS_STATUS_ERR;
    if (status != LDNS_STATUS_OK)
        return {endEntity ? V::NotMatched : V::ChainInvalid,
                depth,
                QString::fromLatin1(ldns_get_errorstr_by_id(status))};
    if (endEntity)
        return {V::Matched, depth, {}};
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
