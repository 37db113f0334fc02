#include "widgets/dialogs/exportdialog.h"

#include "model/core/async.h"
#include "model/core/translations.h"
#include "model/export/exportformat.h"
#include "model/session/session.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace Sceau::Widgets {

ExportDialog::ExportDialog(Session *session, const QStringList &domains, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_domains(domains)
    , m_formatCombo(new QComboBox(this))
    , m_languageCombo(new QComboBox(this))
    , m_pathEdit(new QLineEdit(this))
    , m_browseButton(new QPushButton(tr("&Browse…"), this))
    , m_exportButton(new QPushButton(tr("&Export"), this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
    , m_progress(new QProgressBar(this))
    , m_statusLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export"));
    m_formatCombo->setObjectName(QStringLiteral("exportFormatComboBox"));
    m_languageCombo->setObjectName(QStringLiteral("exportLanguageComboBox"));
    m_pathEdit->setObjectName(QStringLiteral("exportPathLineEdit"));
    m_browseButton->setObjectName(QStringLiteral("exportBrowsePushButton"));
    m_exportButton->setObjectName(QStringLiteral("exportPushButton"));
    m_cancelButton->setObjectName(QStringLiteral("exportCancelPushButton"));
    m_progress->setObjectName(QStringLiteral("exportProgressBar"));
    m_statusLabel->setObjectName(QStringLiteral("exportStatusLabel"));

    m_formatCombo->addItem(tr("PDF report"), int(Export::Format::Pdf));
    m_formatCombo->addItem(tr("HTML report"), int(Export::Format::Html));
    m_formatCombo->addItem(tr("CSV table (spreadsheets)"), int(Export::Format::Csv));
    m_formatCombo->addItem(tr("JSON data"), int(Export::Format::Json));
    m_formatCombo->setAccessibleName(tr("Format"));
    // Each language in its own name, so a reader finds theirs.
    m_languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_languageCombo->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_languageCombo->setCurrentIndex(
        m_languageCombo->findData(Translations::resolve(QLocale().name().section(u'_', 0, 0))));
    m_languageCombo->setAccessibleName(tr("Language of the report"));
    m_pathEdit->setAccessibleName(tr("File"));
    m_pathEdit->setText(
        QDir::home().filePath(tr("email-security-report") + QStringLiteral(".pdf")));
    m_progress->setRange(0, 0); // busy: the layout gives no count
    m_progress->setVisible(false);
    m_progress->setAccessibleName(tr("Export in progress"));
    m_statusLabel->setWordWrap(true);
    m_cancelButton->setVisible(false);

    //: %n the number of domains chosen
    auto *what = new QLabel(
        domains.isEmpty()
            ? tr("The latest saved check of every domain of the list.")
            : tr("The latest saved check of %n domain(s).", nullptr, int(domains.size())),
        this);
    what->setWordWrap(true);

    auto *form = new QFormLayout;
    auto *formatLabel = new QLabel(tr("&Format:"), this);
    formatLabel->setBuddy(m_formatCombo);
    form->addRow(formatLabel, m_formatCombo);
    auto *languageLabel = new QLabel(tr("&Language:"), this);
    languageLabel->setBuddy(m_languageCombo);
    form->addRow(languageLabel, m_languageCombo);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_pathEdit, 1);
    pathRow->addWidget(m_browseButton);
    auto *pathLabel = new QLabel(tr("F&ile:"), this);
    pathLabel->setBuddy(m_pathEdit);
    form->addRow(pathLabel, pathRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_cancelButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_exportButton, QDialogButtonBox::ActionRole);
    m_exportButton->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_statusLabel);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(520);

    connect(m_formatCombo, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
    connect(m_browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_exportButton, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        ++m_ticket; // the worker finishes, its result is dropped: the file is not replaced
        finish({}, tr("Export canceled."));
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void ExportDialog::formatChanged()
{
    const auto format = Export::Format(m_formatCombo->currentData().toInt());
    // The language only changes the reports; JSON and CSV hold tokens.
    m_languageCombo->setEnabled(format == Export::Format::Pdf || format == Export::Format::Html);
    const QString path = m_pathEdit->text().trimmed();
    if (path.isEmpty())
        return;
    const QFileInfo info(path);
    m_pathEdit->setText(
        info.dir().filePath(info.completeBaseName() + u'.' + Export::Formats.token(format)));
}

void ExportDialog::browse()
{
    const auto format = Export::Format(m_formatCombo->currentData().toInt());
    const QString path = QFileDialog::getSaveFileName(
        this,
        tr("Export to"),
        m_pathEdit->text(),
        //: %1 a file suffix (pdf, csv…)
        tr("%1 files (*.%2)")
            .arg(Export::Formats.token(format).toUpper(), Export::Formats.token(format)));
    if (!path.isEmpty())
        m_pathEdit->setText(path);
}

void ExportDialog::startExport()
{
    const QString path = m_pathEdit->text().trimmed();
    if (path.isEmpty()) {
        showStatus(tr("Choose the file to write."), true);
        return;
    }
    const auto workspace = m_session->workspace();
    if (!workspace) {
        showStatus(describe(workspace.error()), true);
        return;
    }
    const auto selection = Export::latestChecks(*workspace, m_domains);
    if (!selection) {
        showStatus(describe(selection.error()), true);
        return;
    }
    if (selection->checks.isEmpty()) {
        showStatus(tr("None of these domains has a saved check yet: check them first."), true);
        return;
    }
    const auto format = Export::Format(m_formatCombo->currentData().toInt());
    QFuture<Result<void>> written;
    {
        const Translations::ScopedLanguage language(m_languageCombo->currentData().toString());
        written
            = Export::writeExport(selection->checks, format, path, QDateTime::currentDateTimeUtc());
    }
    QString note;
    if (!selection->unchecked.isEmpty())
        //: %1 the domains left out, comma-separated
        note = tr("Left out, never checked: %1.").arg(selection->unchecked.join(u", "));
    const int ticket = ++m_ticket;
    m_exportButton->setVisible(false);
    m_cancelButton->setVisible(true);
    m_progress->setVisible(true);
    showStatus(tr("Writing %1…").arg(QDir::toNativeSeparators(path)), false);
    onResult(written, this, [this, ticket, path, note](const Result<void> &result) {
        if (ticket != m_ticket)
            return;
        if (!result) {
            finish({}, describe(result.error()));
            return;
        }
        finish(path, note);
    });
}

void ExportDialog::finish(const QString &path, const QString &message)
{
    m_exportButton->setVisible(true);
    m_cancelButton->setVisible(false);
    m_progress->setVisible(false);
    if (path.isEmpty()) {
        showStatus(message, true);
        return;
    }
    //: %1 the file written; then, maybe, the domains left out
    showStatus(
        (tr("Written to %1.").arg(QDir::toNativeSeparators(path)) + u' ' + message).trimmed(),
        false);
    emit exported(path);
}

void ExportDialog::showStatus(const QString &text, bool error)
{
    m_statusLabel->setText(text);
    m_statusLabel->setProperty("error", error);
    m_statusLabel->setStyleSheet(error ? QStringLiteral("color: #c8322c") : QString());
}

} // namespace Sceau::Widgets
