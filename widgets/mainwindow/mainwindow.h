#pragma once

#include "model/audit/auditreport.h"

#include <QFutureWatcher>
#include <QMainWindow>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace Sceau {
namespace Audit {
class Auditor;
} // namespace Audit
} // namespace Sceau
namespace Sceau {
namespace Dns {
class Resolver;
} // namespace Dns
} // namespace Sceau
namespace Sceau {
namespace Storage {
class Preferences;
} // namespace Storage
} // namespace Sceau

namespace Sceau {
namespace Widgets {

class FindingsView;

// Type a domain (and DKIM selectors), press Check, watch the progress, read the findings.
// The audit runs asynchronously on the event loop and can be canceled; the window never waits.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Storage::Preferences &preferences, QWidget *parent = nullptr);
    ~MainWindow() override;

    void checkDomain(const QString &domain); // fills the field and starts a check

signals:
    void checkFinished(const Sceau::Audit::AuditReport &report);
    void checkCanceled();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void applyResolverSettings();
    void startCheck();
    void cancelCheck();
    void auditFinished();
    void setBusy(bool busy);
    void showSettings();
    void showSpfWizard();
    void fixFinding(const Finding &finding); // opens the tool that fixes it
    void showAbout();

    Storage::Preferences &m_preferences;
    Dns::Resolver *m_resolver = nullptr;
    Audit::Auditor *m_auditor;
    QFutureWatcher<Audit::AuditReport> *m_watcher;
    QLineEdit *m_domainEdit;
    QLineEdit *m_selectorsEdit;
    QPushButton *m_checkButton;
    QPushButton *m_cancelButton;
    QProgressBar *m_progress;
    QLabel *m_status;
    QLabel *m_score;
    FindingsView *m_findings;
    QString m_checkedDomain; // the domain of the findings shown
};

} // namespace Widgets
} // namespace Sceau
