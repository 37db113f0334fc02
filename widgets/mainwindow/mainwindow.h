#pragma once

#include "model/audit/auditreport.h"

#include <QFutureWatcher>
#include <QMainWindow>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTabWidget;

namespace Sceau {
class Session;
class Watch;
namespace Storage {
class Preferences;
} // namespace Storage
} // namespace Sceau

namespace Sceau {
namespace Widgets {

class DashboardView;
class DomainsView;
class LazyPage;
class FindingsView;
class HistoryView;
class TransportView;
class TrayNotifier;
class MtaStsView;
class DaneView;
class WizardLauncher;

// The administration workspace (issue 12): the domains list on the left (DomainsView: client,
// tags, last check, bulk check); on the right a domain (typed, or the list's current one) and
// its DKIM selectors, Check, and the results: the dashboard (one card per area, the data
// behind it), the findings, the transport of its MX servers, its history (saved checks and
// what changed) and the DMARC reports. The audit runs asynchronously on the event loop and can
// be canceled; the window never waits. Every service comes from the session; Settings changes
// the session's resolver. Each check is saved to the workspace's history. While it is open, the
// domains are re-checked on the schedule of the settings (Watch), its alerts shown as desktop
// notifications (TrayNotifier).
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
    QWidget *makeTransportPage(); // the Transport tab's content, when first shown
    void applyResolverSettings(); // the preferences' to the session
    void applyWatchSettings();    // the preferences' schedule to the watch
    void startCheck();
    void cancelCheck();
    void syncTransport(); // the Transport page, when shown, probes the domain last checked
    void auditFinished();
    void setBusy(bool busy);
    void showSettings();
    void fixFinding(const Finding &finding); // opens the tool that fixes it
    void showScore(const Audit::AuditReport &report);
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
    WizardLauncher *m_launcher;
    QSplitter *m_splitter;
    DomainsView *m_domains;
    DashboardView *m_dashboard;
    FindingsView *m_findings;
    HistoryView *m_history;
    QTabWidget *m_tabs;
    Watch *m_watch;                       // the scheduled re-check of the domains list
    TrayNotifier *m_notifier;             // its alerts, as desktop notifications
    LazyPage *m_transportPage = nullptr;  // the tab that scrolls m_transport
    TransportView *m_transport = nullptr; // every MX server of the checked domain, once shown
    MtaStsView *m_mtaSts = nullptr;       // its MTA-STS and TLS-RPT section
    DaneView *m_dane = nullptr;           // its DNSSEC and DANE section
    QString m_transportDomain;            // the domain the Transport page should show
    QString m_checkedDomain;              // the domain of the findings shown
    // The DKIM selectors belong to the domain they were typed for: a check of another domain
    // with selectors not edited since drops them (they would only give false errors).
    QString m_selectorsDomain;
    bool m_selectorsEdited = false;
};

} // namespace Widgets
} // namespace Sceau
