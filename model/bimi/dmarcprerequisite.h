#pragma once

#include "model/core/finding.h"
#include "model/dmarc/policy.h"

#include <QString>

#include <optional>

namespace Sceau {
namespace Bimi {

// What DMARC discovery learned about one domain, as the BIMI prerequisite needs it.
struct DmarcState
{
    enum class Lookup { Found, None, CouldNotCheck };
    Lookup lookup = Lookup::CouldNotCheck;
    Dmarc::EffectivePolicy policy; // when Found
    // pct= of a legacy RFC 7489 record, when the record has one (RFC 9989 removed the tag).
    std::optional<int> legacyPercent;
};

// Whether a domain's DMARC lets receivers show its BIMI indicator.
struct DmarcPrerequisite
{
    enum class Verdict { Met, NotMet, CouldNotCheck };
    Verdict verdict = Verdict::CouldNotCheck;
    QList<Finding> findings; // ids bimi.dmarc-*: each thing to fix, or what could not be checked
};

// The draft's DMARC requirement ("BIMI … requires … DMARC", Assertion Record discovery): the
// policy that applies to mail from authorDomain must be enforcing — p=quarantine or p=reject
// at the author domain when it has its own record, else the organisational domain's sp=
// (RFC 9989 §4.10.1: a subdomain inherits sp=) — and the organisational domain's own p= must be
// enforcing too; test mode (t=y, RFC 9989) does not enforce; a legacy pct below 100 does not
// either. orgDomain equal to authorDomain (case-insensitive) means one domain: org is then
// ignored. A pure function: any definite failure is NotMet (with a finding per failure); else a
// state that could not be checked makes the verdict CouldNotCheck (never Met, never NotMet).
DmarcPrerequisite evaluateDmarcPrerequisite(const QString &authorDomain,
                                            const DmarcState &author,
                                            const QString &orgDomain,
                                            const DmarcState &org);

} // namespace Bimi
} // namespace Sceau
