#include "widgets/views/transportview.h"

#include "model/audit/findingcatalogue.h"
#include "model/core/async.h"
#include "model/session/session.h"
#include "model/transport/transportfindings.h"
#include "widgets/views/severityicon.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Sceau::Widgets {

using namespace Transport;

namespace {
enum Column {
    HostColumn,
    PreferenceColumn,
    AddressColumn,
    StartTlsColumn,
    VersionsColumn,
    CertificateColumn,
    DefaultColumn,
    RequireTlsColumn,
    SkipVerifyColumn,
    ColumnCount
};

QString deliveryText(Delivery delivery)
{
    switch (delivery) {
    case Delivery::EncryptedVerified:
        return TransportView::tr("Encrypted, verified");
    case Delivery::EncryptedUnverified:
        return TransportView::tr("Encrypted, not verified");
    case Delivery::Plaintext:
        return TransportView::tr("Plaintext");
    case Delivery::Refused:
        return TransportView::tr("Not delivered");
    case Delivery::CouldNotTest:
        return TransportView::tr("Could not test");
    }
    return {};
}

// Colour by outcome: green sealed, amber unverified, orange plaintext, red lost, grey unknown.
QColor deliveryColour(Delivery delivery)
{
    switch (delivery) {
    case Delivery::EncryptedVerified:
        return QColor(0xc8, 0xe6, 0xc9);
    case Delivery::EncryptedUnverified:
        return QColor(0xff, 0xf1, 0x9c);
    case Delivery::Plaintext:
        return QColor(0xff, 0xcc, 0x80);
    case Delivery::Refused:
        return QColor(0xef, 0x9a, 0x9a);
    case Delivery::CouldNotTest:
        return QColor(0xe0, 0xe0, 0xe0);
    }
    return {};
}

// "TLS 1.2 · TLS 1.3": the accepted versions, the obsolete ones marked (RFC 8996).
QString versionBadges(const AddressProbe &probe)
{
    QStringList badges;
    for (auto it = probe.accepted.cbegin(); it != probe.accepted.cend(); ++it) {
        if (!it.value())
            continue;
        const QString name = TlsVersionTokens.token(it.key()); // tls1_2: a protocol token
        badges << (isObsolete(it.key()) ? TransportView::tr("%1 (obsolete)").arg(name) : name);
    }
    return badges.join(QStringLiteral(" · "));
}

QString certificateText(const AddressProbe &probe)
{
    if (!probe.certificate)
        return probe.attempt.outcome == SmtpTlsAttempt::Outcome::Encrypted
                   ? TransportView::tr("unreadable")
                   : QString();
    const CertificateReport &cert = *probe.certificate;
    if (cert.expired())
        return TransportView::tr("expired");
    if (!cert.trusted)
        return TransportView::tr("untrusted");
    if (!cert.nameMatches)
        return TransportView::tr("wrong name");
    return TransportView::tr("valid, %n day(s) left", nullptr, int(cert.daysLeft));
}

QString startTlsText(const AddressProbe &probe)
{
    using O = SmtpTlsAttempt::Outcome;
    switch (probe.attempt.outcome) {
    case O::Encrypted:
        return TransportView::tr("yes");
    case O::NoStartTls:
        return TransportView::tr("not offered");
    case O::StartTlsRefused:
        return TransportView::tr("refused");
    case O::HandshakeFailed:
        return TransportView::tr("handshake failed");
    default:
        return TransportView::tr("could not test");
    }
}

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}
} // namespace

