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
struct RdfDeleter
{
    void operator()(ldns_rdf *rdf) const { ldns_rdf_deep_free(rdf); }
};
} // namespace

Result<QByteArray>
buildQuery(quint16 id, const QString &name, RrType type, const QueryOptions &options)
{
    const QByteArray absolute = (name.endsWith(u'.') ? name : name + u'.').toLatin1();
    // The name in wire form (RFC 1035 §3.1), presentation escapes read by ldns (§5.1).
    std::unique_ptr<ldns_rdf, RdfDeleter> qname(ldns_dname_new_frm_str(absolute.constData()));
    if (!qname)
        return Error{ErrorCode::InvalidInput, QStringLiteral("not a domain name: %1").arg(name)};
    // One question, written as ldns_pkt2wire() would (tst_message checks they agree), without
    // building a whole ldns_pkt and its compression tree for a single name.
    QByteArray wire;
    wire.reserve(12 + qsizetype(ldns_rdf_size(qname.get())) + 4 + 11);
    auto put16 = [&wire](quint16 value) {
        wire.append(char(value >> 8));
        wire.append(char(value & 0xff));
    };
    const bool edns = options.ednsUdpSize > 0;
    // Header (RFC 1035 §4.1.1): ID; QR=0, OPCODE=QUERY, RD (§4.1.1), CD (RFC 4035 §3.2.2);
    // QDCOUNT 1, ANCOUNT 0, NSCOUNT 0, ARCOUNT 1 with EDNS.
    put16(id);
    put16(
        quint16((options.recursionDesired ? 0x0100 : 0) | (options.checkingDisabled ? 0x0010 : 0)));
    put16(1);
    put16(0);
    put16(0);
    put16(edns ? 1 : 0);
    // Question (RFC 1035 §4.1.2): QNAME, QTYPE, QCLASS IN.
    wire.append(reinterpret_cast<const char *>(ldns_rdf_data(qname.get())),
                qsizetype(ldns_rdf_size(qname.get())));
    put16(quint16(type));
    put16(LDNS_RR_CLASS_IN);
    if (edns) {
        // OPT pseudo-RR (RFC 6891 §6.1.2): root owner, TYPE 41, CLASS = UDP payload size,
        // TTL = extended RCODE 0, VERSION 0, DO bit (RFC 3225 §3) and Z; RDLENGTH 0.
        wire.append('\0');
        put16(LDNS_RR_TYPE_OPT);
        put16(options.ednsUdpSize);
        put16(0);
        put16(options.dnssecOk ? 0x8000 : 0);
        put16(0);
    }
    return wire;
}

Result<Response> parse(const QByteArray &wire, bool authority)
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
    const ldns_rr_list *authorityRrs = authority ? ldns_pkt_authority(packet.get()) : nullptr;
    for (size_t i = 0; authorityRrs && i < ldns_rr_list_rr_count(authorityRrs); ++i)
        response.authority << Ldns::toResourceRecord(ldns_rr_list_rr(authorityRrs, i));
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
