#pragma once

#include "model/core/finding.h"
#include "model/core/tokentable.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Sceau {
namespace Audit {

struct AuditReport;

// The areas of a domain's posture, one card each (docs/scoring.md).
enum class Area { Spf, Dkim, Dmarc, Bimi, Mx, Transport, Dnssec };
inline constexpr TokenTable<Area, 7> Areas{{{
    {Area::Spf, "spf"},
    {Area::Dkim, "dkim"},
    {Area::Dmarc, "dmarc"},
    {Area::Bimi, "bimi"},
    {Area::Mx, "mx"},
    {Area::Transport, "transport"}, // TLS, MTA-STS, TLS-RPT, DANE
    {Area::Dnssec, "dnssec"},
}}};

// One state per area (docs/scoring.md "States"): never a pass beside an error.
enum class AreaState {
    Good,          // checked, nothing to improve
    ToImprove,     // checked, warnings only
    Failing,       // checked, at least one error-level finding
    CouldNotCheck, // a lookup failed or nothing could be assessed (DKIM without a key found)
    NotApplicable, // nothing to assess (the domain does not exist, transport of a null MX)
    NotChecked,    // the request did not ask (transport with --no-tls, DANE, BIMI)
};
inline constexpr TokenTable<AreaState, 6> AreaStates{{{
    {AreaState::Good, "good"},
    {AreaState::ToImprove, "to-improve"},
    {AreaState::Failing, "failing"},
    {AreaState::CouldNotCheck, "could-not-check"},
    {AreaState::NotApplicable, "not-applicable"},
    {AreaState::NotChecked, "not-checked"},
}}};

// The state of the whole domain.
enum class OverallState { Good, ToImprove, Failing, CouldNotCheck, DomainNotFound };
inline constexpr TokenTable<OverallState, 5> OverallStates{{{
    {OverallState::Good, "good"},
    {OverallState::ToImprove, "to-improve"},
    {OverallState::Failing, "failing"},
    {OverallState::CouldNotCheck, "could-not-check"},
    {OverallState::DomainNotFound, "domain-not-found"},
}}};

struct AreaAssessment
{
    Area area = Area::Spf;
    AreaState state = AreaState::NotChecked;
    std::optional<int> score; // 0–100 when Good, ToImprove or Failing; none otherwise
    bool provisional = false; // rated, but some of its lookups failed
    QStringList facts;        // short translated facts ("p=quarantine", "2 MX")
    QList<int> findings;      // indices into AuditReport::findings

    friend bool operator==(const AreaAssessment &, const AreaAssessment &) = default;
};

struct DomainAssessment
{
    QList<AreaAssessment> areas; // every Area, in the order of Areas
    OverallState state = OverallState::CouldNotCheck;
    std::optional<int> score; // weighted mean of the rated areas; none when none was rated
    bool provisional = false; // some area could not be checked, or some lookup failed

    // The assessment of area (every area is present once assessed).
    const AreaAssessment &area(Area area) const;

    friend bool operator==(const DomainAssessment &, const DomainAssessment &) = default;
};

// The weight of an area in the overall score (docs/scoring.md "Overall"); they sum to 100.
int areaWeight(Area area);

// The area a finding of report belongs to, by its id's prefix (spf., dkim., dmarc., bimi., mx.,
// tls./mta-sts./tls-rpt./dane., dnssec.); a dns.lookup-failed by the name looked up. None for
// domain.not-found, which is the whole domain's.
std::optional<Area> areaOf(const Finding &finding, const AuditReport &report);

// Rates every area of report and the whole domain (docs/scoring.md). A domain that does not
// exist is DomainNotFound with no score; a failed lookup is never an error.
DomainAssessment assess(const AuditReport &report);

// Translated names for people: "SPF", "Transport"; "Good", "Could not check"…
QString areaName(Area area);
QString areaStateName(AreaState state);
QString overallStateName(OverallState state);

// The key facts of area (translated), from report.
QStringList areaFacts(Area area, const AuditReport &report);

} // namespace Audit
} // namespace Sceau
