#pragma once

#include "model/core/result.h"
#include "model/dmarc/rolloutevidence.h"

#include <QWizard>

#include <optional>

namespace Sceau {
class Session;
namespace Widgets {

class DmarcPolicyPage;
class DmarcRolloutPage;

// Writes a domain's DMARC record (RFC 9989): the policy page, then the rollout plan. Never
// writes pct=. The record is built and checked by the model (model/dmarc).
class DmarcWizard : public QWizard
{
    Q_OBJECT
public:
    // session: outlives the wizard; with one, the rollout page publishes (PublishPanel).
    explicit DmarcWizard(Session *session = nullptr, QWidget *parent = nullptr);

    void setDomain(const QString &domain);
    // What the imported aggregate reports say, for the rollout plan (nullopt: none).
    void setEvidence(const std::optional<Dmarc::RolloutEvidence> &evidence);
    QString zoneLine() const; // empty while the domain is not valid
    // Writes the zone line (and the authorisation lines) to path; InvalidInput while the
    // domain is not valid.
    Result<void> exportRecord(const QString &path);

private:
    DmarcPolicyPage *m_policy;
    DmarcRolloutPage *m_rollout;
};

} // namespace Widgets
} // namespace Sceau
