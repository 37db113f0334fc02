#pragma once

#include "model/core/finding.h"
#include "model/dns/resolver.h"
#include "model/spf/spfdraft.h"

#include <QWizard>

namespace Sceau {
class Session;
namespace Spf {
class DraftResolver;
} // namespace Spf
} // namespace Sceau

namespace Sceau {
namespace Widgets {

class SpfDomainPage;

// Composes an SPF record: the domain, who sends its mail (provider presets, MX, ranges,
// includes) with the live DNS lookup budget, the policy for everyone else, then the zone line
// to publish and a what-if check of a test address against the draft. Leaving the domain page
// loads the domain's published record into the draft (SpfDraft::fromRecord). Pages read and
// write the typed draft; all DNS work is asynchronous through the model, on the session's
// resolver of the moment (a settings change moves the wizard to the new one).
class SpfWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { DomainPage, SendersPage, PolicyPage, ResultPage };

    // session: outlives the wizard.
    explicit SpfWizard(Session *session, QWidget *parent = nullptr);

    void setDomain(const QString &domain); // pre-fills the domain page

    Spf::SpfDraft &draft() { return m_draft; }
    // The real DNS (the published records), for loading the current record.
    Dns::Resolver *resolver() const;
    // The real DNS with the draft's TXT record in place of the published one.
    Spf::DraftResolver *draftResolver() const { return m_draftResolver; }
    void draftChanged(); // pages call this after editing the draft
    // What the audit says of the draft's TXT RRset as it would be published (its size, its
    // strings: SpfValidator::publicationFindings, RFC 7208 §3.3, §3.4), and as text to show
    // (empty when nothing is wrong).
    QList<Finding> draftFindings() const;
    QString draftFindingsText() const;
    Session *session() const { return m_session; }

signals:
    // The session's resolver was rebuilt: lookups sent to the old one will not come back.
    void resolverChanged();

private:
    Spf::SpfDraft m_draft;
    Session *m_session;
    SpfDomainPage *m_domainPage;
    Spf::DraftResolver *m_draftResolver;
};

} // namespace Widgets
} // namespace Sceau
