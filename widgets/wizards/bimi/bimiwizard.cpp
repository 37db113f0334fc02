#include "widgets/wizards/bimi/bimiwizard.h"

#include "model/bimi/bimidmarc.h"
#include "model/bimi/bimirecord.h"
#include "model/bimi/markcertificate.h"
#include "model/core/async.h"
#include "model/core/domainname.h"
#include "model/core/textfile.h"
#include "model/session/session.h"
#include "widgets/publish/publishpanel.h"
#include "widgets/wizards/bimi/bimifindingslist.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace Sceau::Widgets {

namespace {
// A file read in a worker thread, at most maxBytes (untrusted input).
std::optional<QByteArray> readBounded(const QString &path, qsizetype maxBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > maxBytes)
        return std::nullopt;
    return file.readAll();
}

// A path line, a Browse… button and what to do with a chosen file.
QHBoxLayout *fileRow(QLineEdit *path, QPushButton *browse)
{
    auto *row = new QHBoxLayout;
    row->addWidget(path, 1);
    row->addWidget(browse);
    return row;
}
} // namespace

BimiWizard::BimiWizard(Session *session, QWidget *parent)
    : QWizard(parent)
    , m_session(session)
    , m_domain(new QLineEdit)
    , m_selector(new QLineEdit(QString::fromLatin1(Bimi::DefaultSelector)))
    , m_status(new QLabel)
    , m_prerequisites(new BimiFindingsList)
    , m_logoPath(new QLineEdit)
    , m_logoVerdict(new QLabel)
    , m_logoFindings(new BimiFindingsList)
    , m_certificatePath(new QLineEdit)
    , m_certificateVerdict(new QLabel)
    , m_certificateFindings(new BimiFindingsList)
    , m_logoUrl(new QLineEdit)
    , m_certificateUrl(new QLineEdit)
    , m_record(new QLineEdit)
    , m_error(new QLabel)
    , m_copy(new QPushButton(tr("Copy")))
    , m_export(new QPushButton(tr("Export…")))
{
    setObjectName(QStringLiteral("bimiWizard"));
    //: BIMI is a protocol name (Brand Indicators for Message Identification)
    setWindowTitle(tr("BIMI logo"));
    setPage(PrerequisitesPage, prerequisitesPage());
    setPage(LogoPage, logoPage());
    setPage(CertificatePage, certificatePage());
    setPage(RecordPage, recordPage());
    updateRecord();
}

QWizardPage *BimiWizard::prerequisitesPage()
{
    auto *page = new QWizardPage(this);
    page->setObjectName(QStringLiteral("prerequisitesPage"));
    page->setTitle(tr("Prerequisites"));
    page->setSubTitle(tr("Mailbox providers show a logo only for a domain whose DMARC policy is "
                         "enforced (quarantine or reject). Fix what is listed here first."));
    m_domain->setObjectName(QStringLiteral("domainLineEdit"));
    m_selector->setObjectName(QStringLiteral("selectorLineEdit"));
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_prerequisites->setObjectName(QStringLiteral("prerequisitesList"));
    auto *check = new QPushButton(tr("Check"));
    check->setObjectName(QStringLiteral("checkButton"));
    connect(check, &QPushButton::clicked, this, &BimiWizard::checkDomain);
    auto *form = new QFormLayout(page);
    form->addRow(tr("Domain:"), m_domain);
    form->addRow(tr("Selector:"), m_selector);
    form->addRow(check);
    form->addRow(m_status);
    form->addRow(m_prerequisites);
    connect(m_domain, &QLineEdit::textChanged, this, &BimiWizard::updateRecord);
    connect(m_selector, &QLineEdit::textChanged, this, &BimiWizard::updateRecord);
    return page;
}

QWizardPage *BimiWizard::logoPage()
{
    auto *page = new QWizardPage(this);
    page->setObjectName(QStringLiteral("logoPage"));
    page->setTitle(tr("Logo"));
    page->setSubTitle(tr("The logo is a square SVG Tiny Portable/Secure file with a <title>, no "
                         "script, animation, image or external reference."));
    m_logoPath->setObjectName(QStringLiteral("logoPathLineEdit"));
    m_logoVerdict->setObjectName(QStringLiteral("logoVerdictLabel"));
    m_logoFindings->setObjectName(QStringLiteral("logoFindingsList"));
    auto *browse = new QPushButton(tr("Browse…"));
    browse->setObjectName(QStringLiteral("logoBrowseButton"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Choose the logo"), {}, tr("SVG images (*.svg)"));
        if (!path.isEmpty())
            loadLogo(path);
    });
    connect(
        m_logoPath, &QLineEdit::editingFinished, this, [this] { loadLogo(m_logoPath->text()); });
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(fileRow(m_logoPath, browse));
    layout->addWidget(m_logoVerdict);
    layout->addWidget(m_logoFindings);
    return page;
}

