#pragma once

#include "model/core/result.h"
#include "model/dns/resourcerecord.h"

namespace Sceau {
namespace Dns {

// A record read from master-file presentation form (RFC 1035 §5.1) by ldns: owner (absolute,
// no trailing dot), type, TTL and rdata as a zone file writes it ("10 mail.example.com.",
// "\"v=spf1\" \" -all\""). origin: the zone relative names in rdata are completed with, and
// what "@" stands for (RFC 1035 §5.1); without it they are read as absolute. InvalidInput
// naming the record when ldns rejects it.
Result<ResourceRecord> parseRecord(const QString &owner,
                                   RrType type,
                                   quint32 ttl,
                                   const QString &rdata,
                                   const QString &origin = {});

} // namespace Dns
} // namespace Sceau
