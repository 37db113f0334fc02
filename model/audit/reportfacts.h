#pragma once

#include "model/audit/auditreport.h"
#include "model/core/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Sceau {
namespace Audit {

// What a check found that two checks are compared on (CheckDiff), read from the report's
// structure — from an AuditReport, or from its saved JSON (Audit::toJson) — never from the
// findings' text. "Known" flags say the lookup answered: a failed lookup is never "no record".
struct MxFacts
{
    int preference = 0;
    QString exchange;
    // Whether every tested address offered STARTTLS (false when one did not); none when the
    // host was not probed or could not be tested.
    std::optional<bool> startTls;
    friend bool operator==(const MxFacts &, const MxFacts &) = default;
};

struct DkimFacts
{
    QString selector;
    QStringList records;  // the TXT values at <selector>._domainkey.<domain>
    bool known = false;   // the lookup answered
    bool revoked = false; // one key record, with p= empty (RFC 6376 §3.6.1)
    friend bool operator==(const DkimFacts &, const DkimFacts &) = default;
};

struct ReportFacts
{
    QString domain;
    std::optional<int> score; // overall; none for a domain not found or nothing rated
    bool complete = false;
    bool spfKnown = false;
    QStringList spfRecords;
    // The DMARC policy that applies to the domain (p=, or sp= of an inherited record):
    // "none", "quarantine" or "reject"; empty when there is none; unset when it could not be
    // determined.
    std::optional<QString> dmarcPolicy;
    bool mxKnown = false;
    QList<MxFacts> mx;
    QList<DkimFacts> dkim;
    QList<Finding> findings;
    friend bool operator==(const ReportFacts &, const ReportFacts &) = default;
};

// Saved reports are untrusted input (the workspace file): at most this many of each list.
inline constexpr int MaxFactsFindings = 2000;
inline constexpr int MaxFactsItems = 64; // MX hosts, DKIM selectors, records of one name

ReportFacts factsOf(const AuditReport &report);
// The facts of a report saved as toJson(report): factsFromJson(toJson(r)) == factsOf(r).
// InvalidInput when it is not such a report or a list is over its bound.
Result<ReportFacts> factsFromJson(const QJsonObject &report);

} // namespace Audit
} // namespace Sceau
