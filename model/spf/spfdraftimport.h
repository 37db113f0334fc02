#pragma once

#include "model/core/error.h"
#include "model/dns/lookupresult.h"
#include "model/spf/spfdraft.h"

namespace Sceau {
namespace Spf {

// A domain's published SPF record, read for the wizard: the draft it maps to, or why there is
// none. A DNS failure is never reported as an absent record (DESIGN.md §2).
struct CurrentRecord
{
    enum class State {
        Loaded,       // exactly one v=spf1 record: import holds its draft and notes (a term
                      // that is not valid SPF is left out and noted, ImportNote::Invalid)
        NoRecord,     // the lookup succeeded and found no v=spf1 record
        Several,      // more than one v=spf1 record (§4.5: permerror): nothing loaded
        Invalid,      // SpfDraft::fromRecord refused the record: error says why
        LookupFailed, // the TXT lookup failed: error says how
    };
    State state = State::NoRecord;
    QStringList records; // the v=spf1 records found
    SpfRecordImport import;
    Error error;
};

// The current record of domain from its TXT answer (RFC 7208 §4.5 record selection).
CurrentRecord currentRecord(const QString &domain, const Dns::LookupResult &txt);

} // namespace Spf
} // namespace Sceau
