#pragma once

#include <QDialog>
#include <QStringList>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace Sceau {
class Session;

namespace Widgets {

// Exports the latest saved check of domains (issue 12 §4; the GUI side of `sceau-cli
// export`): a PDF or HTML report to hand to a client, in the language chosen here (the
// interface's by default), or the checks as CSV or JSON. The file is written as a whole on a
// worker thread (Export::writeExport) while the dialog shows progress; Cancel leaves the
// previous file as it was. Domains without a saved check are named, not exported.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    // domains: those to export; empty for the whole list. session outlives the dialog.
    ExportDialog(Session *session, const QStringList &domains, QWidget *parent = nullptr);

signals:
    void exported(const QString &path); // the file was written

private:
    void formatChanged();
    void browse();
    void startExport();
    void finish(const QString &path, const QString &error);
    void showStatus(const QString &text, bool error);

    Session *m_session;
    QStringList m_domains;
    QComboBox *m_formatCombo;
    QComboBox *m_languageCombo;
    QLineEdit *m_pathEdit;
    QPushButton *m_browseButton;
    QPushButton *m_exportButton;
    QPushButton *m_cancelButton;
    QProgressBar *m_progress;
    QLabel *m_statusLabel;
    int m_ticket = 0; // the export in flight; a canceled one's result is dropped
};

} // namespace Widgets
} // namespace Sceau
