#include "widgets/wizards/spf/spfwizard.h"

#include "model/spf/draftresolver.h"
#include "widgets/wizards/spf/spfdomainpage.h"
#include "widgets/wizards/spf/spfpolicypage.h"
#include "widgets/wizards/spf/spfresultpage.h"
#include "widgets/wizards/spf/spfsenderspage.h"

namespace Sceau::Widgets {

SpfWizard::SpfWizard(Dns::Resolver *resolver, QWidget *parent)
    : QWizard(parent)
    , m_resolver(resolver)
    , m_domainPage(new SpfDomainPage(this))
    , m_draftResolver(new Spf::DraftResolver(resolver, this))
{
    setObjectName(QStringLiteral("spfWizard"));
    //: SPF: Sender Policy Framework, a DNS record listing the servers allowed to send a domain's
    //: mail
    setWindowTitle(tr("SPF record wizard"));
    setPage(DomainPage, m_domainPage);
    setPage(SendersPage, new SpfSendersPage(this));
    setPage(PolicyPage, new SpfPolicyPage(this));
    setPage(ResultPage, new SpfResultPage(this));
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
