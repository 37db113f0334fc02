#pragma once

#include "model/core/error.h"
#include "model/core/tokentable.h"
#include "model/dns/resourcerecord.h"

#include <QList>
#include <QString>

namespace Sceau {
namespace Dns {

// What became of one lookup (DESIGN.md §2). A failure (Timeout … CnameChainTooLong) says
// nothing about whether the record exists: it must never be reported as an absent record.
enum class LookupStatus {
    Answer,        // records of the requested type
    NoData,        // the name exists, no record of that type (RFC 2308 §2.2)
    NxDomain,      // the name does not exist (RFC 2308 §2.1)
    Timeout,       // no nameserver answered in time
    ServerFailure, // SERVFAIL, or another error rcode (FORMERR, NOTIMP…)
    Refused,       // REFUSED
    NetworkError,  // socket error: unreachable, connection refused…
    Malformed,     // an answer arrived but could not be parsed
    // The CNAME chain comes back to a name already in it (CnameLoop), or has more than
    // Cname::MaxHops CNAMEs before the records (CnameChainTooLong): see cnamefollower.h.
    CnameLoop,
    CnameChainTooLong,
};

// "answer", "nodata", "nxdomain", "timeout", "servfail", "refused", "network-error", "malformed",
// "cname-loop", "cname-chain-too-long" (JSON)
// The status tokens of JSON and text output ("answer", "nxdomain", "servfail"…, never
// translated), both ways.
inline constexpr TokenTable<LookupStatus, 10> LookupStatuses{{{
    {LookupStatus::Answer, "answer"},
    {LookupStatus::NoData, "nodata"},
    {LookupStatus::NxDomain, "nxdomain"},
    {LookupStatus::Timeout, "timeout"},
    {LookupStatus::ServerFailure, "servfail"},
    {LookupStatus::Refused, "refused"},
    {LookupStatus::NetworkError, "network-error"},
    {LookupStatus::Malformed, "malformed"},
    {LookupStatus::CnameLoop, "cname-loop"},
    {LookupStatus::CnameChainTooLong, "cname-chain-too-long"},
}}};
QString statusToken(LookupStatus status); // LookupStatuses.token(status)

// The one rule "could this lookup not look?": every status from Timeout on is a failure, which
// says nothing about whether the record exists (never "missing", never a void lookup).
constexpr bool isFailure(LookupStatus status)
{
    return status >= LookupStatus::Timeout;
}

// One lookup of (name, type), CNAMEs followed (cnamefollower.h): name is the name asked, never
// rewritten to an alias's target; records are the RRset of the chain's last name (their owner
// says which name that is); answerSection keeps the whole chain, each CNAME followed and the
// records, in the order received (several answers joined when a target had to be asked anew).
// The Error matching a failed status (DnsTimeout, DnsServerFailure…), with its technical
// detail; Internal for a status that is not a failure.
Error failureError(LookupStatus status, const QString &detail = {});

struct LookupResult
{
    QString name; // normalized query name, as asked (not the CNAME target)
    RrType type = RrType::A;
    LookupStatus status = LookupStatus::Timeout;
    QList<ResourceRecord> records;       // the RRset asked for, owned by the end of the CNAME chain
    QList<ResourceRecord> answerSection; // the CNAME chain and the records, as received
    // The authority section of the last answer (its SOA, NSEC/NSEC3 and RRSIGs of a denial,
    // RFC 4035 §3.1.3); empty for the zone-file overlay.
    QList<ResourceRecord> authoritySection;
    int rcode = -1;             // DNS RCODE of the last answer, -1 when none arrived
    bool viaTcp = false;        // the answer came over TCP (TC bit, RFC 7766 §5)
    bool authoritative = false; // AA bit
    bool authenticated = false; // AD bit (validated by the resolver)
    QString server;             // "127.0.0.1:53", or "zone file" for the overlay
    qint64 elapsedMs = 0;
    QString detail; // technical detail of a failure (socket error text, rcode name)

    bool failed() const { return isFailure(status); }
    bool exists() const { return status == LookupStatus::Answer || status == LookupStatus::NoData; }
    Error error() const; // the Error matching a failed status
};

} // namespace Dns
} // namespace Sceau
