#pragma once

#include "model/dns/lookupresult.h"
#include "model/spf/spfrecord.h"

#include <QStringList>
#include <optional>

namespace Sceau {
namespace Spf {

class ParsedRecords;

// What a domain publishes as SPF, built once from its TXT answer (RFC 7208 §4.5) and passed
// along: the audit, the validator, the tree, the evaluator and the wizard read this instead of
// selecting and parsing the records again. A value type.
struct Publication
{
    enum class State {
        Found,        // exactly one v=spf1 record, valid: record holds it
        LookupFailed, // the TXT lookup failed: nothing is known (never "no record")
        NoRecord,     // no v=spf1 record (§4.5: "none")
        Several,      // more than one (§4.5: permerror)
        SyntaxError,  // exactly one, not valid (§4.6: permerror): syntaxError says where
    };

    QString domain;
    Dns::LookupResult txt; // the answer it was built from
    State state = State::LookupFailed;
    QStringList records;                    // every v=spf1 record, its strings joined (§3.3)
    std::optional<SpfRecord> record;        // the selected record, parsed (Found)
    std::optional<SyntaxError> syntaxError; // why the selected record is not valid

    // The one selected record's text: the only v=spf1 record, valid or not; empty otherwise.
    QString selected() const { return records.size() == 1 ? records.first() : QString(); }

    // domain: lowercased, trailing dot dropped. parsed: a cache of parsed records (the
    // evaluator's), or none.
    static Publication
    from(const QString &domain, const Dns::LookupResult &txt, ParsedRecords *parsed = nullptr);
};

// RFC 7208 §4.5: the v=spf1 records among TXT records, each one's strings joined (§3.3). A
// record is selected by SpfRecord::isSpfRecord() alone: exactly "v=spf1" then a space or the
// end, case-insensitive, nothing trimmed. Bytes are read as Latin-1 so that non-ASCII content
// stays visible to the parser.
QStringList spfRecordsIn(const Dns::LookupResult &txt);

} // namespace Spf
} // namespace Sceau
