#pragma once

#include "model/core/result.h"
#include "model/spf/spfterm.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Sceau {
namespace Spf {

// A sending service whose SPF include is well known (the wizard's presets).
struct SenderPreset
{
    QString name;    // product name, never translated
    QString include; // the domain to include
};

QList<SenderPreset> senderPresets();

struct SpfRecordImport;

// A record being composed (the SPF wizard's draft), a value type: which senders are allowed
// and the policy for everyone else. Produces the record and its zone-file line.
struct SpfDraft
{
    QString domain;
    bool mx = false; // the domain's MX hosts send mail
    bool a = false;  // the domain's own address sends mail
    QStringList ip4; // "192.0.2.0/24", "198.51.100.7"
    QStringList ip6;
    QStringList includes;               // presets' and others' domains
    Qualifier policy = Qualifier::Fail; // -all, or ~all while senders are being checked
    // Terms of a loaded record the wizard does not offer (ptr, exists, a:other/24, exp=…), kept
    // verbatim and in order, emitted just before "all" (see fromRecord()).
    QStringList extraTerms;
    // Includes replaced by the ranges they authorised (flattenInclude()): those ranges go stale
    // when the provider changes its addresses. Not part of the record.
    QStringList flattened;

    // The draft of a published record: mx, a, ip4:, ip6:, include: (presets or others) and the
    // all policy map to the wizard's fields; what it cannot represent is kept in extraTerms or
    // dropped, each reported in SpfRecordImport::notes. A term that is not valid SPF is dropped
    // and noted (Reason::Invalid), the others loaded. Error: record is not a v=spf1 record.
    static Result<SpfRecordImport> fromRecord(const QString &domain, const QString &record);

    // The invalid entries of ip4/ip6/includes (as typed), for the wizard to point at.
    QStringList invalidEntries() const;
    QString record() const;    // "v=spf1 mx ip4:… include:… [extra terms] -all"
    int directLookups() const; // DNS-querying terms of the record itself (§4.6.4)
    // The record cut into strings of at most 255 bytes (RFC 7208 §3.3), at spaces when possible.
    QStringList strings() const;
    // "domain. 3600 IN TXT "…" "…"": a master-file line (RFC 1035 §5.1) ready to publish.
    QString zoneLine(int ttl = 3600) const;

    friend bool operator==(const SpfDraft &, const SpfDraft &) = default;
};

// What became of one term of a loaded record that does not map to a wizard field as it was.
struct ImportNote
{
    enum class Action {
        Kept,    // carried verbatim in SpfDraft::extraTerms
        Changed, // replaced by something the wizard offers (see reason)
        Dropped, // not in the new record
    };
    enum class Reason {
        NotOffered,        // ptr, exists, a/mx with a domain or CIDR, include with a macro or a
                           // qualifier, ip4/ip6 with a qualifier, exp=, unknown modifiers: kept
        OrderMatters,      // a representable term after a qualified one: kept in its place
        PolicyNotOffered,  // +all or ?all: the policy becomes -all
        NoAll,             // no all (neutral by default, §4.7): the policy becomes -all
        RedirectToInclude, // redirect=X without all: include:X, then the wizard's policy
        RedirectIgnored,   // redirect= beside all is never used (§6.1): dropped
        AfterAll,          // after all, never evaluated (§4.6.2, §5.1): dropped
        Duplicate,         // the same term twice: dropped
        MacroRedirect,     // redirect= to a macro target cannot become an include: dropped
        Invalid,           // not valid SPF syntax (§4.6, §12), detail says why: dropped
    };
    QString term; // as in the record (canonical form; as written when Invalid)
    Action action = Action::Kept;
    Reason reason = Reason::NotOffered;
    QString detail; // Invalid: what is wrong with the term (translated)

    QString toString() const; // translated sentence for the wizard
    friend bool operator==(const ImportNote &, const ImportNote &) = default;
};

struct SpfRecordImport
{
    SpfDraft draft;
    QList<ImportNote> notes;
};

// Splits text into pieces of at most maxBytes, cutting after a space when one is near.
QStringList splitIntoStrings(const QString &text, int maxBytes = 255);

} // namespace Spf
} // namespace Sceau
