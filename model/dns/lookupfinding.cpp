#include "model/dns/lookupfinding.h"

namespace Sceau::Dns {

Finding lookupFailedFinding(const LookupResult &lookup)
{
    return {QStringLiteral("dns.lookup-failed"),
            Severity::Warning,
            {lookup.name, typeName(lookup.type), statusToken(lookup.status), lookup.detail},
            QStringLiteral("RFC 1035 §4.1.1")};
}

} // namespace Sceau::Dns
