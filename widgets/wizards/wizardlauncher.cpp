#include "widgets/wizards/wizardlauncher.h"

#include "model/dmarc/reportstore.h"
#include "model/session/session.h"
#include "widgets/dialogs/credentialsdialog.h"
#include "widgets/dialogs/journaldialog.h"
#include "widgets/dialogs/messageanalysisdialog.h"
#include "widgets/dialogs/submissiontestdialog.h"
#include "widgets/views/dkimkeysdialog.h"
#include "widgets/wizards/bimi/bimiwizard.h"
#include "widgets/wizards/dkim/dkimwizard.h"
#include "widgets/wizards/dmarc/dmarcwizard.h"
#include "widgets/wizards/spf/spfwizard.h"
#include "widgets/wizards/transport/mtastswizard.h"
#include "widgets/wizards/transport/tlsrptwizard.h"

#include <QMessageBox>

namespace Sceau::Widgets {

namespace {
// Window-modal, deleted on close, no nested event loop.
template<typename Dialog> Dialog *opened(Dialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}
} // namespace

WizardLauncher::WizardLauncher(Session *session, Storage::Preferences *preferences, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_preferences(preferences)
    , m_window(window)
{
}

void WizardLauncher::spf(const QString &domain)
{
    auto *wizard = new SpfWizard(m_session, m_window);
    if (!domain.isEmpty())
        wizard->setDomain(domain);
    opened(wizard);
}

void WizardLauncher::dkim(const QString &domain)
{
    Dkim::KeyVault *vault = vaultOrWarning();
    if (!vault)
        return;
    auto *wizard = new DkimWizard(vault, m_session, m_window);
    if (!domain.isEmpty())
        wizard->setDomain(domain);
    opened(wizard);
}

void WizardLauncher::dkimKeys()
{
    if (vaultOrWarning())
        opened(new DkimKeysDialog(m_session, m_window));
}

void WizardLauncher::dmarc(const QString &domain)
{
    auto *wizard = new DmarcWizard(m_session, m_window);
    wizard->setDomain(domain);
    // The rollout plan's evidence: what the stored aggregate reports say of the domain.
    if (auto store = m_session->reportStore(); store && !domain.isEmpty()) {
        if (auto evidence = (*store)->evidence(domain); evidence && evidence->reports > 0)
            wizard->setEvidence(*evidence);
    }
    opened(wizard);
}

void WizardLauncher::bimi(const QString &domain)
{
    auto *wizard = new BimiWizard(m_session, m_window);
    wizard->setDomain(domain);
    opened(wizard);
}

void WizardLauncher::mtaSts(const QString &domain)
{
    auto *wizard = new MtaStsWizard(m_session, m_window);
    if (!domain.isEmpty())
        wizard->load(domain);
    opened(wizard);
}

void WizardLauncher::tlsRpt(const QString &domain)
{
    auto *wizard = new TlsRptWizard(m_session, m_window);
    wizard->setDomain(domain);
    opened(wizard);
}

void WizardLauncher::submissionTest()
{
    opened(new SubmissionTestDialog(m_session, m_window));
}

void WizardLauncher::messageAnalysis()
{
    opened(new MessageAnalysisDialog(m_session, m_window));
}

void WizardLauncher::credentials()
{
    opened(new CredentialsDialog(m_session, m_preferences, m_window));
}

void WizardLauncher::journal()
{
    opened(new JournalDialog(m_session, m_window));
}

bool WizardLauncher::canFix(const Finding &finding)
{
    if (finding.severity == Severity::Ok || isCouldNotCheck(finding))
        return false;
    for (const char *area : {"spf.", "dkim.", "dmarc.", "bimi.", "mta-sts.", "tls-rpt."}) {
        if (finding.id.startsWith(QLatin1StringView(area)))
            return true;
    }
    return false;
}

bool WizardLauncher::fix(const Finding &finding, const QString &domain)
{
    if (!canFix(finding) || domain.isEmpty())
        return false;
    const QString &id = finding.id;
    if (id.startsWith(u"spf.")) {
        auto *wizard = new SpfWizard(m_session, m_window);
        wizard->setDomain(domain);
        opened(wizard)->next(); // to the senders: the current record loads there, its terms checked
    } else if (id.startsWith(u"dkim.")) {
        dkim(domain);
    } else if (id.startsWith(u"dmarc.")) {
        dmarc(domain);
    } else if (id.startsWith(u"bimi.")) {
        bimi(domain);
    } else if (id.startsWith(u"mta-sts.")) {
        mtaSts(domain);
    } else {
        tlsRpt(domain);
    }
    return true;
}

Dkim::KeyVault *WizardLauncher::vaultOrWarning()
{
    const auto vault = m_session->keyVault();
    if (vault)
        return *vault;
    auto *box
        = new QMessageBox(QMessageBox::Warning,
                          tr("DKIM keys"),
                          //: %1 why the workspace (or the keychain behind it) cannot open
                          tr("The DKIM keys cannot be opened: %1").arg(describe(vault.error())),
                          QMessageBox::Ok,
                          m_window);
    box->setObjectName(QStringLiteral("keyVaultErrorMessageBox"));
    opened(box);
    return nullptr;
}

} // namespace Sceau::Widgets
