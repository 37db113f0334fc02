#include "widgets/dialogs/dkimexportdialog.h"

#include "model/core/async.h"
#include "model/dkim/keyexport.h"
#include "model/dkim/keyvault.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Sceau::Widgets {

namespace {
struct Snippet
{
    const char *objectName;
    QString title;
    QString (*text)(const Dkim::SigningSetup &);
};

QList<Snippet> snippets()
{
    // Product names: not translated.
    return {{"openDkimSnippet", QStringLiteral("OpenDKIM"), &Dkim::openDkimSnippet},
            {"rspamdSnippet", QStringLiteral("rspamd"), &Dkim::rspamdSnippet},
            {"postfixSnippet", QStringLiteral("Postfix"), &Dkim::postfixSnippet},
            {"eximSnippet", QStringLiteral("Exim"), &Dkim::eximSnippet}};
}
} // namespace

DkimExportDialog::DkimExportDialog(Dkim::KeyVault *vault,
                                   const Dkim::StoredKey &key,
                                   QWidget *parent)
    : QDialog(parent)
    , m_vault(vault)
    , m_key(key)
    , m_serverPathEdit(new QLineEdit(this))
    , m_fileEdit(new QLineEdit(this))
    , m_exportButton(new QPushButton(tr("&Write the private key"), this))
    , m_statusLabel(new QLabel(this))
    , m_snippets(new QTabWidget(this))
{
    setObjectName(QStringLiteral("dkimExportDialog"));
    //: %1 selector, %2 domain
    setWindowTitle(tr("Export the DKIM key %1 of %2").arg(key.selector, key.domain));
    m_serverPathEdit->setObjectName(QStringLiteral("serverPathLineEdit"));
    m_serverPathEdit->setText(
        QStringLiteral("/etc/dkimkeys/%1.%2.pem").arg(key.selector, key.domain));
    m_fileEdit->setObjectName(QStringLiteral("exportFileLineEdit"));
    m_fileEdit->setText(
        QDir::home().filePath(QStringLiteral("%1.%2.pem").arg(key.selector, key.domain)));
    m_exportButton->setObjectName(QStringLiteral("exportKeyPushButton"));
    m_statusLabel->setObjectName(QStringLiteral("exportStatusLabel"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_snippets->setObjectName(QStringLiteral("snippetsTabWidget"));

    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("browsePushButton"));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileEdit, 1);
    fileRow->addWidget(browse);
    fileRow->addWidget(m_exportButton);
    auto *form = new QFormLayout;
    auto *fileLabel = new QLabel(tr("Private key &file here:"), this);
    fileLabel->setBuddy(m_fileEdit);
    form->addRow(fileLabel, fileRow);
    form->addRow(new QLabel(
        tr("The file is unencrypted PEM, readable only by you (mode 0600); an existing file is "
           "never overwritten. Copy it to the mail server, readable only by the signer."),
        this));
    auto *pathLabel = new QLabel(tr("&Path on the mail server:"), this);
    pathLabel->setBuddy(m_serverPathEdit);
    form->addRow(pathLabel, m_serverPathEdit);

    for (const Snippet &snippet : snippets()) {
        auto *page = new QWidget(m_snippets);
        auto *text = new QPlainTextEdit(page);
        text->setObjectName(QLatin1StringView(snippet.objectName));
        text->setReadOnly(true);
        text->setLineWrapMode(QPlainTextEdit::NoWrap);
        text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        auto *copy = new QPushButton(tr("Cop&y"), page);
        copy->setObjectName(QStringLiteral("copy%1PushButton").arg(snippet.title));
        connect(copy, &QPushButton::clicked, text, [text] {
            QApplication::clipboard()->setText(text->toPlainText());
        });
        auto *layout = new QVBoxLayout(page);
        layout->addWidget(text, 1);
        auto *row = new QHBoxLayout;
        row->addStretch();
        row->addWidget(copy);
        layout->addLayout(row);
        m_snippets->addTab(page, snippet.title);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_statusLabel);
    //: the configuration lines of each mail server software
    layout->addWidget(new QLabel(tr("Configuration of the signer:"), this));
    layout->addWidget(m_snippets, 1);
    layout->addWidget(buttons);
    resize(720, 520);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_serverPathEdit, &QLineEdit::textChanged, this, &DkimExportDialog::updateSnippets);
    connect(m_exportButton, &QPushButton::clicked, this, &DkimExportDialog::exportKey);
    connect(browse, &QPushButton::clicked, this, [this] {
        // Window-modal, no nested event loop; never over an existing file (checked on writing).
        auto *files = new QFileDialog(this, tr("Private key file"), m_fileEdit->text());
        files->setObjectName(QStringLiteral("exportFileDialog"));
        files->setAttribute(Qt::WA_DeleteOnClose);
        files->setAcceptMode(QFileDialog::AcceptSave);
        files->setOption(QFileDialog::DontConfirmOverwrite);
        connect(files, &QFileDialog::fileSelected, m_fileEdit, &QLineEdit::setText);
        files->open();
    });
    updateSnippets();
    if (key.encryptedPrivateKey.isEmpty()) {
        m_exportButton->setEnabled(false);
        showStatus(tr("This key's private part was destroyed: only the configuration is shown."),
                   false);
    }
}

void DkimExportDialog::updateSnippets()
{
    const Dkim::SigningSetup setup{
        m_key.domain, m_key.selector, m_serverPathEdit->text().trimmed(), m_key.spec.algorithm};
    const QList<Snippet> all = snippets();
    for (const Snippet &snippet : all)
        findChild<QPlainTextEdit *>(QLatin1StringView(snippet.objectName))
            ->setPlainText(snippet.text(setup));
}

void DkimExportDialog::exportKey()
{
    const QString path = m_fileEdit->text().trimmed();
    if (path.isEmpty() || !m_vault) {
        showStatus(tr("Choose the file to write."), true);
        return;
    }
    m_exportButton->setEnabled(false);
    showStatus(tr("Reading the key (the keychain may ask for your permission)…"), false);
    const int ticket = ++m_ticket;
    onResult(m_vault->privateKey(m_key.id),
             this,
             [this, ticket, path](const Result<Dkim::PrivateKey> &key) {
                 if (ticket != m_ticket)
                     return;
                 m_exportButton->setEnabled(true);
                 if (!key) {
                     //: %1 why the key could not be read (keychain locked…)
                     showStatus(tr("The key could not be read: %1").arg(describe(key.error())),
                                true);
                     return;
                 }
                 if (auto written = Dkim::exportPrivateKey(*key, path); !written) {
                     showStatus(describe(written.error()), true);
                     return;
                 }
                 //: %1 the file written
                 showStatus(tr("Private key written to %1.").arg(path), false);
                 emit exported(path);
             });
}

void DkimExportDialog::showStatus(const QString &text, bool error)
{
    m_statusLabel->setText(text);
    m_statusLabel->setProperty("error", error);
    m_statusLabel->setStyleSheet(error ? QStringLiteral("color: #c8322c") : QString());
}

} // namespace Sceau::Widgets
