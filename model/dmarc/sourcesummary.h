#pragma once

#include "model/dmarc/rolloutevidence.h"

#include <QDateTime>
#include <QStringList>

namespace Sceau {
namespace Dmarc {

// One sending source over the stored reports of a policy domain: the shared SourceImpact
// (messages, aligned passes, domains seen) and what explains a failure.
struct SourceSummary
{
    SourceImpact impact;
    QString policyDomain;
    QStringList dkimPassDomains; // d= whose signature verified (aligned or not)
    QStringList spfPassDomains;  // SPF domains that passed (aligned or not)
    QStringList reasons;         // policy override reasons reported (forwarded, mailing_list…)
    int reports = 0;             // reports that saw the source
    QDateTime firstSeen;         // UTC, earliest report period start
    QDateTime lastSeen;          // UTC, latest report period end
};

// One day of a source's mail (UTC day of the report's period start).
struct DailyCount
{
    QDate day;
    qint64 passing = 0; // DMARC pass (SPF or DKIM aligned)
    qint64 failing = 0;
};

} // namespace Dmarc
} // namespace Sceau
