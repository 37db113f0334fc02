#pragma once

#include "model/secrets/credential.h"

#include <QByteArray>
#include <QDialog>
#include <QHash>
#include <QPointer>

class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace Sceau {
class Session;
namespace Storage {
class Preferences;
} // namespace Storage
namespace Transport {
class SubmissionTest;
} // namespace Transport
} // namespace Sceau

namespace Sceau {
namespace Widgets {

// The workspace's credentials (issue #11): each with its kind, what it serves (a zone, or
// user@host for an SMTP account), the age of its secret and, when that age reaches the period
// chosen in the spin box (Preferences::rotationPeriodDays), a "due" mark (icon and text).
// Add… and Rotate… open a CredentialEditDialog and hand its secret to the vault
// (Secrets::CredentialVault, which wipes it); Remove asks first; Test asks the server, changing
// nothing: an SMTP account logs in (Transport::SubmissionTest), the others through
// Publish::PublishService::verify. Keychain and network work never blocks: the dialog shows a
// busy state, Cancel stops waiting (a late answer is dropped by a ticket), and nothing calls
// back once the dialog is gone. A locked or absent keychain is said so; nothing is stored half
// way. The dialog never sees a stored secret: a test's goes from the keychain to the test.
class CredentialsDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Verdict { Accepted, Refused, CouldNotTest };
    Q_ENUM(Verdict)

    // Columns of credentialsTree.
    enum Column { NameColumn, KindColumn, ServesColumn, AgeColumn, DueColumn, TestColumn };
    static constexpr int DueRole = Qt::UserRole + 1; // bool, on DueColumn

    // session: outlives the dialog. preferences (may be null: the default period, not kept):
    // where the rotation period is kept; outlives the dialog.
    explicit CredentialsDialog(Session *session,
                               Storage::Preferences *preferences = nullptr,
                               QWidget *parent = nullptr);
    ~CredentialsDialog() override;

    void reload(); // reads the workspace's credentials again

signals:
    // For tests and tools: an add, rotate or remove ended (ok: it was done).
    void changeFinished(bool ok);
    // A test ended; word: the server's or API's own word for it, or why it could not test.
    void testFinished(const QString &name,
                      Sceau::Widgets::CredentialsDialog::Verdict verdict,
                      const QString &word);

private:
    void addCredential();
    void rotateCredential();
    void removeCredential();
    void testCredential();
    void testSmtp(const Secrets::Credential &credential);
    void cancel();
    void periodChanged(int days);
    void selectionChanged();
    void setBusy(bool busy, const QString &status = {});
    void changeDone(quint64 ticket, const Error *error, const QString &done);
    void tested(quint64 ticket, const QString &name, Verdict verdict, const QString &word);
    QString errorText(const Error &error) const;
    const Secrets::Credential *selected() const;

    Session *m_session;
    Storage::Preferences *m_preferences;
    QList<Secrets::Credential> m_credentials;
    QHash<QString, QString> m_testResults; // name → what its last test said
    QTreeWidget *m_tree;
    QSpinBox *m_periodSpin;
    QLabel *m_dueLabel;
    QPushButton *m_addButton;
    QPushButton *m_rotateButton;
    QPushButton *m_removeButton;
    QPushButton *m_testButton;
    QPushButton *m_cancelButton;
    QProgressBar *m_progress;
    QLabel *m_statusLabel;
    QPointer<Transport::SubmissionTest> m_test;
    quint64 m_ticket = 0; // newest operation wins: a late answer of a canceled one is dropped
    bool m_busy = false;
};

} // namespace Widgets
} // namespace Sceau
