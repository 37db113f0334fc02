#pragma once

#include "model/audit/auditreport.h"

#include <QFutureWatcher>
#include <QMainWindow>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;

namespace Sceau {
class Session;
namespace Dkim {
class KeyVault;
} // namespace Dkim
namespace Storage {
class Preferences;
} // namespace Storage
} // namespace Sceau

namespace Sceau {
namespace Widgets {

class FindingsView;
class TransportView;
class MtaStsView;
class DaneView;

// Type a domain (and DKIM selectors), press Check, watch the progress, read the findings.
// The audit runs asynchronously on the event loop and can be canceled; the window never waits.
// Every service comes from the session (its auditor, resolver, key vault); Settings changes the
// session's resolver.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // session and preferences: outlive the window.
    MainWindow(Session *session, Storage::Preferences &preferences, QWidget *parent = nullptr);
    ~MainWindow() override;

    void checkDomain(const QString &domain); // fills the field and starts a check

signals:
    void checkFinished(const Sceau::Audit::AuditReport &report);
    void checkCanceled();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void applyResolverSettings(); // the preferences' to the session
    void startCheck();
    void cancelCheck();
    void syncTransport(); // the Transport page, when shown, probes the domain last checked
    void auditFinished();
    void setBusy(bool busy);
    void showSettings();
    void showSpfWizard();
    void showDkimWizard();
    void showDkimKeys();
    Dkim::KeyVault *vaultOrWarning(); // null, after telling why (window-modal), when it cannot open
    void fixFinding(const Finding &finding); // opens the tool that fixes it
    void showAbout();

    Session *m_session;
    Storage::Preferences &m_preferences;
    QFutureWatcher<Audit::AuditReport> *m_watcher;
    QLineEdit *m_domainEdit;
    QLineEdit *m_selectorsEdit;
    QPushButton *m_checkButton;
    QPushButton *m_cancelButton;
    QProgressBar *m_progress;
    QLabel *m_status;
    QLabel *m_score;
    FindingsView *m_findings;
    TransportView *m_transport; // the Transport tab: every MX server of the checked domain
    MtaStsView *m_mtaSts;       // its MTA-STS and TLS-RPT section
    DaneView *m_dane;           // its DNSSEC and DANE section
    QTabWidget *m_tabs;
    QWidget *m_transportPage = nullptr; // the tab that scrolls m_transport
    QString m_transportDomain;          // the domain the Transport page should show
    QString m_checkedDomain;            // the domain of the findings shown
    // The DKIM selectors belong to the domain they were typed for: a check of another domain
    // with selectors not edited since drops them (they would only give false errors).
    QString m_selectorsDomain;
    bool m_selectorsEdited = false;
};

} // namespace Widgets
} // namespace Sceau
