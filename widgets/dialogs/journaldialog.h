#pragma once

#include "model/publish/journal.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace Sceau {
class Session;
} // namespace Sceau

namespace Sceau {
namespace Widgets {

// The journal of published changes (issue #11 §4), newest first: each change's time, action,
// name, type, credential and outcome; the selected one's previous and new RRsets; Roll back,
// guarded like any change (what it wrote must still be there), after a confirmation.
class JournalDialog : public QDialog
{
    Q_OBJECT
public:
    explicit JournalDialog(Session *session, QWidget *parent = nullptr);

    void reload();

signals:
    void rolledBack(bool done);

private:
    void showSelected();
    void rollBack();

    Session *m_session;
    QList<Publish::JournalEntry> m_entries;
    QTableWidget *m_table;
    QLabel *m_details;
    QLabel *m_status;
    QPushButton *m_rollBack;
};

} // namespace Widgets
} // namespace Sceau
