#include "widgets/views/daneview.h"

#include "model/audit/findingcatalogue.h"
#include "model/core/async.h"
#include "model/session/session.h"
#include "model/transport/transportfindings.h"
#include "widgets/views/severityicon.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Sceau::Widgets {

namespace {
QString statusName(Dns::DnssecStatus status)
{
    switch (status) {
    case Dns::DnssecStatus::Secure:
        //: DNSSEC status: validated
        return DaneView::tr("secure");
    case Dns::DnssecStatus::Insecure:
        //: DNSSEC status: not signed, or no chain of trust
        return DaneView::tr("insecure");
    case Dns::DnssecStatus::Bogus:
        //: DNSSEC status: signatures fail validation
        return DaneView::tr("bogus");
    case Dns::DnssecStatus::CouldNotCheck:
        break;
    }
    return DaneView::tr("could not check");
}

QString daneState(const Transport::DaneHost &host, const Transport::DaneAddress &address)
{
    if (address.attempt.couldNotTest())
        return DaneView::tr("could not test");
    if (!address.matchesTlsa())
        return DaneView::tr("not authenticated");
    return host.inForce() ? DaneView::tr("authenticated by DANE")
                          : DaneView::tr("matches, DANE not in force");
}
} // namespace

DaneView::DaneView(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_domain(new QLineEdit(this))
    , m_checkButton(new QPushButton(tr("Check DANE"), this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
    , m_progress(new QProgressBar(this))
    , m_summary(new QLabel(this))
    , m_hosts(new QTreeWidget(this))
    , m_findings(new QTreeWidget(this))
{
    m_domain->setObjectName(QStringLiteral("daneDomainLineEdit"));
    m_domain->setAccessibleName(tr("Domain checked for DANE"));
    m_domain->setPlaceholderText(tr("example.com"));
    m_checkButton->setObjectName(QStringLiteral("daneCheckButton"));
    m_cancelButton->setObjectName(QStringLiteral("daneCancelButton"));
    m_progress->setObjectName(QStringLiteral("daneProgressBar"));
    m_progress->setRange(0, 0); // busy: the check does not know its length in advance
    m_summary->setObjectName(QStringLiteral("daneSummaryLabel"));
    m_summary->setWordWrap(true);
    m_hosts->setObjectName(QStringLiteral("daneHostsTreeWidget"));
    m_hosts->setAccessibleName(tr("DANE of each mail server"));
    m_hosts->setHeaderLabels({tr("MX host / address"), tr("DNSSEC"), tr("TLSA"), tr("DANE")});
    m_hosts->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_findings->setObjectName(QStringLiteral("daneFindingsTreeWidget"));
    m_findings->setAccessibleName(tr("DANE findings"));
    m_findings->setHeaderLabels({tr("Finding"), tr("Explanation")});
    m_findings->setRootIsDecorated(false);
    m_findings->setWordWrap(true);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_domain, 1);
    bar->addWidget(m_checkButton);
    bar->addWidget(m_cancelButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    layout->addWidget(m_hosts, 1);
    layout->addWidget(m_findings, 1);

    connect(m_checkButton, &QPushButton::clicked, this, [this] { check(); });
    connect(m_domain, &QLineEdit::returnPressed, this, [this] { check(); });
    connect(m_cancelButton, &QPushButton::clicked, this, &DaneView::cancel);
    setRunning(false);
}

void DaneView::check(const QString &domain)
{
    if (!domain.isEmpty())
        m_domain->setText(domain);
    const QString name = m_domain->text().trimmed().toLower();
    if (name.isEmpty())
        return;
    cancel();
    m_resolver = new Dns::DnssecResolver(m_session->resolverSettings(), this);
    Transport::DaneOptions options;
    options.transport = m_session->transportSettings();
    const quint64 ticket = ++m_ticket;
    setRunning(true);
    //: %1 a domain name
    m_summary->setText(tr("Checking DNSSEC and DANE for %1…").arg(name));
    onResult(Transport::checkDane(m_resolver, name, options),
             this,
             [this, ticket](const Transport::DaneReport &report) {
                 if (ticket != m_ticket) // a newer check, or a cancel, came since
                     return;
                 delete m_resolver;
                 setRunning(false);
                 showReport(report);
                 emit finished();
             });
}

void DaneView::cancel()
{
    if (!m_resolver)
        return;
    ++m_ticket;
    delete m_resolver; // its pending lookups are canceled with it
    setRunning(false);
    m_summary->setText(tr("Check canceled."));
}

void DaneView::setRunning(bool running)
{
    m_progress->setVisible(running);
    m_cancelButton->setEnabled(running);
    m_checkButton->setEnabled(!running);
}

void DaneView::showReport(const Transport::DaneReport &report)
{
    m_report = report;
    m_hosts->clear();
    int inForce = 0;
    for (const Transport::DaneHost &host : report.hosts) {
        inForce += host.inForce() ? 1 : 0;
        auto *item = new QTreeWidgetItem(m_hosts,
                                         {host.host,
                                          statusName(host.addressStatus()),
                                          statusName(host.tlsa.status),
                                          host.inForce() ? tr("in force") : tr("not in force")});
        for (const Transport::DaneAddress &address : host.addresses)
            new QTreeWidgetItem(item,
                                {Transport::serverLabel(address.endpoint),
                                 QString(),
                                 QString(),
                                 daneState(host, address)});
        item->setExpanded(true);
    }
    m_findings->clear();
    for (const Finding &finding : report.findings) {
        const FindingText text = Audit::FindingCatalogue::text(finding);
        auto *item = new QTreeWidgetItem(m_findings, {text.title, text.explanation});
        item->setIcon(0, findingIcon(finding));
        item->setToolTip(0, findingStateName(finding));
        item->setData(0, IdRole, finding.id);
    }
    //: %1 a domain, %2 DNSSEC status of its MX records, %3 how many MX hosts have DANE in force
    m_summary->setText(
        tr("%1: MX records %2; DANE in force on %n MX host(s).", nullptr, inForce)
            .arg(report.domain, statusName(report.mx.status))
        + (report.incomplete() ? u' ' + tr("Some checks could not be made.") : QString()));
}

} // namespace Sceau::Widgets
