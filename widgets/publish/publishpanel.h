#pragma once

#include "model/publish/publishservice.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace Sceau {
class Session;
namespace Publish {
class PropagationWatch;
struct PropagationStatus;
} // namespace Publish
} // namespace Sceau

namespace Sceau {
namespace Widgets {

// The last step of every wizard (issue #11): the record as zone-file lines with Copy and
// Export…; Publish… through a credential that serves the zone (the current RRset is read first
// and the change shown as a diff to confirm; the change is guarded and journaled by
// Publish::PublishService); and Watch propagation (every authoritative server, one row each,
// turning to "serves it"). Composes model objects only; nothing blocks the UI thread, and
// nothing calls back once the panel is gone.
class PublishPanel : public QWidget
{
    Q_OBJECT
public:
    explicit PublishPanel(Session *session, QWidget *parent = nullptr);

    // What to publish: owner absolute (no trailing dot), canonical values
    // (Publish::canonicalValue), ttl in seconds. Resets the panel.
    void setRecord(const QString &owner,
                   Dns::RrType type,
                   const QStringList &values,
                   quint32 ttl = 3600);

    // The record from the master-file lines a wizard's model wrote (Publish::rrsetOfSnippet);
    // lines that are not one RRset (an incomplete draft) leave nothing to publish.
    void setZoneLines(const QString &lines);
    // Whether the panel shows the lines with Copy and Export (a page that has its own hides
    // them).
    void setSnippetShown(bool shown);

    // How long and how often the watch asks (tests shorten them).
    void setWatchTiming(int timeoutMs, int intervalMs);

signals:
    void published(const Sceau::Publish::Applied &applied);
    void watchFinished(bool complete);

private:
    void refreshCredentials();
    void readCurrent();
    void showDiff(const Publish::CurrentRrset &now);
    void confirm();
    void cancelConfirm();
    void toggleWatch();
    void showWatch(const Publish::PropagationStatus &status);
    void exportSnippet();
    void setBusy(bool busy, const QString &status);

    Session *m_session;
    Publish::RrsetRef m_ref;
    QStringList m_values;
    quint32 m_ttl = 3600;
    std::optional<Publish::CurrentRrset> m_current; // what the user is shown and confirms
    int m_generation = 0;                           // answers for an older record are dropped
    int m_watchTimeoutMs = 300000;
    int m_watchIntervalMs = 2000;

    QLabel *m_snippetLabel;
    QPlainTextEdit *m_snippet;
    QPushButton *m_copy;
    QPushButton *m_export;
    QComboBox *m_credential;
    QLabel *m_credentialLabel;
    QPushButton *m_publish;
    QWidget *m_confirmBox;
    QLabel *m_diff;
    QPushButton *m_confirm;
    QPushButton *m_cancel;
    QLabel *m_status;
    QPushButton *m_watch;
    QTableWidget *m_servers;
    Publish::PropagationWatch *m_watcher;
};

} // namespace Widgets
} // namespace Sceau
