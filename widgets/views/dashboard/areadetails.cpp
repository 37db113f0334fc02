#include "widgets/views/dashboard/areadetails.h"

#include "model/core/domainname.h"
#include "model/dkim/keyrecord.h"
#include "model/dmarc/dmarcrecord.h"
#include "widgets/views/findingsview.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Sceau::Widgets {

namespace {
QString yesNo(bool value)
{
    return value ? AreaDetails::tr("yes") : AreaDetails::tr("no");
}

// One node of the SPF include tree and its branches: the term that leads to it, its lookups
// (own / with the branches below, RFC 7208 §4.6.4), its state.
void addSpfNode(QTreeWidgetItem *parent, QTreeWidget *tree, const Spf::SpfTreeNode &node)
{
    auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(tree);
    item->setText(0, node.via.isEmpty() ? DomainName::forDisplay(node.domain) : node.via);
    //: SPF lookups: %1 this record's own, %2 with every branch below
    item->setText(1, AreaDetails::tr("%1 (%2 in all)").arg(node.ownLookups).arg(node.totalLookups));
    item->setText(2, Spf::TreeStates.token(node.state));
    item->setToolTip(0, node.record);
    for (const Spf::SpfTreeNode &child : node.children)
        addSpfNode(item, tree, child);
}
} // namespace

AreaDetails::AreaDetails(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_note(new QLabel(this))
    , m_data(new QTreeWidget(this))
    , m_raw(new QPlainTextEdit(this))
    , m_findings(new FindingsView(this))
{
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setObjectName(QStringLiteral("areaTitleLabel"));
    m_note->setObjectName(QStringLiteral("areaNoteLabel"));
    m_note->setWordWrap(true);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_data->setObjectName(QStringLiteral("areaDataTreeWidget"));
    m_data->setAlternatingRowColors(true);
    m_data->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_data->setAccessibleName(tr("Data of the area"));
    m_raw->setObjectName(QStringLiteral("rawRecordsPlainTextEdit"));
    m_raw->setReadOnly(true);
    m_raw->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_raw->setAccessibleName(tr("Raw records"));
    m_raw->setMaximumHeight(fontMetrics().lineSpacing() * 6);
    m_findings->setObjectName(QStringLiteral("areaFindingsView"));
    auto *copy = new QPushButton(tr("Copy the r&ecords"), this);
    copy->setObjectName(QStringLiteral("copyRecordsPushButton"));
    connect(copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_raw->toPlainText());
    });
    connect(m_findings, &FindingsView::fixRequested, this, &AreaDetails::fixRequested);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_title);
    topLayout->addWidget(m_note);
    topLayout->addWidget(m_data, 1);
    auto *rawRow = new QHBoxLayout;
    rawRow->addWidget(m_raw, 1);
    rawRow->addWidget(copy, 0, Qt::AlignTop);
    topLayout->addLayout(rawRow);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(m_findings);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    clear();
}

void AreaDetails::clear()
{
    m_title->clear();
    m_note->clear();
    m_note->hide();
    m_data->clear();
    m_data->setColumnCount(1);
    m_data->setHeaderLabels({QString()});
    m_raw->clear();
    m_findings->clear();
}

void AreaDetails::show(Audit::Area area, const Audit::AuditReport &report)
{
    clear();
    m_title->setText(Audit::areaName(area));
    // The area's own findings, most severe first, each with its RFC and Fix….
    Audit::AuditReport own = report;
    own.findings.clear();
    for (const int index : report.assessment.area(area).findings)
        own.findings << report.findings.value(index);
    m_findings->setReport(own);
    switch (area) {
    case Audit::Area::Spf:
        fillSpf(report);
        break;
    case Audit::Area::Dkim:
        fillDkim(report);
        break;
    case Audit::Area::Dmarc:
        fillDmarc(report);
        break;
    case Audit::Area::Mx:
        fillMx(report);
        break;
    case Audit::Area::Transport:
        fillTransport(report);
        break;
    case Audit::Area::Bimi:
    case Audit::Area::Dnssec:
        m_data->hide();
        m_note->setText(report.assessment.area(area).facts.join(u'\n'));
        m_note->setVisible(!m_note->text().isEmpty());
        return;
    }
    m_data->show();
    m_data->expandAll();
}

void AreaDetails::fillSpf(const Audit::AuditReport &report)
{
    m_data->setHeaderLabels({tr("Record / term"), tr("DNS lookups"), tr("State")});
    if (report.spfTree)
        addSpfNode(nullptr, m_data, *report.spfTree);
    if (report.spfLookups >= 0) {
        //: %1 DNS lookups of the SPF tree; RFC 7208 allows 10
        m_note->setText(tr("%1 of the 10 DNS lookups RFC 7208 allows.").arg(report.spfLookups));
        m_note->show();
    }
    m_raw->setPlainText(report.spfRecords.join(u'\n'));
}

