#pragma once

#include "model/core/tokentable.h"
#include "model/dns/lookupresult.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Sceau {
namespace Spf {

// A lookup of the tree that failed (timeout, SERVFAIL, refused…): what it was for is unknown,
// never "no record" and never a void lookup (RFC 7208 §4.6.4, DESIGN.md §2).
struct LookupFailure
{
    QString term; // the term that needed it ("include:…", "mx", "a:…"); empty for the root TXT
    QString name;
    Dns::RrType type = Dns::RrType::TXT;
    Dns::LookupStatus status = Dns::LookupStatus::Timeout;
    QString detail; // technical, never translated

    friend bool operator==(const LookupFailure &, const LookupFailure &) = default;
};

// One record of an SPF include tree (RFC 7208 §5.2 include, §6.1 redirect), a value type:
// what the record costs in DNS-querying terms (§4.6.4) and which addresses it authorises.
struct SpfTreeNode
{
    enum class State {
        Ok,
        NoRecord,        // no v=spf1 record (§4.5): an include of it is permerror (§5.2)
        MultipleRecords, // §4.5: permerror
        SyntaxError,     // §4.6: permerror
        LookupFailed,    // DNS failure: the branch could not be checked (temperror)
        Loop,            // the domain is already on the path from the root
        MacroTarget,     // a target that depends on the message (%{…}): not followed
        TooDeep,         // deeper than the evaluator would ever go
    };

    QString domain;
    QString via; // the term leading here ("include:…", "redirect=…"); empty at the root
    State state = State::Ok;
    QString record;        // the v=spf1 record text
    QString detail;        // technical detail of a problem (never translated)
    int ownLookups = 0;    // DNS-querying terms in this record
    int totalLookups = 0;  // ownLookups plus those of every branch below
    int queries = 0;       // DNS queries the tree sent for this record and every branch below
    QStringList voidTerms; // terms whose lookup gave no answer (NXDOMAIN or NODATA)
    QStringList ptrTerms;  // ptr mechanisms (§5.5: SHOULD NOT be used)
    QList<LookupFailure> failures; // this record's failed lookups: its TXT, a/mx/exists targets
    // Terms left unresolved, over the tree's work budget (MaxTreeNodes, MaxTreeQueries) or past
    // MaxNamesPerTerm MX hosts: includes not fetched, a/mx/exists targets not resolved.
    QStringList notFollowed;
    QStringList networks; // ranges this record itself authorises: ip4/ip6 terms, a/mx addresses
    QList<SpfTreeNode> children;

    QStringList allNetworks() const;          // this record's and every branch's
    QList<LookupFailure> allFailures() const; // likewise
    QStringList allVoidTerms() const;         // likewise, "domain: term"
    int nodeCount() const;                    // records in the tree (this one included)
    bool truncated() const;                   // something was not followed for the work budget
    // §4.6.4: every DNS-querying term on the tree, "domain: term", for the lookup-limit finding.
    QStringList queryingTerms() const;
};

// The tree node states of JSON and text output ("ok", "no-record"…, never translated), both ways.
inline constexpr TokenTable<SpfTreeNode::State, 8> TreeStates{{{
    {SpfTreeNode::State::Ok, "ok"},
    {SpfTreeNode::State::NoRecord, "no-record"},
    {SpfTreeNode::State::MultipleRecords, "multiple-records"},
    {SpfTreeNode::State::SyntaxError, "syntax-error"},
    {SpfTreeNode::State::LookupFailed, "lookup-failed"},
    {SpfTreeNode::State::Loop, "loop"},
    {SpfTreeNode::State::MacroTarget, "macro-target"},
    {SpfTreeNode::State::TooDeep, "too-deep"},
}}};
QString stateToken(SpfTreeNode::State state); // TreeStates.token(state)

} // namespace Spf
} // namespace Sceau