QWizardPage *BimiWizard::certificatePage()
{
    auto *page = new QWizardPage(this);
    page->setObjectName(QStringLiteral("certificatePage"));
    page->setTitle(tr("Mark certificate"));
    page->setSubTitle(tr("A Verified or Common Mark Certificate (PEM) from a Mark Verifying "
                         "Authority embeds the same logo and names the domain. Optional, but "
                         "most providers require it."));
    m_certificatePath->setObjectName(QStringLiteral("certificatePathLineEdit"));
    m_certificateVerdict->setObjectName(QStringLiteral("certificateVerdictLabel"));
    m_certificateFindings->setObjectName(QStringLiteral("certificateFindingsList"));
    auto *browse = new QPushButton(tr("Browse…"));
    browse->setObjectName(QStringLiteral("certificateBrowseButton"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Choose the mark certificate"), {}, tr("Certificates (*.pem *.crt)"));
        if (!path.isEmpty())
            loadCertificate(path);
    });
    connect(m_certificatePath, &QLineEdit::editingFinished, this, [this] {
        loadCertificate(m_certificatePath->text());
    });
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(fileRow(m_certificatePath, browse));
    layout->addWidget(m_certificateVerdict);
    layout->addWidget(m_certificateFindings);
    return page;
}

QWizardPage *BimiWizard::recordPage()
{
    auto *page = new QWizardPage(this);
    page->setObjectName(QStringLiteral("recordPage"));
    page->setTitle(tr("BIMI record"));
    page->setSubTitle(tr("Publish the logo and the certificate over HTTPS, then this record."));
    page->setFinalPage(true);
    m_logoUrl->setObjectName(QStringLiteral("logoUrlLineEdit"));
    m_certificateUrl->setObjectName(QStringLiteral("certificateUrlLineEdit"));
    m_record->setObjectName(QStringLiteral("recordLineEdit"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_copy->setObjectName(QStringLiteral("copyButton"));
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_logoUrl->setPlaceholderText(QStringLiteral("https://example.com/bimi/logo.svg"));
    m_certificateUrl->setPlaceholderText(QStringLiteral("https://example.com/bimi/vmc.pem"));
    m_record->setReadOnly(true);
    m_error->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_copy);
    buttons->addWidget(m_export);
    auto *form = new QFormLayout(page);
    form->addRow(tr("Logo URL (l=):"), m_logoUrl);
    form->addRow(tr("Certificate URL (a=):"), m_certificateUrl);
    form->addRow(tr("DNS record:"), m_record);
    form->addRow(m_error);
    form->addRow(buttons);
    m_panel = new PublishPanel(m_session, page);
    m_panel->setSnippetShown(false); // the record is above, with Copy and Export
    form->addRow(m_panel);
    connect(m_logoUrl, &QLineEdit::textChanged, this, &BimiWizard::updateRecord);
    connect(m_certificateUrl, &QLineEdit::textChanged, this, &BimiWizard::updateRecord);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_record->text());
    });
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export the record"), QStringLiteral("bimi.zone"));
        if (path.isEmpty())
            return;
        if (const auto written = exportRecord(path); !written)
            QMessageBox::warning(this, tr("Export"), written.error().detail);
    });
    return page;
}

void BimiWizard::setDomain(const QString &domain)
{
    m_domain->setText(domain);
}

void BimiWizard::checkDomain()
{
    const auto domain = DomainName::fromUserInput(m_domain->text());
    if (!domain) {
        m_status->setText(domain.error().detail);
        return;
    }
    const quint64 ticket = ++m_ticket;
    m_status->setText(tr("Checking %1…").arg(*domain));
    Bimi::BimiCheckRequest request;
    request.domain = *domain;
    request.selector = m_selector->text().trimmed().isEmpty()
                           ? QString::fromLatin1(Bimi::DefaultSelector)
                           : m_selector->text().trimmed();
    request.roots = Bimi::mvaRoots();
    // DMARC discovery (RFC 9989 tree walk) gives the organisational domain and both policies.
    onResult(
        Bimi::checkBimiWithDmarc(m_session->resolver(), request, m_session->transportSettings()),
        this,
        [this, ticket](const Bimi::BimiCheck &check) {
            if (ticket != m_ticket)
                return;
            m_check = check;
            m_prerequisites->setFindings(check.findings);
            m_status->setText(
                check.prerequisite.verdict == Bimi::DmarcPrerequisite::Verdict::Met
                    ? tr("DMARC enforces: the domain can show a logo.")
                : check.prerequisite.verdict == Bimi::DmarcPrerequisite::Verdict::NotMet
                    ? tr("Fix DMARC first: receivers show no logo without enforcement.")
                    : tr("DMARC could not be checked: whether a logo can show is unknown."));
            if (check.lookup.state == Bimi::BimiLookup::State::Found
                && check.lookup.record.state == Transport::RecordState::Valid) {
                m_logoUrl->setText(check.lookup.record.record.location);
                m_certificateUrl->setText(check.lookup.record.record.authority);
            }
            emit checked();
        });
}

