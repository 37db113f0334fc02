#pragma once

#include "model/mail/messageanalysis.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace Sceau {
class Session;
} // namespace Sceau

namespace Sceau {
namespace Widgets {

// Message analysis (Mail::MessageAnalyzer): paste a message or its headers, or open an .eml;
// Analyze runs on the event loop on the session's resolver, Cancel (or Escape while running)
// stops it. The result is one row per step — DKIM, SPF, DMARC, one-click unsubscribe,
// selectors — with its state and reason, and the evidence below it.
class MessageAnalysisDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int StateRole = Qt::UserRole + 1; // a step row's state token

    // session: outlives the dialog.
    explicit MessageAnalysisDialog(Session *session, QWidget *parent = nullptr);
    ~MessageAnalysisDialog() override;

    void setMessage(const QByteArray &message); // fills the message field (tests, drops)

signals:
    void analysisFinished(const Sceau::Mail::MessageAnalysis &analysis); // for tests and tools

protected:
    void reject() override; // Escape while running cancels instead of closing

private:
    void openFile();
    void analyze();
    void cancel();
    void setRunning(bool running);
    void showAnalysis(const Mail::MessageAnalysis &analysis);

    Session *m_session;
    QPlainTextEdit *m_messageEdit;
    QCheckBox *m_headersOnlyCheck;
    QPushButton *m_openButton;
    QPushButton *m_analyzeButton;
    QPushButton *m_cancelButton;
    QLabel *m_statusLabel;
    QTreeWidget *m_stepsTree;
    QPointer<Mail::MessageAnalyzer> m_analyzer;
};

} // namespace Widgets
} // namespace Sceau
