#pragma once

#include "model/core/finding.h"

#include <QObject>
#include <QPointer>

namespace Sceau {
class Session;
namespace Dkim {
class KeyVault;
} // namespace Dkim
namespace Storage {
class Preferences;
} // namespace Storage

namespace Widgets {

// Opens the tools of the main window (the Tools menu, Fix… on a finding), each window-modal
// over the window, prefilled with a domain when one is given (empty: none), deleted on close.
// The one place that decides which wizard fixes a finding (canFix, fix).
class WizardLauncher : public QObject
{
    Q_OBJECT
public:
    // session and preferences: outlive the launcher; window: its parent and the tools'.
    WizardLauncher(Session *session, Storage::Preferences *preferences, QWidget *window);

    void spf(const QString &domain);
    void dkim(const QString &domain);
    void dkimKeys();
    void dmarc(const QString &domain); // with the evidence of the stored aggregate reports
    void bimi(const QString &domain);
    void mtaSts(const QString &domain);
    void tlsRpt(const QString &domain);
    void submissionTest();
    void messageAnalysis();
    void credentials();
    void journal();

    // A finding some wizard fixes: a problem (never Ok, never "could not check") of SPF, DKIM,
    // DMARC, BIMI, MTA-STS or TLS-RPT.
    static bool canFix(const Finding &finding);
    // Opens that wizard on domain; false when no wizard fixes the finding.
    bool fix(const Finding &finding, const QString &domain);

private:
    Dkim::KeyVault *vaultOrWarning(); // null, after telling why (window-modal)

    Session *m_session;
    Storage::Preferences *m_preferences;
    QPointer<QWidget> m_window;
};

} // namespace Widgets
} // namespace Sceau
