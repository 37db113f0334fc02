#pragma once

#include "model/secrets/credential.h"
#include "model/transport/submissionresult.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace Sceau {
class Session;
namespace Transport {
class SubmissionTest;
} // namespace Transport
} // namespace Sceau

namespace Sceau {
namespace Widgets {

// The authenticated submission test (Transport::SubmissionTest) of one of the workspace's SMTP
// accounts: the account picker fills host, port and security, which can be changed for this
// run; an optional test recipient. Run reads the password from the keychain and runs the test
// on the event loop with its progress; Cancel stops it. The result: outcome, TLS, certificate,
// the AUTH mechanisms and reply, the findings and the (redacted) transcript. The dialog never
// sees the password: it goes from the keychain straight into the test.
class SubmissionTestDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int IdRole = Qt::UserRole + 1; // a finding's id in findingsTree

    // session: outlives the dialog.
    explicit SubmissionTestDialog(Session *session, QWidget *parent = nullptr);
    ~SubmissionTestDialog() override;

    void reloadAccounts(); // reads the workspace's SMTP accounts again

signals:
    void testFinished(const Sceau::Transport::SubmissionResult &result); // for tests and tools

private:
    void accountChanged();
    void run();
    void cancel();
    void setRunning(bool running);
    void showResult(const Transport::SubmissionResult &result);
    void showError(const QString &text);

    Session *m_session;
    QList<Secrets::Credential> m_accounts;
    QComboBox *m_accountCombo;
    QLineEdit *m_hostEdit;
    QSpinBox *m_portSpin;
    QComboBox *m_securityCombo;
    QLineEdit *m_sendToEdit;
    QPushButton *m_runButton;
    QPushButton *m_cancelButton;
    QProgressBar *m_progress;
    QLabel *m_stepLabel;
    QLabel *m_outcomeLabel;
    QLabel *m_detailsLabel;
    QTreeWidget *m_findingsTree;
    QPlainTextEdit *m_transcriptView;
    QPointer<Transport::SubmissionTest> m_test;
    quint64 m_ticket = 0; // newest run wins: a late keychain answer of a canceled run is dropped
};

} // namespace Widgets
} // namespace Sceau
