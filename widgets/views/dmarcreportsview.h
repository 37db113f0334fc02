#pragma once

#include "model/dmarc/reportimport.h"

#include <QFutureWatcher>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTableWidget;

namespace Sceau {
class Session;
namespace Dmarc {
class ReportStore;
} // namespace Dmarc
} // namespace Sceau

namespace Sceau {
namespace Widgets {

class DmarcSourceModel;

// The Reports tab: DMARC aggregate reports imported (file dialog or drag and drop; read off the
// UI thread with progress and Cancel, stored in the workspace), the sources of a policy domain
// (sortable, filtered), a selected source's pass/fail per day, why it fails alignment and what
// to do (Dmarc::adviseSource). Failure reports and bad files are listed with their reason.
class DmarcReportsView : public QWidget
{
    Q_OBJECT
public:
    explicit DmarcReportsView(Session *session, QWidget *parent = nullptr);
    ~DmarcReportsView() override;

    // Reads and stores the reports in paths (files or Maildir folders), off the UI thread.
    // Ignored while an import runs.
    void importPaths(const QStringList &paths);
    // The policy domain shown; empty when no report is stored.
    QString policyDomain() const;

signals:
    void importFinished(); // after an import ends (canceled or not) and the view is refreshed

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void chooseFiles();
    void storeResult(int index);
    void finishImport();
    void refreshDomains();
    void showDomain();
    void showSelectedSource();
    void setImporting(bool importing);

    Session *m_session;
    QFutureWatcher<QList<Dmarc::ReadReport>> m_watcher;
    QComboBox *m_domains;
    QPushButton *m_importButton;
    QPushButton *m_cancelButton;
    QProgressBar *m_progress;
    QLabel *m_status;
    QListWidget *m_problems;
    QLineEdit *m_filter;
    DmarcSourceModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_sources;
    QTableWidget *m_timeline;
    QLabel *m_why;
    QLabel *m_suggestion;
    int m_added = 0;
    int m_duplicates = 0;
    int m_failed = 0;
};

} // namespace Widgets
} // namespace Sceau
