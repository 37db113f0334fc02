#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QTreeWidget;

namespace Sceau {
class Session;

namespace Widgets {

// A domain's saved checks (issue 12 §3, Storage::CheckHistory), newest first: when, through
// which resolver, state and score. Selecting one check shows what changed since the one
// before it; selecting two shows what changed from the older to the newer
// (Audit::diffChecks), in words, regressions marked as such.
class HistoryView : public QWidget
{
    Q_OBJECT
public:
    // session: outlives the view.
    explicit HistoryView(Session *session, QWidget *parent = nullptr);

    void setDomain(const QString &domain); // reads its checks
    void refresh();

private:
    void showChanges();

    Session *m_session;
    QString m_domain;
    QLabel *m_title;
    QTreeWidget *m_checks;
    QLabel *m_summary;
    QListWidget *m_changes;
};

} // namespace Widgets
} // namespace Sceau
