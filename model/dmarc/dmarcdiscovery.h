#pragma once

#include "model/dmarc/dmarcrecord.h"
#include "model/dns/lookupresult.h"

#include <QFuture>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Sceau {
namespace Dns {
class Resolver;
} // namespace Dns
} // namespace Sceau

namespace Sceau {
namespace Dmarc {

// RFC 9989 §4.10: at most 8 queries per walk — the Author Domain, then at most 7 labels, one
// fewer each time, down to the single-label name.
inline constexpr int MaxWalkLabels = 7;
inline constexpr int MaxWalkQueries = MaxWalkLabels + 1;

// One query of the walk: TXT _dmarc.<domain>.
struct WalkStep
{
    QString domain;
    Dns::LookupResult lookup;
    QList<QByteArray> records;    // the TXT values there that are DMARC records (isDmarcRecord)
    std::optional<Record> record; // parsed, when there is exactly one

    // A DMARC record the walk may use: exactly one, and valid (RFC 9989 §4.10: several are
    // all discarded).
    bool hasPolicy() const { return record && record->valid; }
};

// Policy discovery and the Organizational Domain of one domain, by the DNS tree walk
// (RFC 9989 §4.10). No Public Suffix List: RFC 9989 replaced it with the walk and gives no
// fallback to it.
struct Discovery
{
    QString domain;        // the Author Domain (normalized)
    QList<WalkStep> steps; // every query made, in order
    int failedStep = -1;   // index of the lookup that failed; the walk stopped there
    int policyStep = -1;   // the step whose record is the policy; -1: none found
    QString orgDomain;     // RFC 9989 §4.10.2; empty when it could not be determined

    bool complete() const { return failedStep < 0; }
    // The policy is known: found before any failure, or none found by a complete walk. A
    // failure before a record is "could not determine", never "no policy".
    bool policyDetermined() const { return complete() || policyStep >= 0; }
    const WalkStep *policy() const { return policyStep >= 0 ? &steps.at(policyStep) : nullptr; }
    QString policyDomain() const { return policy() ? policy()->domain : QString(); }
    bool inherited() const { return policy() && policy()->domain != domain; }
    const Dns::LookupResult *failure() const
    {
        return failedStep >= 0 ? &steps.at(failedStep).lookup : nullptr;
    }
};

// The domains the walk asks _dmarc of, in order (RFC 9989 §4.10): domain itself; then, when it
// has more than 7 labels, its last 7; then one label fewer each time, down to one label.
QStringList walkDomains(const QString &domain);

// The step made of one answer: the DMARC records among the TXT values, parsed when one.
WalkStep walkStep(const QString &domain, const Dns::LookupResult &lookup);

// Whether the walk stops after this step (RFC 9989 §4.10): a failure, or a single record with
// psd=y or psd=n.
bool walkStops(const WalkStep &step);

// The decisions on the steps made (pure): the policy record — the first usable one, the
// Author Domain's or the nearest ancestor's (§4.10.1) — and the Organizational Domain
// (§4.10.2): the first record with psd=n; else the domain one label below the first with
// psd=y (the Author Domain itself when that record is its own); else the record with the
// fewest labels; with no record at all, the Author Domain itself.
Discovery decide(const QString &domain, QList<WalkStep> steps);

// Walks the tree for domain through resolver and decides: every name of the walk is asked at
// once, the answers used in the walk's order up to where it stops. The future always finishes
// with a Discovery.
QFuture<Discovery> discover(Dns::Resolver *resolver, const QString &domain);

} // namespace Dmarc
} // namespace Sceau
