#pragma once

#include "model/audit/auditreport.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace Sceau {
class Session;

namespace Audit {
class BulkCheck;
} // namespace Audit

namespace Widgets {

// The domains the user looks after (issue 12 §1, §4), kept in the workspace
// (Storage::DomainList): add with a client name and tags, remove, import a list; each row
// shows the last saved check (Storage::CheckHistory): when, its state and score. A filter
// narrows the rows by domain, client or tag; the columns sort.
//
// "Check all" (or the selected rows) runs a bulk check (Audit::BulkCheck) with progress and
// Cancel; each report is saved to the history as it comes and its row updated. "Export…" writes
// their latest checks as a report or a table (ExportDialog).
class DomainsView : public QWidget
{
    Q_OBJECT
public:
    // session: outlives the view.
    explicit DomainsView(Session *session, QWidget *parent = nullptr);
    ~DomainsView() override;

    void refresh(); // reads the list and the last checks again
    QString currentDomain() const;
    void selectDomain(const QString &domain);
    // Saves a check made elsewhere (the main window's) and updates its row.
    void recordCheck(const Audit::AuditReport &report);

signals:
    void domainSelected(const QString &domain);  // the current row changed
    void domainActivated(const QString &domain); // double-click or Return: check it
    void checkSaved(const QString &domain);

private:
    void addDomain();
    void removeSelected();
    void importList();
    void importFile(const QString &path);
    // The selected domains when several are, else every row the filter shows.
    QStringList domainsToActOn() const;
    void exportChecks();
    void startBulk();
    void bulkReport(int index, const Audit::AuditReport &report);
    void bulkFinished(bool canceled);
    void applyFilter();
    void showError(const QString &text);
    void setBusy(bool busy);
    QTreeWidgetItem *itemOf(const QString &domain) const;

    Session *m_session;
    QLineEdit *m_filter;
    QTreeWidget *m_tree;
    QPushButton *m_addButton;
    QPushButton *m_removeButton;
    QPushButton *m_importButton;
    QPushButton *m_bulkButton;
    QPushButton *m_exportButton;
    QPushButton *m_cancelButton;
    QProgressBar *m_progress;
    QLabel *m_status;
    Audit::BulkCheck *m_bulk;
    QStringList m_bulkDomains;
};

} // namespace Widgets
} // namespace Sceau
