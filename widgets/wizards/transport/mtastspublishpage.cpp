#include "widgets/wizards/transport/mtastspublishpage.h"

#include "widgets/publish/publishpanel.h"
#include "widgets/wizards/transport/mtastswizard.h"

#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>

namespace Sceau::Widgets {

MtaStsPublishPage::MtaStsPublishPage(MtaStsWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_url(new QLabel(this))
    , m_policy(new QPlainTextEdit(this))
    , m_record(new QLineEdit(this))
    , m_idNote(new QLabel(this))
    , m_copyPolicy(new QPushButton(tr("Copy"), this))
    , m_copyRecord(new QPushButton(tr("Copy"), this))
    , m_export(new QPushButton(tr("Export…"), this))
    , m_panel(new PublishPanel(wizard->session(), this))
{
    setTitle(tr("Publish"));
    setFinalPage(true);
    m_url->setObjectName(QStringLiteral("policyUrlLabel"));
    m_policy->setObjectName(QStringLiteral("policyPlainTextEdit"));
    m_record->setObjectName(QStringLiteral("recordLineEdit"));
    m_idNote->setObjectName(QStringLiteral("idNoteLabel"));
    m_copyPolicy->setObjectName(QStringLiteral("copyPolicyButton"));
    m_copyRecord->setObjectName(QStringLiteral("copyRecordButton"));
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_policy->setReadOnly(true);
    m_record->setReadOnly(true);
    m_url->setWordWrap(true);
    m_idNote->setWordWrap(true);
    m_url->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *grid = new QGridLayout(this);
    grid->addWidget(m_url, 0, 0, 1, 2);
    grid->addWidget(m_policy, 1, 0, 2, 1);
    grid->addWidget(m_copyPolicy, 1, 1);
    grid->addWidget(m_export, 2, 1, Qt::AlignTop);
    grid->addWidget(new QLabel(tr("DNS record:"), this), 3, 0, 1, 2);
    grid->addWidget(m_record, 4, 0);
    grid->addWidget(m_copyRecord, 4, 1);
    grid->addWidget(m_idNote, 5, 0, 1, 2);
    m_panel->setSnippetShown(false); // the record is above, with Copy
    grid->addWidget(m_panel, 6, 0, 1, 2);

    connect(m_copyPolicy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_policy->toPlainText());
    });
    connect(m_copyRecord, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_record->text());
    });
    connect(m_export, &QPushButton::clicked, this, &MtaStsPublishPage::exportFile);
}

void MtaStsPublishPage::initializePage()
{
    const Transport::MtaStsDraft &draft = m_wizard->draft();
    //: %1 the URL where the policy file must be served
    m_url->setText(tr("Serve this file at %1 as text/plain, over HTTPS with a valid certificate "
                      "and no redirect:")
                       .arg(draft.policyUrl()));
    m_policy->setPlainText(QString::fromUtf8(draft.policyText()));
    m_record->setText(draft.recordZoneLine(m_wizard->changedAt()));
    m_panel->setZoneLines(m_record->text());
    if (!draft.changed())
        m_idNote->setText(tr("The policy is the one published: the record keeps its id."));
    else if (draft.publishedId.isEmpty())
        m_idNote->setText(tr("Publish the file first, then the record."));
    else
        //: %1 the id now published
        m_idNote->setText(tr("The policy changed, so the record has a new id (it was %1): "
                             "publish the file first, then the record.")
                              .arg(draft.publishedId));
}

void MtaStsPublishPage::exportFile()
{
    const QString path = QFileDialog::getSaveFileName(this,
                                                      tr("Export the policy file"),
                                                      QStringLiteral("mta-sts.txt"),
                                                      tr("Text files (*.txt)"));
    if (path.isEmpty())
        return;
    if (const auto written = m_wizard->exportPolicy(path); !written)
        QMessageBox::warning(this, tr("Export"), written.error().detail);
}

} // namespace Sceau::Widgets
