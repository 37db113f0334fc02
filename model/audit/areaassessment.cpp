#include "model/audit/areaassessment.h"

#include "model/audit/auditreport.h"
#include "model/audit/tr.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Sceau::Audit {

namespace {

// The overall score of a domain with a failing area is at most this.
constexpr int MaxScoreWhenFailing = 60;

constexpr Area AllAreas[]
    = {Area::Spf, Area::Dkim, Area::Dmarc, Area::Bimi, Area::Mx, Area::Transport, Area::Dnssec};

// The area of a failed lookup, by the name asked (docs/scoring.md "Findings"). The audit's
// lookups of other names (includes, a, mx and exists terms) are the SPF tree's.
Area areaOfLookup(const QString &name, const QString &type, const AuditReport &report)
{
    if (name.contains(u"._domainkey."_s))
        return Area::Dkim;
    if (name.startsWith(u"_dmarc."_s) || name.contains(u"._dmarc."_s))
        return Area::Dmarc;
    if (name.startsWith(u"_bimi."_s) || name.contains(u"._bimi."_s))
        return Area::Bimi;
    if (name.startsWith(u"_mta-sts."_s) || name.startsWith(u"mta-sts."_s)
        || name.startsWith(u"_smtp._tls."_s) || name.startsWith(u"_25._tcp."_s)
        || type == u"TLSA"_s)
        return Area::Transport;
    if (type == u"MX"_s && name == report.domain)
        return Area::Mx;
    if (type == u"A"_s || type == u"AAAA"_s) {
        for (const MxHost &host : report.mx) {
            if (host.exchange == name)
                return Area::Mx;
        }
    }
    return Area::Spf;
}

struct Counts
{
    int errors = 0;
    int warnings = 0;
    int couldNotCheck = 0;
};

Counts countOf(const AuditReport &report, const QList<int> &indices)
{
    Counts counts;
    for (const int index : indices) {
        const Finding &finding = report.findings.at(index);
        if (isCouldNotCheck(finding))
            ++counts.couldNotCheck;
        else if (finding.severity == Severity::Error)
            ++counts.errors;
        else if (finding.severity == Severity::Warning)
            ++counts.warnings;
    }
    return counts;
}

// Checked by the request, or NotChecked / NotApplicable before any finding is read.
std::optional<AreaState> unrated(Area area, const AuditReport &report)
{
    if (report.domainNotFound)
        return AreaState::NotApplicable;
    switch (area) {
    case Area::Bimi: // `bimi check` rates it; the audit does not ask yet
        return AreaState::NotChecked;
    case Area::Dnssec: // asked with DANE only (its DNSSEC lookups)
        if (!report.dane)
            return AreaState::NotChecked;
        break;
    case Area::Transport:
        if (!report.transport && !report.mtaSts && !report.tlsRpt && !report.dane)
            return AreaState::NotChecked;
        if (report.transport && report.transport->route == Transport::MailRoute::NullMx)
            return AreaState::NotApplicable; // RFC 7505: the domain receives no mail
        break;
    case Area::Dkim:
        // Discovery found no key (every probe answered, or some failed): DKIM was not
        // assessed, which is never "fine" and never "missing".
        if (report.dkimDiscovered && report.dkim.isEmpty())
            return AreaState::CouldNotCheck;
        break;
    default:
        break;
    }
    return std::nullopt;
}

// Whether area is incomplete beyond its own dns.lookup-failed findings: a transport probe or
// check that could not be made.
bool incompleteBeyondFindings(Area area, const AuditReport &report)
{
    if (area != Area::Transport)
        return false;
    return (report.transport && report.transport->incomplete())
           || (report.mtaSts && report.mtaSts->incomplete())
           || (report.tlsRpt && report.tlsRpt->incomplete())
           || (report.dane && report.dane->incomplete());
}

// The per-area rule (docs/scoring.md "States"): an error fails the area (25, less 10 per
// further error and 5 per warning); else a lookup that failed makes it "could not check"
// (no score); else warnings make it "to improve" (100 less 15 each, at least 50); else 100.
void rate(AreaAssessment &assessment, const AuditReport &report)
{
    if (const auto state = unrated(assessment.area, report)) {
        assessment.state = *state;
        return;
    }
    const Counts counts = countOf(report, assessment.findings);
    int couldNotCheck
        = counts.couldNotCheck + (incompleteBeyondFindings(assessment.area, report) ? 1 : 0);
    // Discovery found keys: they are rated; a probe that failed only means a selector may
    // have been missed.
    const bool dkimMissed = assessment.area == Area::Dkim && report.dkimDiscovered
                            && !report.dkimSelectorsFailed.isEmpty();
    assessment.provisional = couldNotCheck > 0 || dkimMissed;
    if (counts.errors > 0) {
        assessment.state = AreaState::Failing;
        assessment.score = std::max(0, 25 - 10 * (counts.errors - 1) - 5 * counts.warnings);
    } else if (couldNotCheck > 0) {
        assessment.state = AreaState::CouldNotCheck;
    } else if (counts.warnings > 0) {
        assessment.state = AreaState::ToImprove;
        assessment.score = std::max(50, 100 - 15 * counts.warnings);
    } else {
        assessment.state = AreaState::Good;
        assessment.score = 100;
    }
}

} // namespace

