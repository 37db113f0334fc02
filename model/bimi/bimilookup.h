#pragma once

#include "model/bimi/bimirecord.h"
#include "model/dns/lookupresult.h"
#include "model/transport/recordstate.h"

#include <QFuture>

namespace Sceau {
namespace Dns {
class Resolver;
} // namespace Dns
} // namespace Sceau

namespace Sceau {
namespace Bimi {

// What discovery found for a domain and selector.
struct BimiLookup
{
    enum class State {
        Found,         // one record (record.state Valid or Invalid)
        Multiple,      // several v=BIMI1 values at the name that answered: none is used
        None,          // no record at the author domain nor at the organisational domain
        CouldNotCheck, // a lookup failed: nothing is known (never "none")
    };
    State state = State::CouldNotCheck;
    QString selector;                              // "default" unless given
    QString name;                                  // the name whose answer was used
    bool fromOrgDomain = false;                    // the record was found at the org domain
    Transport::RecordSelection<BimiRecord> record; // the value at name and how it parsed
    QList<Dns::LookupResult> lookups;              // every TXT lookup, in order
};

// The selector receivers use without a BIMI-Selector header.
inline constexpr char DefaultSelector[] = "default";

// <selector>._bimi.<domain>
QString bimiRecordName(const QString &selector, const QString &domain);

// Assertion Record discovery (draft-brand-indicators-for-message-identification): the TXT
// RRset at <selector>._bimi.<authorDomain>; when that name has no v=BIMI1 value (NXDOMAIN,
// NODATA, or no candidate), the same at <selector>._bimi.<orgDomain>. orgDomain is the
// organisational domain from DMARC discovery (RFC 9989), given by the caller; empty or equal
// to authorDomain means no fallback. A failed lookup stops discovery as CouldNotCheck (never
// None, never a fallback that would hide it). The future always finishes.
QFuture<BimiLookup> lookupBimiRecord(Dns::Resolver *resolver,
                                     const QString &authorDomain,
                                     const QString &orgDomain,
                                     const QString &selector
                                     = QString::fromLatin1(DefaultSelector));

// Which value of a TXT RRset is the record (transport/recordstate.h's rule): values not
// beginning with v=BIMI1 are discarded; several left is Multiple; one is parsed.
Transport::RecordSelection<BimiRecord> selectBimiRecord(const QList<QByteArray> &txtValues);

} // namespace Bimi
} // namespace Sceau
