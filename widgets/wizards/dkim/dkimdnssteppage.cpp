#include "widgets/wizards/dkim/dkimdnssteppage.h"

#include "model/core/async.h"
#include "model/dkim/keyrecord.h"
#include "model/dkim/keyvault.h"
#include "model/dkim/publicationcheck.h"
#include "widgets/publish/publishpanel.h"
#include "widgets/wizards/dkim/dkimrotationwizard.h"

#include <QAbstractButton>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Sceau::Widgets {

DkimDnsStepPage::DkimDnsStepPage(DkimRotationWizard *wizard, Step step)
    : m_wizard(wizard)
    , m_step(step)
{
    const bool publish = step == Step::Publish;
    setObjectName(publish ? QStringLiteral("dkimCheckPage") : QStringLiteral("dkimRevokePage"));
    setTitle(publish ? tr("Publish the new key") : tr("Revoke the old key"));
    setSubTitle(publish ? tr("Publish this record, then check that every authoritative "
                             "nameserver of the domain serves it.")
                        : tr("The retire period is over: replace the old key's record with this "
                             "one (an empty p= revokes the key), then check it."));
    m_nameLabel = new QLabel(this);
    m_nameLabel->setObjectName(QStringLiteral("recordNameLabel"));
    m_nameLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_dueLabel = new QLabel(this);
    m_dueLabel->setObjectName(QStringLiteral("dueLabel"));
    m_recordEdit = new QPlainTextEdit(this);
    m_recordEdit->setObjectName(QStringLiteral("recordPlainTextEdit"));
    m_recordEdit->setReadOnly(true);
    m_zoneLineEdit = new QPlainTextEdit(this);
    m_zoneLineEdit->setObjectName(QStringLiteral("zoneLinePlainTextEdit"));
    m_zoneLineEdit->setReadOnly(true);
    m_checkButton = new QPushButton(tr("&Check in DNS"), this);
    m_checkButton->setObjectName(QStringLiteral("checkDnsPushButton"));
    connect(m_checkButton, &QPushButton::clicked, this, [this] {
        const auto current = key();
        if (!current)
            return;
        m_wizard->confirmIfEarly(this, Dkim::dueDate(*current), [this] { check(); });
    });
    m_resultLabel = new QLabel(this);
    m_resultLabel->setObjectName(QStringLiteral("dnsResultLabel"));
    m_resultLabel->setWordWrap(true);
    // The nameservers could not be asked (hidden primary, port 53 filtered): the user may have
    // checked by other means; the step is then recorded as confirmed by hand (issue 12 §5).
    m_confirmButton = new QPushButton(tr("Con&firm by hand…"), this);
    m_confirmButton->setObjectName(QStringLiteral("confirmByHandPushButton"));
    m_confirmButton->hide();
    connect(m_confirmButton, &QPushButton::clicked, this, &DkimDnsStepPage::confirmByHand);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_nameLabel);
    layout->addWidget(m_dueLabel);
    layout->addWidget(new QLabel(tr("TXT value:"), this));
    layout->addWidget(m_recordEdit);
    layout->addWidget(new QLabel(tr("Zone file line:"), this));
    layout->addWidget(m_zoneLineEdit);
    m_panel = new PublishPanel(wizard->session(), this);
    m_panel->setSnippetShown(false); // the zone line is above
    layout->addWidget(m_panel);
    layout->addWidget(m_checkButton, 0, Qt::AlignLeft);
    layout->addWidget(m_resultLabel);
    layout->addWidget(m_confirmButton, 0, Qt::AlignLeft);
}

Dkim::KeyStep DkimDnsStepPage::keyStep() const
{
    return m_step == Step::Publish ? Dkim::KeyStep::Publish : Dkim::KeyStep::Revoke;
}

std::optional<Dkim::StoredKey> DkimDnsStepPage::key() const
{
    return m_step == Step::Publish ? m_wizard->draft().stored : m_wizard->oldKey();
}

void DkimDnsStepPage::initializePage()
{
    const auto current = key();
    if (!current)
        return;
    const QString record = m_step == Step::Publish ? Dkim::publicationRecord(*current)
                                                   : Dkim::revocationRecord(*current);
    //: %1 is a DNS name
    m_nameLabel->setText(tr("Publish a TXT record at %1:")
                             .arg(Dkim::recordName(current->selector, current->domain)));
    //: %1 a date and time
    m_dueLabel->setText(tr("Due: %1").arg(
        QLocale().toString(Dkim::dueDate(*current).toLocalTime(), QLocale::ShortFormat)));
    m_recordEdit->setPlainText(record);
    m_zoneLineEdit->setPlainText(Dkim::zoneLine(current->selector, current->domain, record));
    m_panel->setZoneLines(m_zoneLineEdit->toPlainText());
    m_done = !Dkim::isAllowed(current->state, Dkim::targetOf(keyStep())); // past this step
    m_resultLabel->clear();
    m_confirmButton->hide();
    m_lastReport.reset();
    m_checkButton->setEnabled(!m_done);
}

