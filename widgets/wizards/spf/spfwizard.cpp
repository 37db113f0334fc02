#include "widgets/wizards/spf/spfwizard.h"

#include "model/session/session.h"
#include "model/spf/draftresolver.h"
#include "model/spf/spffindings.h"
#include "model/spf/spfvalidator.h"
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
    // Pages scroll below this; the default leaves room for the providers and the budget.
    setMinimumSize(560, 420);
    resize(720, 640);
}

Dns::Resolver *SpfWizard::resolver() const
{
    return m_session->resolver();
}

void SpfWizard::setDomain(const QString &domain)
{
    m_domainPage->setDomain(domain);
}

QList<Finding> SpfWizard::draftFindings() const
{
    // The audit's own rule on the published TXT RRset, applied to the draft as published.
    return Spf::SpfValidator::publicationFindings(
        Spf::Publication::from(m_draft.domain, m_draftResolver->draftAnswer()));
}

QString SpfWizard::draftFindingsText() const
{
    QStringList lines;
    for (const Finding &finding : draftFindings()) {
        if (const auto text = Spf::findingText(finding))
            //: %1 the title of a finding about the draft record, %2 its explanation
            lines << tr("%1: %2").arg(text->title, text->explanation);
    }
    return lines.join(u'\n');
}

void SpfWizard::draftChanged()
{
    m_draftResolver->setDraft(m_draft.domain, m_draft.strings());
}

} // namespace Sceau::Widgets
