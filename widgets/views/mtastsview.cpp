#include "widgets/views/mtastsview.h"

#include "model/audit/auditreport.h"
#include "model/core/async.h"
#include "model/session/session.h"
#include "model/transport/mtastscheck.h"
#include "model/transport/tlsrptcheck.h"
#include "widgets/views/findingsview.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Sceau::Widgets {

MtaStsView::MtaStsView(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_mtaSts(new QLabel(this))
    , m_tlsRpt(new QLabel(this))
    , m_findings(new FindingsView(this))
{
    setObjectName(QStringLiteral("mtaStsView"));
    m_mtaSts->setObjectName(QStringLiteral("mtaStsLabel"));
    m_tlsRpt->setObjectName(QStringLiteral("tlsRptLabel"));
    m_findings->setObjectName(QStringLiteral("mtaStsFindingsView"));
    m_mtaSts->setWordWrap(true);
    m_tlsRpt->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_mtaSts);
    layout->addWidget(m_tlsRpt);
    layout->addWidget(m_findings, 1);
}

QList<Finding> MtaStsView::findings() const
{
    return m_mtaStsFindings + m_tlsRptFindings;
}

void MtaStsView::check(const QString &domain)
{
    const quint64 ticket = ++m_ticket;
    m_pending = 2;
    m_domain = domain;
    m_findings->clear();
    //: %1 a domain
    m_mtaSts->setText(tr("Checking MTA-STS for %1…").arg(domain));
    m_tlsRpt->setText(tr("Checking TLS-RPT for %1…").arg(domain));
    onResult(Transport::checkMtaSts(m_session->resolver(), domain, m_session->transportSettings()),
             this,
             [this, ticket](const Transport::MtaStsCheck &check) {
                 if (ticket != m_ticket)
                     return;
                 m_mtaStsFindings = check.findings;
                 if (check.policy)
                     //: %1 a mode token (enforce, testing, none), %2 the record's id
                     m_mtaSts->setText(tr("MTA-STS: mode %1, id %2")
                                           .arg(Transport::MtaStsModes.token(check.policy->mode),
                                                check.record.record.id));
                 else if (check.incomplete())
                     m_mtaSts->setText(tr("MTA-STS: could not be checked"));
                 else
                     m_mtaSts->setText(tr("MTA-STS: no usable policy"));
                 showIfDone(ticket);
             });
    onResult(Transport::checkTlsRpt(m_session->resolver(), domain),
             this,
             [this, ticket](const Transport::TlsRptCheck &check) {
                 if (ticket != m_ticket)
                     return;
                 m_tlsRptFindings = check.findings;
                 if (check.record.state == Transport::RecordState::Valid)
                     //: %1 report addresses
                     m_tlsRpt->setText(
                         tr("TLS-RPT: reports go to %1")
                             .arg(check.record.record.rua.join(QStringLiteral(", "))));
                 else if (check.incomplete())
                     m_tlsRpt->setText(tr("TLS-RPT: could not be checked"));
                 else
                     m_tlsRpt->setText(tr("TLS-RPT: no usable record"));
                 showIfDone(ticket);
             });
}

void MtaStsView::showIfDone(quint64 ticket)
{
    if (ticket != m_ticket || --m_pending > 0)
        return;
    Audit::AuditReport report;
    report.domain = m_domain;
    report.findings = findings();
    m_findings->setReport(report);
    emit checked();
}

} // namespace Sceau::Widgets