void DkimDnsStepPage::cleanupPage()
{
    ++m_ticket; // drop a late answer
    QWizardPage::cleanupPage();
}

void DkimDnsStepPage::check()
{
    const auto current = key();
    if (!current || m_done)
        return;
    const quint64 ticket = ++m_ticket;
    m_checkButton->setEnabled(false);
    m_confirmButton->hide();
    m_resultLabel->setText(tr("Asking every authoritative nameserver…"));
    onResult(m_wizard->vault()->advance(current->id, keyStep(), m_wizard->check()),
             this,
             [this, ticket](const Dkim::StepOutcome &outcome) {
                 if (ticket != m_ticket)
                     return;
                 m_checkButton->setEnabled(true);
                 m_lastReport = outcome.publication;
                 if (outcome.publication)
                     showReport(*outcome.publication); // per server, moved or not
                 else if (!outcome.key)
                     m_resultLabel->setText(describe(outcome.key.error()));
                 if (!outcome.key) {
                     if (outcome.publication && Dkim::canConfirmByHand(*outcome.publication)) {
                         m_resultLabel->setText(
                             m_resultLabel->text() + u'\n'
                             + tr("Sceau could not verify it. If you checked by other means that "
                                  "every nameserver serves it, you may confirm it by hand."));
                         m_confirmButton->show();
                     }
                     return;
                 }
                 stepDone(*outcome.key);
             });
}

void DkimDnsStepPage::confirmByHand()
{
    const auto current = key();
    if (!current || !m_lastReport || m_done)
        return;
    auto *box = new QMessageBox(
        QMessageBox::Question,
        tr("Confirm by hand"),
        //: %1 a DNS name
        tr("Every authoritative nameserver serves the record at %1, as you checked yourself? "
           "The step is recorded as confirmed by hand, not verified by Sceau.")
            .arg(m_lastReport->name),
        QMessageBox::Yes | QMessageBox::Cancel,
        this);
    box->setObjectName(QStringLiteral("confirmByHandMessageBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, box](QAbstractButton *button) {
        const auto current = key();
        if (box->standardButton(button) != QMessageBox::Yes || !current || !m_lastReport)
            return;
        const auto confirmed
            = m_wizard->vault()->confirmByHand(current->id, keyStep(), *m_lastReport);
        if (!confirmed) {
            m_resultLabel->setText(describe(confirmed.error()));
            return;
        }
        m_confirmButton->hide();
        m_resultLabel->setText(tr("Confirmed by hand: recorded as not verified by Sceau."));
        stepDone(*confirmed);
    });
    box->open(); // window-modal, no nested event loop
}

void DkimDnsStepPage::stepDone(const Dkim::StoredKey &key)
{
    m_done = true;
    m_checkButton->setEnabled(false);
    if (m_step == Step::Publish)
        m_wizard->setNewKey(key);
    else
        m_wizard->setOldKey(key);
    m_wizard->keyChanged();
    emit completeChanged();
}

void DkimDnsStepPage::showReport(const Dkim::PublicationReport &report)
{
    if (report.zone.isEmpty()) {
        //: %1 why the lookup failed
        m_resultLabel->setText(Dns::isFailure(report.nsStatus)
                                   ? tr("Could not find the domain's nameservers: %1")
                                         .arg(describe(Dns::failureError(report.nsStatus)))
                                   : tr("Could not find the domain's nameservers."));
        return;
    }
    QStringList lines;
    if (m_step == Step::Publish)
        //: %1 servers serving the key, %2 all the zone's authoritative servers
        lines << tr("Published on %1 of %2 authoritative nameservers.")
                     .arg(report.serving())
                     .arg(report.servers.size());
    else
        lines << tr("Revoked on %1 of %2 authoritative nameservers.")
                     .arg(report.serving())
                     .arg(report.servers.size());
    for (const Dkim::ServerPublication &server : report.servers) {
        const QString where
            = server.server.isEmpty() ? server.host : tr("%1 (%2)").arg(server.host, server.server);
        if (Dns::isFailure(server.status)) {
            //: %1 a nameserver, %2 why it could not be asked
            lines << tr("%1: could not be asked: %2")
                         .arg(where, describe(Dns::failureError(server.status)));
        } else if (server.serves) {
            lines << tr("%1: serves it").arg(where);
        } else {
            lines << tr("%1: does not serve it yet").arg(where);
        }
    }
    m_resultLabel->setText(lines.join(u'\n'));
}

bool DkimDnsStepPage::isComplete() const
{
    return m_done;
}

} // namespace Sceau::Widgets
