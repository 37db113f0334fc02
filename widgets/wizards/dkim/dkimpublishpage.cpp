#include "widgets/wizards/dkim/dkimpublishpage.h"

#include "model/dkim/keyrecord.h"
#include "model/publish/recordvalue.h"
#include "widgets/dialogs/dkimexportdialog.h"
#include "widgets/publish/publishpanel.h"
#include "widgets/wizards/dkim/dkimwizard.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Sceau::Widgets {

DkimPublishPage::DkimPublishPage(DkimWizard *wizard)
    : m_wizard(wizard)
{
    setObjectName(QStringLiteral("dkimPublishPage"));
    setTitle(tr("Publish the record"));
    setFinalPage(true);
    m_nameLabel = new QLabel(this);
    m_nameLabel->setObjectName(QStringLiteral("recordNameLabel"));
    m_nameLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_recordEdit = new QPlainTextEdit(this);
    m_recordEdit->setObjectName(QStringLiteral("recordPlainTextEdit"));
    m_recordEdit->setReadOnly(true);
    m_zoneLineEdit = new QPlainTextEdit(this);
    m_zoneLineEdit->setObjectName(QStringLiteral("zoneLinePlainTextEdit"));
    m_zoneLineEdit->setReadOnly(true);
    m_weakLabel = new QLabel(
        tr("A 1024-bit RSA key is weak: plan to replace it with a 2048-bit key."), this);
    m_weakLabel->setObjectName(QStringLiteral("weakKeyLabel"));
    m_weakLabel->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_nameLabel);
    layout->addWidget(new QLabel(tr("TXT value:"), this));
    layout->addWidget(m_recordEdit);
    m_zoneLineLabel = new QLabel(tr("Zone file line:"), this);
    layout->addWidget(m_zoneLineLabel);
    layout->addWidget(m_zoneLineEdit);
    layout->addWidget(m_weakLabel);
    // The key and the signer's configuration, for the mail server (issue 12 §5).
    m_exportButton = new QPushButton(tr("E&xport for the mail server…"), this);
    m_exportButton->setObjectName(QStringLiteral("exportPushButton"));
    connect(m_exportButton, &QPushButton::clicked, this, [this] {
        const auto &key = m_wizard->draft().stored;
        if (!key)
            return;
        auto *dialog = new DkimExportDialog(m_wizard->vault(), *key, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open(); // window-modal, no nested event loop
    });
    layout->addWidget(m_exportButton, 0, Qt::AlignLeft);
    if (wizard->session()) {
        m_panel = new PublishPanel(wizard->session(), this);
        layout->addWidget(m_panel);
        m_zoneLineEdit->hide(); // the panel shows the lines
        m_zoneLineLabel->hide();
    }
}

void DkimPublishPage::initializePage()
{
    const DkimDraft &draft = m_wizard->draft();
    //: %1 is a DNS name
    m_nameLabel->setText(
        tr("Publish a TXT record at %1:").arg(Dkim::recordName(draft.selector, draft.domain)));
    m_recordEdit->setPlainText(draft.recordText());
    m_zoneLineEdit->setPlainText(draft.zoneLine());
    m_weakLabel->setVisible(draft.spec.isWeak());
    m_exportButton->setEnabled(draft.stored.has_value());
    if (m_panel) {
        const auto value = Publish::canonicalValue(Dns::RrType::TXT, draft.recordText());
        m_panel->setRecord(Dkim::recordName(draft.selector, draft.domain),
                           Dns::RrType::TXT,
                           value ? QStringList{*value} : QStringList{});
    }
}

} // namespace Sceau::Widgets
