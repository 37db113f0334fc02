#include "widgets/publish/publishpanel.h"

#include "model/core/async.h"
#include "model/publish/propagationwatch.h"
#include "model/publish/recordvalue.h"
#include "model/publish/ttladvice.h"
#include "model/publish/zonesnippet.h"
#include "model/session/session.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Sceau::Widgets {

namespace {
QString listed(const QStringList &values)
{
    if (values.isEmpty())
        return PublishPanel::tr("(no record)");
    QStringList lines;
    for (const QString &value : values)
        lines << QStringLiteral("  %1").arg(value);
    return lines.join(u'\n');
}
} // namespace

PublishPanel::PublishPanel(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_watcher(new Publish::PropagationWatch(session->authoritativeCheck(), this))
{
    setObjectName(QStringLiteral("publishPanel"));
    m_snippetLabel = new QLabel(tr("Zone file &lines:"), this);
    auto *snippetLabel = m_snippetLabel;
    m_snippet = new QPlainTextEdit(this);
    m_snippet->setObjectName(QStringLiteral("snippetPlainTextEdit"));
    m_snippet->setReadOnly(true);
    m_snippet->setMaximumHeight(90);
    snippetLabel->setBuddy(m_snippet);
    m_copy = new QPushButton(tr("&Copy"), this);
    m_copy->setObjectName(QStringLiteral("copyButton"));
    m_export = new QPushButton(tr("E&xport…"), this);
    m_export->setObjectName(QStringLiteral("exportButton"));

    m_credentialLabel = new QLabel(tr("Publish &with:"), this);
    m_credential = new QComboBox(this);
    m_credential->setObjectName(QStringLiteral("credentialComboBox"));
    m_credentialLabel->setBuddy(m_credential);
    m_publish = new QPushButton(tr("&Publish…"), this);
    m_publish->setObjectName(QStringLiteral("publishButton"));
    m_watch = new QPushButton(tr("&Watch propagation"), this);
    m_watch->setObjectName(QStringLiteral("watchButton"));

    m_confirmBox = new QWidget(this);
    m_confirmBox->setObjectName(QStringLiteral("confirmBox"));
    m_diff = new QLabel(m_confirmBox);
    m_diff->setObjectName(QStringLiteral("diffLabel"));
    m_diff->setTextFormat(Qt::PlainText);
    m_diff->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_diff->setWordWrap(true);
    m_confirm = new QPushButton(tr("Publish &now"), m_confirmBox);
    m_confirm->setObjectName(QStringLiteral("confirmButton"));
    m_cancel = new QPushButton(tr("Ca&ncel"), m_confirmBox);
    m_cancel->setObjectName(QStringLiteral("cancelPublishButton"));
    auto *confirmButtons = new QHBoxLayout;
    confirmButtons->addStretch();
    confirmButtons->addWidget(m_cancel);
    confirmButtons->addWidget(m_confirm);
    auto *confirmLayout = new QVBoxLayout(m_confirmBox);
    confirmLayout->setContentsMargins(0, 0, 0, 0);
    confirmLayout->addWidget(m_diff);
    confirmLayout->addLayout(confirmButtons);
    m_confirmBox->hide();

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("publishStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_servers = new QTableWidget(0, 4, this);
    m_servers->setObjectName(QStringLiteral("serversTable"));
    m_servers->setHorizontalHeaderLabels(
        {tr("Nameserver"), tr("Address"), tr("State"), tr("SOA serial")});
    m_servers->horizontalHeader()->setStretchLastSection(true);
    m_servers->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_servers->verticalHeader()->hide();
    m_servers->setAccessibleName(tr("Authoritative nameservers"));
    m_servers->hide();

    auto *snippetButtons = new QHBoxLayout;
    snippetButtons->addWidget(m_copy);
    snippetButtons->addWidget(m_export);
    snippetButtons->addStretch();
    auto *publishRow = new QHBoxLayout;
    publishRow->addWidget(m_credentialLabel);
    publishRow->addWidget(m_credential, 1);
    publishRow->addWidget(m_publish);
    publishRow->addWidget(m_watch);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(snippetLabel);
    layout->addWidget(m_snippet);
    layout->addLayout(snippetButtons);
    layout->addLayout(publishRow);
    layout->addWidget(m_confirmBox);
    layout->addWidget(m_status);
    layout->addWidget(m_servers);

    connect(m_copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_snippet->toPlainText());
        m_status->setText(tr("The zone file lines are on the clipboard."));
    });
    connect(m_export, &QPushButton::clicked, this, &PublishPanel::exportSnippet);
    connect(m_publish, &QPushButton::clicked, this, &PublishPanel::readCurrent);
    connect(m_confirm, &QPushButton::clicked, this, &PublishPanel::confirm);
    connect(m_cancel, &QPushButton::clicked, this, &PublishPanel::cancelConfirm);
    connect(m_watch, &QPushButton::clicked, this, &PublishPanel::toggleWatch);
    connect(m_watcher, &Publish::PropagationWatch::progressed, this, &PublishPanel::showWatch);
    connect(m_watcher,
            &Publish::PropagationWatch::finished,
            this,
            [this](const Publish::PropagationStatus &status, bool complete) {
                showWatch(status);
                m_watch->setText(tr("&Watch propagation"));
                m_status->setText(
                    complete ? tr("Every authoritative server serves the record.")
                    : status.failure
                        //: %1 why
                        ? tr("Could not find the authoritative servers: %1").arg(*status.failure)
                        //: %1 and %2 numbers of servers
                        : tr("The watch stopped: %1 of %2 servers serve the record.")
                              .arg(status.serving())
                              .arg(status.servers.size()));
                emit watchFinished(complete);
            });
}

