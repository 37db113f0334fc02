#include "model/transport/x509fields.h"

#include "model/dns/textescape.h"

#include <QTimeZone>

#include <openssl/asn1.h>
#include <openssl/bio.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace Sceau::Transport::X509Fields {

namespace {
struct NamesFree
{
    void operator()(GENERAL_NAMES *names) const { GENERAL_NAMES_free(names); }
};
} // namespace

QString nameLine(const X509_NAME *name)
{
    BIO *bio = BIO_new(BIO_s_mem());
    X509_NAME_print_ex(bio, name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB);
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    const QString line = QString::fromUtf8(data, length);
    BIO_free(bio);
    return line;
}

QDateTime time(const ASN1_TIME *time)
{
    struct tm parts = {};
    if (!time || ASN1_TIME_to_tm(time, &parts) != 1)
        return {};
    return QDateTime(QDate(parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday),
                     QTime(parts.tm_hour, parts.tm_min, parts.tm_sec),
                     Qt::UTC);
}

QStringList dnsNames(X509 *certificate)
{
    QStringList names;
    std::unique_ptr<GENERAL_NAMES, NamesFree> general(static_cast<GENERAL_NAMES *>(
        X509_get_ext_d2i(certificate, NID_subject_alt_name, nullptr, nullptr)));
    if (!general)
        return names;
    for (int i = 0; i < sk_GENERAL_NAME_num(general.get()); ++i) {
        const GENERAL_NAME *entry = sk_GENERAL_NAME_value(general.get(), i);
        if (entry->type != GEN_DNS)
            continue;
        const ASN1_IA5STRING *dns = entry->d.dNSName;
        // Untrusted bytes: shown escaped (Dns::escapeText); a real DNS name is unchanged.
        names << Dns::escapeText(
            QByteArrayView(ASN1_STRING_get0_data(dns), ASN1_STRING_length(dns)));
    }
    return names;
}

} // namespace Sceau::Transport::X509Fields
