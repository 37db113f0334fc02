#include "model/dns/recordtext.h"

#include "model/dns/ldnsrecord.h"
#include "model/dns/tr.h"

namespace Sceau::Dns {

Result<ResourceRecord> parseRecord(
    const QString &owner, RrType type, quint32 ttl, const QString &rdata, const QString &origin)
{
    const QString text
        = QStringLiteral("%1. %2 IN %3 %4").arg(owner).arg(ttl).arg(typeName(type), rdata);
    ldns_rdf *originName = nullptr;
    if (!origin.isEmpty())
        originName = ldns_dname_new_frm_str((origin + u'.').toUtf8().constData());
    ldns_rr *rr = nullptr;
    const ldns_status status
        = (!origin.isEmpty() && !originName)
              ? LDNS_STATUS_DOMAINNAME_OVERFLOW
              : ldns_rr_new_frm_str(&rr, text.toUtf8().constData(), ttl, originName, nullptr);
    ldns_rdf_deep_free(originName);
    if (status != LDNS_STATUS_OK) {
        ldns_rr_free(rr);
        return Error{ErrorCode::InvalidInput,
                     Tr::tr("“%1” is not a valid %2 record value").arg(rdata, typeName(type))};
    }
    ResourceRecord record = Ldns::toResourceRecord(rr);
    ldns_rr_free(rr);
    return record;
}

} // namespace Sceau::Dns
