#include "model/dmarc/rolloutplan.h"

namespace Sceau::Dmarc {

QList<RolloutStep> planRollout(const QDate &start, const std::optional<RolloutEvidence> &evidence)
{
    const bool hasReports = evidence && evidence->reports > 0 && evidence->messages > 0;
    const qint64 coveredDays = hasReports && evidence->begin.isValid() && evidence->end.isValid()
                                   ? evidence->begin.daysTo(evidence->end)
                                   : 0;
    const double share = hasReports ? evidence->passShare() : 0.0;
    QList<RolloutStep> steps;
    steps << RolloutStep{
        RolloutStage::Monitor, QStringLiteral("p=none"), start, Readiness::Safe, 0.0, {}};
    const struct
    {
        RolloutStage stage;
        const char *tags;
        double share;
    } next[] = {{RolloutStage::TestMode, "p=quarantine; t=y", TestModeShare},
                {RolloutStage::Quarantine, "p=quarantine", QuarantineShare},
                {RolloutStage::Reject, "p=reject", RejectShare}};
    QDate date = start;
    int neededDays = 0;
    for (const auto &n : next) {
        date = date.addDays(MinReportDays);
        neededDays += MinReportDays;
        RolloutStep step{
            n.stage, QString::fromLatin1(n.tags), date, Readiness::NoEvidence, n.share, {}};
        if (hasReports) {
            step.wouldBeHit = evidence->failingSources;
            if (coveredDays < neededDays)
                step.readiness = Readiness::TooEarly;
            else
                step.readiness = share >= n.share ? Readiness::Safe : Readiness::Unsafe;
        }
        steps << step;
    }
    return steps;
}

} // namespace Sceau::Dmarc
