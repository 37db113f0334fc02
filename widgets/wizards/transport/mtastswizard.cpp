#include "widgets/wizards/transport/mtastswizard.h"

#include "model/core/textfile.h"

#include "model/core/async.h"
#include "model/session/session.h"
#include "model/transport/mtastscheck.h"
#include "widgets/wizards/transport/mtastspolicypage.h"
#include "widgets/wizards/transport/mtastspublishpage.h"

namespace Sceau::Widgets {

MtaStsWizard::MtaStsWizard(Session *session, QWidget *parent)
    : QWizard(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("mtaStsWizard"));
    //: MTA-STS is a protocol name
    setWindowTitle(tr("MTA-STS policy"));
    setPage(PolicyPage, new MtaStsPolicyPage(this));
    setPage(PublishPage, new MtaStsPublishPage(this));
}

void MtaStsWizard::load(const QString &domain)
{
    const quint64 ticket = ++m_ticket;
    m_check.reset();
    onResult(Transport::checkMtaSts(m_session->resolver(), domain, m_session->transportSettings()),
             this,
             [this, ticket](const Transport::MtaStsCheck &check) {
                 if (ticket != m_ticket)
                     return; // a newer load() was asked for
                 m_check = check;
                 m_draft = Transport::MtaStsDraft::fromCheck(check);
                 emit loaded();
             });
}

Result<void> MtaStsWizard::exportPolicy(const QString &path)
{
    return writeTextFile(path, m_draft.policyText());
}

} // namespace Sceau::Widgets
