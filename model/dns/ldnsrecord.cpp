#include "model/dns/ldnsrecord.h"

#include "model/dns/textescape.h"

namespace Sceau::Dns::Ldns {

// ldns_rdf2str's text of a domain name (ldns_rdf2buffer_str_dname) without its printf per
// byte, the most frequent conversion of every answer: the labels, each followed by "." ("."
// alone for the root); ". ; ( ) \" escaped with a backslash, bytes that are not printable
// ASCII as \DDD (RFC 1035 §5.1).
static QString dnameText(const ldns_rdf *dname)
{
    const uint8_t *data = ldns_rdf_data(dname);
    const size_t size = ldns_rdf_size(dname);
    if (size == 1)
        return QStringLiteral(".");
    QByteArray text;
    text.reserve(qsizetype(size) + 8);
    size_t at = 0;
    size_t length = data[0];
    while (length > 0 && at < size) {
        ++at;
        for (size_t i = 0; i < length && at < size; ++i, ++at) {
            const unsigned char c = data[at];
            if (c == '.' || c == ';' || c == '(' || c == ')' || c == '\\') {
                text += '\\';
                text += char(c);
            } else if (c <= 0x20 || c >= 0x7f) {
                text += '\\';
                text += char('0' + c / 100);
                text += char('0' + c / 10 % 10);
                text += char('0' + c % 10);
            } else {
                text += char(c);
            }
        }
        if (at < size)
            text += '.';
        length = at < size ? data[at] : 0;
    }
    return QString::fromLatin1(text);
}

static QString rdfToString(const ldns_rdf *rdf)
{
    if (ldns_rdf_get_type(rdf) == LDNS_RDF_TYPE_DNAME && ldns_rdf_size(rdf) > 0
        && ldns_rdf_size(rdf) <= LDNS_MAX_DOMAINLEN)
        return dnameText(rdf);
    char *text = ldns_rdf2str(rdf);
    const QString result = text ? QString::fromUtf8(text) : QString();
    free(text);
    return result;
}

QString dnameToString(const ldns_rdf *dname)
{
    QString name = rdfToString(dname).toLower();
    if (name.endsWith(u'.'))
        name.chop(1);
    return name;
}

ResourceRecord toResourceRecord(const ldns_rr *rr)
{
    ResourceRecord record;
    record.owner = dnameToString(ldns_rr_owner(rr));
    record.type = static_cast<RrType>(ldns_rr_get_type(rr));
    record.ttl = ldns_rr_ttl(rr);
    const size_t count = ldns_rr_rd_count(rr);
    const bool isText = record.type == RrType::TXT || record.type == RrType::SPF;
    for (size_t i = 0; i < count; ++i) {
        const ldns_rdf *rdf = ldns_rr_rdf(rr, i);
        if (isText && ldns_rdf_get_type(rdf) == LDNS_RDF_TYPE_STR && ldns_rdf_size(rdf) > 0) {
            // RFC 1035 §3.3: <character-string> is a length octet followed by that many octets.
            const uint8_t *data = ldns_rdf_data(rdf);
            const size_t length = qMin<size_t>(data[0], ldns_rdf_size(rdf) - 1);
            record.txtStrings << QByteArray(reinterpret_cast<const char *>(data + 1),
                                            qsizetype(length));
            record.rdata << quotedText(record.txtStrings.last()); // the one escaping rule
            continue;
        }
        record.rdata << rdfToString(rdf);
    }
    return record;
}

} // namespace Sceau::Dns::Ldns
