#pragma once

#include "model/core/result.h"
#include "model/transport/mtastsdraft.h"

#include <QDateTime>
#include <QWizard>

#include <optional>

namespace Sceau {
class Session;
} // namespace Sceau

namespace Sceau {
namespace Widgets {

// Writes a domain's MTA-STS policy file and _mta-sts record (RFC 8461): loading the domain
// checks what is published (through the Session, on the event loop) and fills the draft — the
// published policy, or mode testing with one pattern per MX; the policy page edits mode, MX
// patterns and max_age with advice for the walk testing → enforce; the publish page shows the
// file and the record, whose id changes as soon as the policy differs from the published one.
// Copy and Export on the publish page. Texts come from the model (MtaStsDraft).
class MtaStsWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { PolicyPage, PublishPage };

    // session: outlives the wizard.
    explicit MtaStsWizard(Session *session, QWidget *parent = nullptr);

    // Starts checking domain (the newest call wins); loaded() when done.
    void load(const QString &domain);
    bool isLoaded() const { return m_check.has_value(); }
    const std::optional<Transport::MtaStsCheck> &check() const { return m_check; }

    Transport::MtaStsDraft &draft() { return m_draft; }
    // When the policy was first changed in this wizard: the time the new id is made from.
    QDateTime changedAt() const { return m_changedAt; }
    Session *session() const { return m_session; }

    // Writes the policy file's text to path (replacing it); false, with why, when it cannot.
    Result<void> exportPolicy(const QString &path);

signals:
    void loaded();

private:
    Session *m_session;
    Transport::MtaStsDraft m_draft;
    std::optional<Transport::MtaStsCheck> m_check;
    QDateTime m_changedAt = QDateTime::currentDateTimeUtc();
    quint64 m_ticket = 0;
};

} // namespace Widgets
} // namespace Sceau