void BimiWizard::loadLogo(const QString &path)
{
    if (path.isEmpty())
        return;
    m_logoPath->setText(path);
    m_logoVerdict->setText(tr("Checking…"));
    const auto work = QtConcurrent::run([path] {
        const auto bytes = readBounded(path, Bimi::MaxSvgInput);
        return std::make_pair(bytes,
                              bytes ? Bimi::validateSvgTinyPs(*bytes) : Bimi::SvgValidation{});
    });
    onResult(work, this, [this, path](const auto &result) {
        if (path != m_logoPath->text())
            return; // another file was chosen meanwhile
        m_logo = result.first;
        m_logoFindings->setSvgFindings(result.second.findings);
        m_logoVerdict->setText(!result.first ? tr("The file cannot be read (or is over 1 MiB).")
                               : result.second.valid()
                                   ? tr("The logo is valid SVG Tiny PS.")
                                   : tr("Fix the logo: each problem is listed with its line."));
        emit logoChecked();
    });
}

void BimiWizard::loadCertificate(const QString &path)
{
    if (path.isEmpty())
        return;
    m_certificatePath->setText(path);
    m_certificateVerdict->setText(tr("Checking…"));
    Bimi::MarkCertificateContext context;
    context.domain = DomainName::fromUserInput(m_domain->text()).hasValue()
                         ? *DomainName::fromUserInput(m_domain->text())
                         : QString();
    context.logo = m_logo;
    context.roots = Bimi::mvaRoots();
    const auto work = QtConcurrent::run([path, context] {
        const auto bytes = readBounded(path, Bimi::MaxMarkCertificateFile);
        return bytes ? std::optional(Bimi::inspectMarkCertificate(*bytes, context)) : std::nullopt;
    });
    onResult(work, this, [this, path](const std::optional<Bimi::MarkCertificate> &mark) {
        if (path != m_certificatePath->text())
            return;
        m_certificateFindings->setFindings(mark ? mark->findings : QList<Finding>{});
        m_certificateVerdict->setText(!mark ? tr("The file cannot be read (or is over 1 MiB).")
                                      : hasPostureError(mark->findings)
                                          ? tr("This certificate will not make the logo show.")
                                          : tr("The certificate holds."));
        emit certificateChecked();
    });
}

QString BimiWizard::zoneLine() const
{
    return m_record->text();
}

Result<void> BimiWizard::exportRecord(const QString &path)
{
    if (zoneLine().isEmpty())
        return Error{ErrorCode::InvalidInput, tr("the record is not complete")};
    return writeTextFile(path, zoneLine().toUtf8() + '\n');
}

void BimiWizard::updateRecord()
{
    const auto domain = DomainName::fromUserInput(m_domain->text());
    const QString selector = m_selector->text().trimmed().isEmpty()
                                 ? QString::fromLatin1(Bimi::DefaultSelector)
                                 : m_selector->text().trimmed();
    Bimi::BimiRecord draft;
    draft.location = m_logoUrl->text().trimmed();
    draft.authority = m_certificateUrl->text().trimmed();
    QString error;
    if (!domain)
        error = domain.error().detail;
    else if (draft.location.isEmpty())
        error = tr("Give the https URL of the logo.");
    else if (const auto record = Bimi::parseBimiRecord(Bimi::bimiRecordText(draft).toUtf8());
             !record)
        error = record.error().detail;
    m_record->setText(error.isEmpty() ? Bimi::bimiZoneLine(selector, *domain, draft) : QString());
    m_error->setText(error);
    m_copy->setEnabled(error.isEmpty());
    m_export->setEnabled(error.isEmpty());
    if (m_panel)
        m_panel->setZoneLines(m_record->text());
}

} // namespace Sceau::Widgets