void AreaDetails::fillDkim(const Audit::AuditReport &report)
{
    m_data->setHeaderLabels({tr("Selector"), tr("Key"), tr("Size"), tr("Testing"), tr("Revoked")});
    QStringList raw;
    for (const Audit::DkimSelector &selector : report.dkim) {
        auto *item = new QTreeWidgetItem(m_data);
        item->setText(0, selector.selector);
        if (selector.key) {
            item->setText(1, selector.key->keyType);
            item->setText(2,
                          selector.keyBits > 0 ? tr("%1 bits").arg(selector.keyBits) : QString());
            item->setText(3, yesNo(selector.key->isTesting()));
            item->setText(4, yesNo(selector.key->isRevoked()));
        }
        for (const QString &record : selector.records)
            raw << QStringLiteral("%1._domainkey.%2 TXT %3")
                       .arg(selector.selector, report.domain, record);
    }
    QStringList notes;
    if (report.dkimDiscovered)
        //: %1 the DKIM selectors looked up, comma-separated
        notes << tr("No selector was given: these common ones were probed: %1.")
                     .arg(report.dkimSelectorsProbed.join(QStringLiteral(", ")));
    if (!report.dkimSelectorsFailed.isEmpty())
        notes << tr("Could not be asked: %1.")
                     .arg(report.dkimSelectorsFailed.join(QStringLiteral(", ")));
    m_note->setText(notes.join(u'\n'));
    m_note->setVisible(!notes.isEmpty());
    m_raw->setPlainText(raw.join(u'\n'));
}

void AreaDetails::fillDmarc(const Audit::AuditReport &report)
{
    m_data->setHeaderLabels({tr("Tag"), tr("Published"), tr("In effect")});
    m_raw->setPlainText(report.dmarcRecords.join(u'\n'));
    if (!report.dmarc)
        return;
    const Dmarc::WalkStep *policy = report.dmarc->discovery.policy();
    if (!policy || !policy->record)
        return;
    const Dmarc::Record &record = *policy->record;
    if (report.dmarc->discovery.inherited()) {
        //: %1 the domain whose DMARC record applies
        m_note->setText(tr("Inherited from %1.").arg(DomainName::forDisplay(policy->domain)));
        m_note->show();
    }
    const Dmarc::EffectivePolicy &effective = record.effective;
    const auto alignment = [](Dmarc::AlignmentMode mode) {
        return mode == Dmarc::AlignmentMode::Strict ? QStringLiteral("s") : QStringLiteral("r");
    };
    const QList<std::pair<QString, QString>> inEffect{
        {QStringLiteral("p"), Dmarc::policyToken(effective.policy)},
        {QStringLiteral("sp"), Dmarc::policyToken(effective.subdomainPolicy)},
        {QStringLiteral("np"), Dmarc::policyToken(effective.nonExistentPolicy)},
        {QStringLiteral("adkim"), alignment(effective.dkimAlignment)},
        {QStringLiteral("aspf"), alignment(effective.spfAlignment)},
        {QStringLiteral("t"), effective.testMode ? QStringLiteral("y") : QStringLiteral("n")},
        {QStringLiteral("rua"), record.rua.join(QStringLiteral(", "))},
        {QStringLiteral("ruf"), record.ruf.join(QStringLiteral(", "))},
        {QStringLiteral("fo"), record.failureOptions.join(u':')},
    };
    for (const auto &[name, value] : inEffect) {
        auto *item = new QTreeWidgetItem(m_data);
        item->setText(0, name);
        const Dmarc::Tag *tag = record.tag(name);
        item->setText(1, tag ? tag->value : tr("(default)"));
        item->setText(2, value);
    }
    for (const Dmarc::Tag &tag : record.tags) { // the others: v=, psd=, legacy or unknown tags
        const QString name = tag.name.toLower();
        bool shown = false;
        for (const auto &row : inEffect)
            shown = shown || row.first == name;
        if (!shown)
            new QTreeWidgetItem(m_data, {tag.name, tag.value, QString()});
    }
}

void AreaDetails::fillMx(const Audit::AuditReport &report)
{
    m_data->setHeaderLabels({tr("Preference"), tr("Mail server"), tr("Addresses")});
    QStringList raw;
    for (const Audit::MxHost &host : report.mx) {
        const QString exchange = host.exchange.isEmpty() ? tr("(null MX: no mail accepted)")
                                                         : DomainName::forDisplay(host.exchange);
        new QTreeWidgetItem(m_data,
                            {QString::number(host.preference),
                             exchange,
                             host.addresses.join(QStringLiteral(", "))});
        raw << QStringLiteral("%1 MX %2 %3.")
                   .arg(report.domain)
                   .arg(host.preference)
                   .arg(host.exchange);
    }
    m_raw->setPlainText(raw.join(u'\n'));
}

void AreaDetails::fillTransport(const Audit::AuditReport &report)
{
    m_data->setHeaderLabels({tr("Mail server"), tr("Address"), tr("TLS"), tr("Certificate")});
    if (!report.transport) {
        m_note->setText(tr("The mail servers were not probed in this check: the Transport tab "
                           "probes them."));
        m_note->show();
        return;
    }
    for (const Transport::MxTransport &host : report.transport->hosts) {
        auto *hostItem = new QTreeWidgetItem(m_data, {DomainName::forDisplay(host.exchange)});
        for (const Transport::AddressProbe &address : host.probe.addresses) {
            auto *item = new QTreeWidgetItem(hostItem);
            item->setText(1, address.endpoint.address.toString());
            if (address.attempt.outcome == Transport::SmtpTlsAttempt::Outcome::Encrypted)
                item->setText(
                    2, Transport::TlsVersionTokens.token(address.attempt.handshake.info.protocol));
            else if (address.attempt.couldNotTest())
                item->setText(2, tr("could not test"));
            else
                item->setText(2, tr("no TLS"));
            if (address.certificate)
                item->setText(3, address.certificate->trusted ? tr("trusted") : tr("not trusted"));
        }
    }
}

} // namespace Sceau::Widgets