const AreaAssessment &DomainAssessment::area(Area which) const
{
    static const AreaAssessment none;
    const auto found = std::find_if(
        areas.cbegin(), areas.cend(), [which](const auto &a) { return a.area == which; });
    return found != areas.cend() ? *found : none;
}

int areaWeight(Area area)
{
    switch (area) {
    case Area::Dmarc:
        return 25; // what receivers enforce against spoofing
    case Area::Spf:
    case Area::Dkim:
        return 20; // the two authentications DMARC aligns
    case Area::Transport:
        return 15;
    case Area::Mx:
        return 10;
    case Area::Dnssec:
    case Area::Bimi:
        return 5;
    }
    return 0;
}

std::optional<Area> areaOf(const Finding &finding, const AuditReport &report)
{
    const QString &id = finding.id;
    if (id == u"dns.lookup-failed"_s)
        return areaOfLookup(finding.args.value(0), finding.args.value(1), report);
    static const std::pair<QLatin1StringView, Area> prefixes[] = {
        {"spf."_L1, Area::Spf},
        {"dkim."_L1, Area::Dkim},
        {"dmarc."_L1, Area::Dmarc},
        {"bimi."_L1, Area::Bimi},
        {"mx."_L1, Area::Mx},
        {"tls."_L1, Area::Transport},
        {"mta-sts."_L1, Area::Transport},
        {"tls-rpt."_L1, Area::Transport},
        {"dane."_L1, Area::Transport},
        {"dnssec."_L1, Area::Dnssec},
    };
    for (const auto &[prefix, area] : prefixes) {
        if (id.startsWith(prefix))
            return area;
    }
    return std::nullopt;
}

DomainAssessment assess(const AuditReport &report)
{
    DomainAssessment result;
    for (const Area area : AllAreas)
        result.areas << AreaAssessment{area, AreaState::NotChecked, {}, false, {}, {}};
    for (int i = 0; i < report.findings.size(); ++i) {
        if (const auto area = areaOf(report.findings.at(i), report))
            result.areas[int(*area)].findings << i;
    }
    int weighted = 0;
    int weights = 0;
    bool failing = false;
    bool toImprove = false;
    bool unknown = !report.complete();
    for (AreaAssessment &area : result.areas) {
        rate(area, report);
        area.facts = areaFacts(area.area, report);
        unknown = unknown || area.provisional || area.state == AreaState::CouldNotCheck;
        failing = failing || area.state == AreaState::Failing;
        toImprove = toImprove || area.state == AreaState::ToImprove;
        if (area.score) {
            weighted += areaWeight(area.area) * *area.score;
            weights += areaWeight(area.area);
        }
    }
    if (report.domainNotFound) { // never a score: there is nothing to rate
        result.state = OverallState::DomainNotFound;
        return result;
    }
    if (weights > 0) {
        result.score = (weighted + weights / 2) / weights;
        if (failing) // a failing area is never outweighed by the others (docs/scoring.md)
            result.score = std::min(*result.score, MaxScoreWhenFailing);
    }
    result.provisional = unknown;
    if (failing)
        result.state = OverallState::Failing;
    else if (toImprove)
        result.state = OverallState::ToImprove;
    else if (weights == 0)
        result.state = OverallState::CouldNotCheck;
    else
        result.state = OverallState::Good;
    return result;
}

QString areaName(Area area)
{
    switch (area) {
    case Area::Spf:
        return Tr::tr("SPF");
    case Area::Dkim:
        return Tr::tr("DKIM");
    case Area::Dmarc:
        return Tr::tr("DMARC");
    case Area::Bimi:
        return Tr::tr("BIMI");
    case Area::Mx:
        return Tr::tr("MX");
    case Area::Transport:
        //: the area: STARTTLS of the MX servers, MTA-STS, TLS-RPT, DANE
        return Tr::tr("Transport");
    case Area::Dnssec:
        return Tr::tr("DNSSEC");
    }
    return {};
}

QString areaStateName(AreaState state)
{
    switch (state) {
    case AreaState::Good:
        return Tr::tr("Good");
    case AreaState::ToImprove:
        return Tr::tr("To improve");
    case AreaState::Failing:
        return Tr::tr("Failing");
    case AreaState::CouldNotCheck:
        return Tr::tr("Could not check");
    case AreaState::NotApplicable:
        return Tr::tr("Not applicable");
    case AreaState::NotChecked:
        return Tr::tr("Not checked");
    }
    return {};
}

QString overallStateName(OverallState state)
{
    switch (state) {
    case OverallState::Good:
        return Tr::tr("Good");
    case OverallState::ToImprove:
        return Tr::tr("To improve");
    case OverallState::Failing:
        return Tr::tr("Failing");
    case OverallState::CouldNotCheck:
        return Tr::tr("Could not check");
    case OverallState::DomainNotFound:
        return Tr::tr("Domain not found");
    }
    return {};
}

} // namespace Sceau::Audit
