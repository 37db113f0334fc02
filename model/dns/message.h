#pragma once

#include "model/core/result.h"
#include "model/dns/lookupresult.h"

#include <QByteArray>

namespace Sceau {
namespace Dns {

struct QueryOptions
{
    bool recursionDesired = true;
    quint16 ednsUdpSize = 1232; // RFC 6891 §6.2.5; 0 sends no OPT record (classic 512-byte UDP)
    bool dnssecOk = false;      // DO bit, RFC 3225
    // CD bit (RFC 4035 §3.2.2): a validating resolver answers without validating, so a bogus
    // zone's data comes back instead of SERVFAIL (how Dnssec tells bogus from a failure).
    bool checkingDisabled = false;
};

// A DNS response, decoded (RFC 1035 §4.1).
struct Response
{
    quint16 id = 0;
    QString questionName;
    RrType questionType = RrType::A;
    int rcode = 0;
    bool truncated = false;
    bool authoritative = false;
    bool authenticated = false;
    QList<ResourceRecord> answer;
    QList<ResourceRecord> authority; // NSEC/NSEC3 and RRSIGs of a denial, the SOA, a referral
};

// Wire-format encoding and decoding with ldns.
namespace Message {

Result<QByteArray>
buildQuery(quint16 id, const QString &name, RrType type, const QueryOptions &options);
// authority: also decode the authority section into Response::authority. Only DNSSEC needs it
// (denials, RFC 4035 §3.1.3); without the DO bit it is mostly an SOA, left undecoded.
Result<Response> parse(const QByteArray &wire, bool authority = true);

// What one response says, for Cname::follow(): rcode, flags and the answer section; a failed
// status for REFUSED and the other error rcodes, else NxDomain or NoData by the rcode (RFC
// 2308). records stay empty: follow() walks the answer section and settles the status.
void interpret(const Response &response, LookupResult &result);

} // namespace Message
} // namespace Dns
} // namespace Sceau
