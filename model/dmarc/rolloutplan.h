#pragma once

#include "model/dmarc/rolloutevidence.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace Sceau {
namespace Dmarc {

// The stages of a DMARC rollout: monitor (p=none) → test mode (p=quarantine; t=y) →
// quarantine → reject. Never pct= (RFC 9989 removed it; t=y replaces pct=0).
enum class RolloutStage { Monitor, TestMode, Quarantine, Reject };

// What the evidence says of a step.
enum class Readiness {
    NoEvidence, // no imported report for the domain
    TooEarly,   // reports cover less than the period the step needs
    Unsafe,     // too little mail passes aligned: the failing sources would be hit
    Safe,
};

// Minimums before each step (Sceau's judgement, not an RFC's): reports over at least this
// many days, and at least this share of the mail passing DMARC aligned.
inline constexpr int MinReportDays = 14;
inline constexpr double TestModeShare = 0.90;
inline constexpr double QuarantineShare = 0.98;
inline constexpr double RejectShare = 0.995;

struct RolloutStep
{
    RolloutStage stage = RolloutStage::Monitor;
    QString tags; // the policy tags of the step: "p=none", "p=quarantine; t=y"…
    QDate date;   // when to publish it, at the earliest
    Readiness readiness = Readiness::NoEvidence;
    double requiredShare = 0.0;     // the pass share the step needs
    QList<SourceImpact> wouldBeHit; // the failing sources the step would affect
};

// The four steps from start (the day p=none is, or was, published), each MinReportDays after
// the previous one at least; judged on evidence (nullopt: no report imported). Pure.
QList<RolloutStep> planRollout(const QDate &start, const std::optional<RolloutEvidence> &evidence);

} // namespace Dmarc
} // namespace Sceau
