#pragma once

#include "model/spf/spfdraft.h"

#include <QWizard>

namespace Sceau {
namespace Dns {
class Resolver;
} // namespace Dns
namespace Spf {
class DraftResolver;
} // namespace Spf
} // namespace Sceau

namespace Sceau {
namespace Widgets {

// Composes an SPF record: the domain, who sends its mail (provider presets, MX, ranges,
// includes) with the live DNS lookup budget, the policy for everyone else, then the zone line
// to publish and a what-if check of a test address against the draft. Pages read and write
// the typed draft; all DNS work is asynchronous through the model.
class SpfWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { DomainPage, SendersPage, PolicyPage, ResultPage };

    explicit SpfWizard(Dns::Resolver *resolver, QWidget *parent = nullptr);

    Spf::SpfDraft &draft() { return m_draft; }
    // The real DNS with the draft's TXT record in place of the published one.
    Spf::DraftResolver *draftResolver() const { return m_draftResolver; }
    void draftChanged(); // pages call this after editing the draft

private:
    Spf::SpfDraft m_draft;
    Spf::DraftResolver *m_draftResolver;
};

} // namespace Widgets
} // namespace Sceau
