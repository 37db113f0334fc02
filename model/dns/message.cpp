#include "model/dns/message.h"

#include "model/dns/failuretext.h"
#include "model/dns/ldnsrecord.h"
#include "model/dns/tr.h"

#include <memory>

namespace Sceau::Dns::Message {

namespace {
struct PacketDeleter
{
    void operator()(ldns_pkt *packet) const { ldns_pkt_free(packet); }
};
struct BufferDeleter
{
    void operator()(uint8_t *buffer) const { free(buffer); }
};
} // namespace

Result<QByteArray>
buildQuery(quint16 id, const QString &name, RrType type, const QueryOptions &options)
{
    const QByteArray absolute = (name.endsWith(u'.') ? name : name + u'.').toLatin1();
    ldns_rdf *qname = ldns_dname_new_frm_str(absolute.constData());
    if (!qname)
        return Error{ErrorCode::InvalidInput, QStringLiteral("not a domain name: %1").arg(name)};
    // ldns_pkt_query_new takes ownership of qname.
    std::unique_ptr<ldns_pkt, PacketDeleter> packet(
        ldns_pkt_query_new(qname,
                           static_cast<ldns_rr_type>(type),
                           LDNS_RR_CLASS_IN,
                           options.recursionDesired ? LDNS_RD : 0));
    if (!packet)
        return Error{ErrorCode::Internal, QStringLiteral("ldns_pkt_query_new failed")};
    ldns_pkt_set_id(packet.get(), id);
    ldns_pkt_set_cd(packet.get(), options.checkingDisabled);
    if (options.ednsUdpSize > 0) {
        ldns_pkt_set_edns_udp_size(packet.get(), options.ednsUdpSize);
        ldns_pkt_set_edns_do(packet.get(), options.dnssecOk);
    }
    uint8_t *wire = nullptr;
    size_t size = 0;
    if (ldns_pkt2wire(&wire, packet.get(), &size) != LDNS_STATUS_OK)
        return Error{ErrorCode::Internal, QStringLiteral("ldns_pkt2wire failed")};
    std::unique_ptr<uint8_t, BufferDeleter> owned(wire);
    return QByteArray(reinterpret_cast<const char *>(wire), qsizetype(size));
}

Result<Response> parse(const QByteArray &wire)
{
    ldns_pkt *raw = nullptr;
    const ldns_status status = ldns_wire2pkt(
        &raw, reinterpret_cast<const uint8_t *>(wire.constData()), size_t(wire.size()));
    std::unique_ptr<ldns_pkt, PacketDeleter> packet(raw);
    if (status != LDNS_STATUS_OK)
        return Error{ErrorCode::DnsMalformed, ldnsStatusText(status)};
    Response response;
    response.id = ldns_pkt_id(packet.get());
    response.rcode = ldns_pkt_get_rcode(packet.get());
    response.truncated = ldns_pkt_tc(packet.get());
    response.authoritative = ldns_pkt_aa(packet.get());
    response.authenticated = ldns_pkt_ad(packet.get());
    const ldns_rr_list *question = ldns_pkt_question(packet.get());
    if (question && ldns_rr_list_rr_count(question) == 1) {
        const ldns_rr *q = ldns_rr_list_rr(question, 0);
        response.questionName = Ldns::dnameToString(ldns_rr_owner(q));
        response.questionType = static_cast<RrType>(ldns_rr_get_type(q));
    }
    const ldns_rr_list *answer = ldns_pkt_answer(packet.get());
    for (size_t i = 0; answer && i < ldns_rr_list_rr_count(answer); ++i)
        response.answer << Ldns::toResourceRecord(ldns_rr_list_rr(answer, i));
    const ldns_rr_list *authority = ldns_pkt_authority(packet.get());
    for (size_t i = 0; authority && i < ldns_rr_list_rr_count(authority); ++i)
        response.authority << Ldns::toResourceRecord(ldns_rr_list_rr(authority, i));
    return response;
}

void interpret(const Response &response, LookupResult &result)
{
    result.rcode = response.rcode;
    result.authoritative = response.authoritative;
    result.authenticated = response.authenticated;
    result.answerSection = response.answer;
    result.authoritySection = response.authority;
    result.records.clear();
    switch (response.rcode) {
    case LDNS_RCODE_NOERROR:
    case LDNS_RCODE_NXDOMAIN:
        break;
    case LDNS_RCODE_REFUSED:
        result.status = LookupStatus::Refused;
        //: %1 a DNS response code (RCODE) as the protocol names it: REFUSED, FORMERR…
        result.detail = Tr::tr("the server answered %1").arg(QStringLiteral("REFUSED"));
        return;
    default: {
        char *name = ldns_pkt_rcode2str(static_cast<ldns_pkt_rcode>(response.rcode));
        result.detail = Tr::tr("the server answered %1").arg(QString::fromLatin1(name));
        free(name);
        result.status = LookupStatus::ServerFailure;
        return;
    }
    }
    // The records and the final status come from Cname::follow(), which walks the answer.
    result.status
        = response.rcode == LDNS_RCODE_NXDOMAIN ? LookupStatus::NxDomain : LookupStatus::NoData;
}

} // namespace Sceau::Dns::Message