TransportView::TransportView(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_watcher(new QFutureWatcher<DomainTransport>(this))
    , m_summary(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_progressLabel(new QLabel(this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_details(new QLabel(this))
    , m_findings(new QTreeWidget(this))
    , m_sections(new QVBoxLayout)
{
    setObjectName(QStringLiteral("transportView"));
    m_summary->setObjectName(QStringLiteral("transportSummaryLabel"));
    m_summary->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("transportProgressBar"));
    m_progressLabel->setObjectName(QStringLiteral("transportProgressLabel"));
    m_cancelButton->setObjectName(QStringLiteral("transportCancelPushButton"));
    m_table->setObjectName(QStringLiteral("transportTableWidget"));
    m_table->setAccessibleName(tr("Mail servers and their TLS"));
    m_details->setObjectName(QStringLiteral("transportDetailsLabel"));
    m_details->setAccessibleName(tr("Details of the selected server"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_findings->setObjectName(QStringLiteral("transportFindingsTreeWidget"));
    m_findings->setAccessibleName(tr("Transport findings"));
    m_findings->setHeaderLabels({tr("Finding"), tr("Rule")});
    m_findings->setRootIsDecorated(false);
    m_findings->setWordWrap(true);
    m_sections->setContentsMargins(0, 0, 0, 0);

    m_table->setHorizontalHeaderLabels({
        tr("MX host"),
        //: MX preference: lower is tried first
        tr("Preference"),
        tr("Address"),
        QStringLiteral("STARTTLS"),
        tr("TLS versions"),
        tr("Certificate"),
        //: sending option: opportunistic TLS, what senders do by default
        tr("Default"),
        //: sending option: a message that cannot go encrypted and verified is not sent
        tr("Require TLS"),
        //: sending option: certificate problems are ignored
        tr("Skip verification"),
    });
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Room for a few MX rows and findings even when the policy sections below are long (the
    // main window scrolls the page).
    m_table->setMinimumHeight(m_table->fontMetrics().height() * 9);
    m_findings->setMinimumHeight(m_findings->fontMetrics().height() * 7);

    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_progressLabel);
    progressRow->addWidget(m_cancelButton);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->addWidget(m_findings);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(progressRow);
    layout->addWidget(splitter, 1);
    layout->addLayout(m_sections);

    connect(m_cancelButton, &QPushButton::clicked, this, &TransportView::cancel);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &TransportView::showDetails);
    using Watcher = QFutureWatcher<DomainTransport>;
    connect(m_watcher, &Watcher::progressRangeChanged, m_progress, &QProgressBar::setRange);
    connect(m_watcher, &Watcher::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(m_watcher, &Watcher::progressTextChanged, this, [this](const QString &host) {
        //: %1 an MX host name whose probe just ended
        m_progressLabel->setText(tr("%1 done").arg(host));
    });
    connect(m_watcher, &Watcher::finished, this, &TransportView::finished);
    setBusy(false);
}

TransportView::~TransportView()
{
    m_watcher->cancel(); // the run starts nothing more and deletes itself
}

void TransportView::addSection(QWidget *section)
{
    section->setParent(this);
    m_sections->addWidget(section);
}

void TransportView::probe(const QString &domain)
{
    // The newest request wins: the old run stops, and setFuture() drops its pending signals.
    m_watcher->cancel();
    m_domain = domain;
    m_transport.reset();
    m_table->setRowCount(0);
    m_details->clear();
    m_findings->clear();
    m_progressLabel->clear();
    //: %1 a domain
    m_summary->setText(tr("Probing the mail servers of %1…").arg(domain));
    m_progress->setRange(0, 0);
    setBusy(true);
    m_watcher->setFuture(
        probeDomain(m_session->resolver(), domain, m_session->transportSettings()));
}

void TransportView::cancel()
{
    if (!m_watcher->isRunning())
        return;
    m_watcher->cancel();
}

void TransportView::finished()
{
    setBusy(false);
    const QFuture<DomainTransport> future = m_watcher->future();
    if (future.isCanceled() || future.resultCount() == 0) {
        //: %1 a domain
        m_summary->setText(tr("Probe of %1 canceled.").arg(m_domain));
        emit probeCanceled();
        return;
    }
    m_transport = future.result();
    showTransport(*m_transport);
    emit probeFinished(*m_transport);
}

void TransportView::showTransport(const DomainTransport &transport)
{
    QString summary;
    switch (transport.route) {
    case MailRoute::NullMx:
        summary = tr("%1 accepts no mail (null MX): there is no mail server to check.")
                      .arg(transport.domain);
        break;
    case MailRoute::CouldNotCheck:
        summary = tr("The MX records of %1 could not be looked up: could not check.")
                      .arg(transport.domain);
        break;
    case MailRoute::ImplicitMx:
    case MailRoute::MxSet:
        if (transport.score)
            //: %1 a domain, %2 transport score out of 100
            summary
                = tr("Transport of %1: score %2/100").arg(transport.domain).arg(*transport.score);
        else
            summary = tr("Transport of %1: no server could be tested.").arg(transport.domain);
        if (transport.incomplete())
            summary += u' ' + tr("Some servers could not be tested: the result is incomplete.");
        break;
    }
    m_summary->setText(summary);
    for (qsizetype h = 0; h < transport.hosts.size(); ++h) {
        const MxTransport &host = transport.hosts.at(h);
        for (qsizetype a = 0; a < host.probe.addresses.size(); ++a) {
            const AddressProbe &address = host.probe.addresses.at(a);
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            auto *hostItem = cell(host.exchange);
            hostItem->setData(Qt::UserRole, QPoint(int(h), int(a)));
            m_table->setItem(row, HostColumn, hostItem);
            m_table->setItem(row, PreferenceColumn, cell(QString::number(host.preference)));
            m_table->setItem(row, AddressColumn, cell(address.endpoint.address.toString()));
            m_table->setItem(row, StartTlsColumn, cell(startTlsText(address)));
            m_table->setItem(row, VersionsColumn, cell(versionBadges(address)));
            m_table->setItem(row, CertificateColumn, cell(certificateText(address)));
            const DeliveryMode modes[]
                = {DeliveryMode::Default, DeliveryMode::RequireTls, DeliveryMode::SkipVerify};
            for (int m = 0; m < 3; ++m) {
                const Delivery delivery = deliveryOf(address, modes[m]);
                auto *item = cell(deliveryText(delivery));
                item->setBackground(deliveryColour(delivery));
                item->setForeground(QColor(Qt::black));
                item->setData(Qt::UserRole, DeliveryTokens.token(delivery));
                m_table->setItem(row, DefaultColumn + m, item);
            }
        }
    }
    for (const Finding &finding : transport.findings) {
        const FindingText text = Audit::FindingCatalogue::text(finding);
        auto *item = new QTreeWidgetItem(m_findings, {text.title, finding.rfc});
        item->setIcon(0, findingIcon(finding));
        item->setToolTip(0, text.explanation);
        item->setData(0, Qt::UserRole, finding.id);
    }
    if (m_table->rowCount() > 0)
        m_table->selectRow(0);
}

void TransportView::showDetails()
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    if (!m_transport || selected.isEmpty()) {
        m_details->clear();
        return;
    }
    const QPoint index
        = m_table->item(selected.first()->row(), HostColumn)->data(Qt::UserRole).toPoint();
    const MxTransport &host = m_transport->hosts.at(index.x());
    const AddressProbe &address = host.probe.addresses.at(index.y());
    QStringList lines;
    lines << serverLabel(address.endpoint);
    if (!address.attempt.greeting.isEmpty())
        //: %1 the server's greeting line
        lines << tr("Greeting: %1").arg(address.attempt.greeting);
    if (address.attempt.outcome == SmtpTlsAttempt::Outcome::Encrypted) {
        const HandshakeInfo &info = address.attempt.handshake.info;
        //: %1 protocol version token, %2 cipher suite, %3 key-exchange group
        lines << tr("Negotiated %1, %2, %3")
                     .arg(TlsVersionTokens.token(info.protocol), info.cipher, info.group);
    }
    if (const auto &cert = address.certificate) {
        //: %1 certificate subject, %2 issuer, %3 names, %4 last day
        lines << tr("Certificate %1, issued by %2, for %3, until %4")
                     .arg(cert->subject,
                          cert->issuer,
                          cert->dnsNames.join(QStringLiteral(", ")),
                          cert->notAfter.toString(Qt::ISODate));
        //: %1 key type (RSA, EC), %2 key size in bits, %3 signature algorithm
        lines << tr("Key %1 %2 bits, signed with %3")
                     .arg(cert->keyType, QString::number(cert->keyBits), cert->signatureAlgorithm);
        if (!cert->trusted)
            lines << tr("Not trusted: %1").arg(cert->trustError);
    }
    if (host.retries > 0)
        lines << tr("Tried again %n time(s).", nullptr, host.retries);
    if (!address.attempt.detail.isEmpty())
        //: %1 what the server or the connection said (not translated)
        lines << tr("Detail: %1").arg(address.attempt.detail);
    m_details->setText(lines.join(u'\n'));
}

void TransportView::setBusy(bool busy)
{
    m_cancelButton->setEnabled(busy);
    m_progress->setVisible(busy);
}

} // namespace Sceau::Widgets
