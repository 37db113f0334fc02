#include "widgets/wizards/spf/spfwizard.h"

#include "model/session/session.h"
#include "model/spf/draftresolver.h"
#include "widgets/wizards/spf/spfdomainpage.h"
#include "widgets/wizards/spf/spfpolicypage.h"
#include "widgets/wizards/spf/spfresultpage.h"
#include "widgets/wizards/spf/spfsenderspage.h"

namespace Sceau::Widgets {

SpfWizard::SpfWizard(Session *session, QWidget *parent)
    : QWizard(parent)
    , m_session(session)
    , m_domainPage(new SpfDomainPage(this))
    , m_draftResolver(new Spf::DraftResolver(session->resolver(), this))
{
    connect(session, &Session::resolverChanged, this, [this] {
        m_draftResolver->setUpstream(m_session->resolver());
        emit resolverChanged();
    });
    setObjectName(QStringLiteral("spfWizard"));
    //: SPF: Sender Policy Framework, a DNS record listing the servers allowed to send a domain's
    //: mail
    setWindowTitle(tr("SPF record wizard"));
    setPage(DomainPage, m_domainPage);
    setPage(SendersPage, new SpfSendersPage(this));
    setPage(PolicyPage, new SpfPolicyPage(this));
    setPage(ResultPage, new SpfResultPage(this));
}

Dns::Resolver *SpfWizard::resolver() const
{
    return m_session->resolver();
}

void SpfWizard::setDomain(const QString &domain)
{
    m_domainPage->setDomain(domain);
}

void SpfWizard::draftChanged()
{
    m_draftResolver->setDraft(m_draft.domain, m_draft.strings());
}

} // namespace Sceau::Widgets
