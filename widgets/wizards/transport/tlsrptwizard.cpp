#include "widgets/wizards/transport/tlsrptwizard.h"

#include "model/core/textfile.h"

#include "model/core/domainname.h"
#include "model/transport/mtastsdraft.h"
#include "model/transport/tlsrptrecord.h"
#include "widgets/publish/publishpanel.h"

#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>

namespace Sceau::Widgets {

TlsRptWizard::TlsRptWizard(Session *session, QWidget *parent)
    : QWizard(parent)
    , m_domain(new QLineEdit)
    , m_rua(new QPlainTextEdit)
    , m_record(new QLineEdit)
    , m_error(new QLabel)
    , m_copy(new QPushButton(tr("Copy")))
    , m_export(new QPushButton(tr("Export…")))
{
    setObjectName(QStringLiteral("tlsRptWizard"));
    //: TLS-RPT is a protocol name
    setWindowTitle(tr("TLS-RPT record"));
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Where senders send TLS reports"));
    page->setSubTitle(tr("Senders that fail to deliver over TLS (MTA-STS, DANE) send a daily "
                         "report to these addresses."));
    page->setFinalPage(true);
    m_domain->setObjectName(QStringLiteral("domainLineEdit"));
    m_rua->setObjectName(QStringLiteral("ruaPlainTextEdit"));
    m_record->setObjectName(QStringLiteral("recordLineEdit"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_copy->setObjectName(QStringLiteral("copyButton"));
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_record->setReadOnly(true);
    m_error->setWordWrap(true);
    m_rua->setPlaceholderText(tr("tls-reports@example.com\nhttps://reports.example.com/tlsrpt"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_copy);
    buttons->addWidget(m_export);
    auto *form = new QFormLayout(page);
    form->addRow(tr("Domain:"), m_domain);
    form->addRow(tr("Report addresses (one per line):"), m_rua);
    form->addRow(tr("DNS record:"), m_record);
    form->addRow(m_error);
    form->addRow(buttons);
    if (session) {
        m_panel = new PublishPanel(session, page);
        m_panel->setSnippetShown(false); // the record is above, with Copy and Export
        form->addRow(m_panel);
    }
    addPage(page);

    connect(m_domain, &QLineEdit::textChanged, this, &TlsRptWizard::update);
    connect(m_rua, &QPlainTextEdit::textChanged, this, &TlsRptWizard::update);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_record->text());
    });
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export the record"), QStringLiteral("tls-rpt.zone"));
        if (path.isEmpty())
            return;
        if (const auto written = exportRecord(path); !written)
            QMessageBox::warning(this, tr("Export"), written.error().detail);
    });
    update();
}

void TlsRptWizard::setDomain(const QString &domain)
{
    m_domain->setText(domain);
}

QString TlsRptWizard::zoneLine() const
{
    return m_record->text();
}

Result<void> TlsRptWizard::exportRecord(const QString &path)
{
    if (zoneLine().isEmpty())
        return Error{ErrorCode::InvalidInput, tr("the record is not complete")};
    return writeTextFile(path, zoneLine().toUtf8() + '\n');
}

void TlsRptWizard::update()
{
    const auto domain = DomainName::fromUserInput(m_domain->text());
    const QStringList uris = m_rua->toPlainText().split(u'\n', Qt::SkipEmptyParts);
    QString error;
    if (!domain)
        error = domain.error().detail;
    else if (uris.isEmpty())
        error = tr("Give at least one address.");
    else if (const auto record
             = Transport::parseTlsRptRecord(Transport::tlsRptRecordText(uris).toUtf8());
             !record)
        error = record.error().detail;
    else if (!record->unsupported.isEmpty())
        //: %1 addresses; mailto: and https: are URI schemes
        error = tr("Only mailto: and https: addresses are used: %1")
                    .arg(record->unsupported.join(QStringLiteral(", ")));
    m_record->setText(error.isEmpty() ? Transport::tlsRptZoneLine(*domain, uris) : QString());
    m_error->setText(error);
    m_copy->setEnabled(error.isEmpty());
    m_export->setEnabled(error.isEmpty());
    if (m_panel)
        m_panel->setZoneLines(m_record->text());
}

} // namespace Sceau::Widgets