void PublishPanel::setWatchTiming(int timeoutMs, int intervalMs)
{
    m_watchTimeoutMs = timeoutMs;
    m_watchIntervalMs = intervalMs;
}

void PublishPanel::setRecord(const QString &owner,
                             Dns::RrType type,
                             const QStringList &values,
                             quint32 ttl)
{
    ++m_generation;
    m_watcher->cancel();
    m_ref = {QString(), owner, type};
    m_values = values;
    m_ttl = ttl;
    m_current.reset();
    m_snippet->setPlainText(Publish::zoneSnippet(m_ref, values, ttl));
    m_confirmBox->hide();
    m_servers->hide();
    m_status->clear();
    refreshCredentials();
}

void PublishPanel::setZoneLines(const QString &lines)
{
    const auto rrset = Publish::rrsetOfSnippet(lines);
    if (!rrset) {
        ++m_generation;
        m_watcher->cancel();
        m_ref = {};
        m_values.clear();
        m_snippet->clear();
        m_confirmBox->hide();
        m_servers->hide();
        m_publish->setEnabled(false);
        m_status->setText(tr("Complete the record to publish it."));
        return;
    }
    setRecord(rrset->owner, rrset->type, rrset->values, rrset->ttl);
}

void PublishPanel::setSnippetShown(bool shown)
{
    for (QWidget *widget : {static_cast<QWidget *>(m_snippetLabel),
                            static_cast<QWidget *>(m_snippet),
                            static_cast<QWidget *>(m_copy),
                            static_cast<QWidget *>(m_export)})
        widget->setVisible(shown);
}

void PublishPanel::refreshCredentials()
{
    m_credential->clear();
    const auto service = m_session->publishing();
    const auto serving = service ? (*service)->credentialsServing(m_ref.owner)
                                 : Result<QList<Secrets::Credential>>(service.error());
    if (serving) {
        for (const Secrets::Credential &c : *serving)
            //: %1 a credential's name, %2 its zone, %3 its kind (tsig, cloudflare, ovh)
            m_credential->addItem(
                tr("%1 (zone %2, %3)").arg(c.name, c.zone, Secrets::CredentialKinds.token(c.kind)),
                QStringList{c.name, c.zone});
    }
    const bool any = m_credential->count() > 0;
    m_credential->setEnabled(any);
    m_publish->setEnabled(any && !m_values.isEmpty());
    if (!serving)
        m_status->setText(describe(serving.error()));
    else if (!any)
        //: %1 a DNS name
        m_status->setText(tr("No credential publishes to a zone holding %1: copy or export the "
                             "lines for your DNS host, or add a TSIG key or an API token under "
                             "Tools → Credentials.")
                              .arg(m_ref.owner));
}

void PublishPanel::setBusy(bool busy, const QString &status)
{
    m_publish->setEnabled(!busy && m_credential->count() > 0);
    m_credential->setEnabled(!busy && m_credential->count() > 0);
    m_confirm->setEnabled(!busy);
    m_status->setText(status);
}

void PublishPanel::readCurrent()
{
    const QStringList credential = m_credential->currentData().toStringList();
    const auto service = m_session->publishing();
    if (credential.size() != 2 || !service)
        return;
    m_ref.zone = credential.at(1);
    m_confirmBox->hide();
    setBusy(true, tr("Reading the records the zone serves now…"));
    const int generation = ++m_generation;
    onResult((*service)->read(credential.first(), m_ref),
             this,
             [this, generation](const Result<Publish::CurrentRrset> &now) {
                 if (generation != m_generation)
                     return;
                 setBusy(false, {});
                 if (!now)
                     return m_status->setText(describe(now.error()));
                 if (now->failed())
                     //: %1 a DNS name, %2 why
                     return m_status->setText(tr("Could not read %1: %2. Nothing was changed.")
                                                  .arg(m_ref.owner, *now->failure));
                 showDiff(*now);
             });
}

