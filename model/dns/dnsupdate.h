#pragma once

#include "model/core/result.h"
#include "model/dns/nameserver.h"
#include "model/dns/rrtype.h"
#include "model/dns/tsigkey.h"

#include <QFuture>
#include <QList>
#include <QString>

class QObject;

namespace Sceau {
namespace Dns {

// One record of an update, in master-file presentation form (rdata as a zone file writes it:
// "10 mail.example.com.", "\"v=spf1 -all\"").
struct UpdateRecord
{
    QString owner; // absolute, no trailing dot
    RrType type = RrType::TXT;
    quint32 ttl = 3600;
    QString rdata;
};

// An RFC 2136 UPDATE of one zone (§2.3): the prerequisites the primary checks first, all or
// nothing, then the changes, applied together.
struct UpdateRequest
{
    QString zone; // the zone's apex, no trailing dot
    // §2.4.3: (owner, type) has no record; §2.4.2: the RRset at (owner, type) is exactly these
    // records (compared as RDATA by the server, so "what the user saw" must be what was read).
    QList<std::pair<QString, RrType>> absent;
    QList<UpdateRecord> exactly;
    // §2.5.2: every record at (owner, type) is deleted; then §2.5.1: each record is added.
    QList<std::pair<QString, RrType>> deleteRrsets;
    QList<UpdateRecord> add;
};

// What the primary said, in the terms of RFC 2136 §2.2 and RFC 8945 §5.3.
enum class UpdateOutcome {
    Applied,            // NOERROR, the response's TSIG verified
    PrerequisiteFailed, // YXDOMAIN, YXRRSET, NXDOMAIN, NXRRSET: nothing was changed
    Refused,            // REFUSED: policy (the key may not update this name or zone)
    NotAuthorized,      // NOTAUTH without a TSIG error: not authoritative, or the key refused
    BadKey,             // TSIG BADKEY: the key is unknown (name, algorithm), or, for Knot, not
                        // allowed by the zone's ACL
    BadSignature,       // TSIG BADSIG: wrong secret
    BadTime,            // TSIG BADTIME: the clocks differ by more than the fudge
    NotZone,            // NOTZONE: a name outside the zone
    ServerFailure,      // SERVFAIL, FORMERR, NOTIMPL, another rcode
    Unsigned,           // an answer whose TSIG is missing or does not verify: not trusted
    Unreachable,        // connection refused, reset, timeout
};
inline constexpr TokenTable<UpdateOutcome, 11> UpdateOutcomes{{{
    {UpdateOutcome::Applied, "applied"},
    {UpdateOutcome::PrerequisiteFailed, "prerequisite-failed"},
    {UpdateOutcome::Refused, "refused"},
    {UpdateOutcome::NotAuthorized, "not-authorized"},
    {UpdateOutcome::BadKey, "bad-key"},
    {UpdateOutcome::BadSignature, "bad-signature"},
    {UpdateOutcome::BadTime, "bad-time"},
    {UpdateOutcome::NotZone, "not-zone"},
    {UpdateOutcome::ServerFailure, "server-failure"},
    {UpdateOutcome::Unsigned, "unsigned-answer"},
    {UpdateOutcome::Unreachable, "unreachable"},
}}};

struct UpdateResult
{
    UpdateOutcome outcome = UpdateOutcome::Unreachable;
    int rcode = -1;    // the response's RCODE; -1 without a response
    int tsigError = 0; // the TSIG error field (RFC 8945 §5.3.2: 16 BADSIG, 17 BADKEY, 18 BADTIME)
    QString detail;    // what happened, for the user (never the secret)
};

// The UPDATE message of request with id, signed with key (RFC 8945 §5.1; fudge 300 s), in wire
// format; requestMac receives the MAC the response's TSIG must cover. InvalidInput when a name
// or record cannot be encoded.
Result<QByteArray>
buildUpdate(quint16 id, const UpdateRequest &request, const TsigKey &key, QByteArray *requestMac);

// What a response (wire format) to the message of id and requestMac says. A success whose TSIG
// does not verify with key is Unsigned, never Applied.
UpdateResult interpretUpdateResponse(const QByteArray &wire,
                                     quint16 id,
                                     const TsigKey &key,
                                     const QByteArray &requestMac);

// Sends request to primary over TCP (RFC 2136 §6.1 allows it; no size limit) and reads the
// answer, on the event loop of context's thread, within timeoutMs. The future always finishes.
QFuture<UpdateResult> sendUpdate(const NameServer &primary,
                                 const UpdateRequest &request,
                                 const TsigKey &key,
                                 int timeoutMs,
                                 QObject *context);

} // namespace Dns
} // namespace Sceau
