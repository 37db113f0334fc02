#include "model/audit/recordchecks.h"

#include "model/dns/lookupfinding.h"

#include "model/dns/textescape.h"

namespace Sceau::Audit::Checks {

using Dns::LookupResult;
using Dns::LookupStatus;
using Dns::RrType;

Finding lookupFailed(const LookupResult &lookup)
{
    return Dns::lookupFailedFinding(lookup);
}

QList<Finding> spf(const Spf::Publication &publication, QStringList *records)
{
    const LookupResult &txt = publication.txt;
    if (publication.state == Spf::Publication::State::LookupFailed)
        return {lookupFailed(txt)};
    records->clear();
    for (const QString &record : publication.records)
        *records << Dns::escapeLatin1Text(
            record); // records keep their bytes; people see them escaped
    if (records->isEmpty())
        return {{QStringLiteral("spf.missing"),
                 Severity::Error,
                 {txt.name},
                 QStringLiteral("RFC 7208 §4.5")}};
    if (records->size() > 1)
        return {{QStringLiteral("spf.multiple-records"),
                 Severity::Error,
                 {txt.name, QString::number(records->size())},
                 QStringLiteral("RFC 7208 §4.5")}};
    return {{QStringLiteral("spf.present"),
             Severity::Ok,
             {txt.name, records->first()},
             QStringLiteral("RFC 7208 §4.5")}};
}

} // namespace Sceau::Audit::Checks