void PublishPanel::showDiff(const Publish::CurrentRrset &now)
{
    if (Publish::sameRrset(now.values, m_values)) {
        m_status->setText(tr("The zone already serves exactly this record: nothing to change."));
        return;
    }
    m_current = now;
    QString text
        = tr("%1 %2 now:\n%3\n\nAfter publishing:\n%4")
              .arg(m_ref.owner, Dns::typeName(m_ref.type), listed(now.values), listed(m_values));
    if (!now.values.isEmpty()) {
        if (const auto advice = Publish::ttlAdvice(now.ttl))
            text += QStringLiteral("\n\n") + advice->text();
    }
    m_diff->setText(text);
    m_confirmBox->show();
    m_confirm->setFocus();
}

void PublishPanel::cancelConfirm()
{
    m_current.reset();
    m_confirmBox->hide();
    m_status->setText(tr("Nothing was changed."));
}

void PublishPanel::confirm()
{
    const auto service = m_session->publishing();
    if (!m_current || !service)
        return;
    Publish::Change change;
    change.credential = m_credential->currentData().toStringList().value(0);
    change.ref = m_ref;
    change.action
        = m_current->values.isEmpty() ? Publish::ChangeAction::Add : Publish::ChangeAction::Replace;
    change.expected = m_current->values;
    change.values = m_values;
    change.ttl = m_ttl;
    m_confirmBox->hide();
    setBusy(true, tr("Publishing…"));
    const int generation = ++m_generation;
    onResult((*service)->apply(change),
             this,
             [this, generation](const Result<Publish::Applied> &applied) {
                 if (generation != m_generation)
                     return;
                 setBusy(false, {});
                 m_current.reset();
                 if (!applied)
                     return m_status->setText(describe(applied.error()));
                 const Publish::PublishResult &r = applied->result;
                 switch (r.outcome) {
                 case Publish::PublishOutcome::Done:
                     //: %1 a journal entry's number
                     m_status->setText(tr("Published (journal entry %1). Watching it reach every "
                                          "authoritative server…")
                                           .arg(applied->entry.id));
                     emit published(*applied);
                     if (!m_watcher->running())
                         toggleWatch();
                     return;
                 case Publish::PublishOutcome::Changed:
                     m_status->setText(r.detail);
                     return;
                 case Publish::PublishOutcome::Failed:
                     //: %1 the server's or API's word, %2 its explanation
                     m_status->setText(tr("Refused (%1): %2").arg(r.code, r.detail));
                     return;
                 case Publish::PublishOutcome::Unreachable:
                 case Publish::PublishOutcome::CouldNotRead:
                     //: %1 why
                     m_status->setText(
                         tr("Could not reach the server: %1. Nothing was changed.").arg(r.detail));
                     return;
                 }
             });
}

void PublishPanel::toggleWatch()
{
    if (m_watcher->running()) {
        m_watcher->cancel();
        return;
    }
    m_servers->setRowCount(0);
    m_servers->show();
    m_watch->setText(tr("&Stop watching"));
    m_status->setText(tr("Asking every authoritative server…"));
    m_watcher->start(m_ref.owner, m_ref.type, m_values, m_watchTimeoutMs, m_watchIntervalMs);
}

void PublishPanel::showWatch(const Publish::PropagationStatus &status)
{
    m_servers->setRowCount(int(status.servers.size()));
    for (int row = 0; row < status.servers.size(); ++row) {
        const Publish::ServerPropagation &s = status.servers.at(row);
        QString state;
        QIcon icon;
        switch (s.state) {
        case Publish::ServerPropagation::State::Serving:
            state = tr("serves it");
            icon = style()->standardIcon(QStyle::SP_DialogApplyButton);
            break;
        case Publish::ServerPropagation::State::Other:
            state = tr("not yet");
            icon = style()->standardIcon(QStyle::SP_BrowserReload);
            break;
        case Publish::ServerPropagation::State::CouldNotAsk:
            //: %1 why
            state = tr("could not be asked: %1").arg(s.detail);
            icon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
            break;
        }
        m_servers->setItem(row, 0, new QTableWidgetItem(s.host));
        m_servers->setItem(row, 1, new QTableWidgetItem(s.address));
        m_servers->setItem(row, 2, new QTableWidgetItem(icon, state));
        m_servers->setItem(
            row, 3, new QTableWidgetItem(s.serial ? QString::number(*s.serial) : tr("?")));
    }
    m_servers->resizeColumnsToContents();
}

void PublishPanel::exportSnippet()
{
    const QString path = QFileDialog::getSaveFileName(this,
                                                      tr("Export zone file lines"),
                                                      m_ref.owner + QStringLiteral(".zone"),
                                                      tr("Zone files (*.zone *.txt)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)
        || file.write(m_snippet->toPlainText().toUtf8()) < 0) {
        //: %1 a file, %2 why
        m_status->setText(tr("Could not write %1: %2").arg(path, file.errorString()));
        return;
    }
    //: %1 a file
    m_status->setText(tr("Saved to %1.").arg(path));
}

} // namespace Sceau::Widgets
