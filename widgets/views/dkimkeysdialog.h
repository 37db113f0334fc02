#pragma once

#include <QDialog>

class QLabel;

namespace Sceau {
class Session;
} // namespace Sceau

namespace Sceau {
namespace Widgets {

class DkimKeysView;

// The DKIM keys of the session's workspace (DkimKeysView) in a window-modal dialog. "Next
// step…" and "Rotate…" open the rotation wizard over the session's key vault; the list follows
// the steps it persists, and is read again when the wizard closes, finished or not. "Export…"
// opens DkimExportDialog; "Abandon…" asks, then erases a never-published key. A workspace that
// cannot be read is said in the dialog, never shown as "no keys".
class DkimKeysDialog : public QDialog
{
    Q_OBJECT
public:
    // session: outlives the dialog.
    explicit DkimKeysDialog(Session *session, QWidget *parent = nullptr);

    void refresh(); // reads the workspace's keys again

private:
    void openRotation(qint64 keyId, bool rotate);
    void openExport(qint64 keyId);
    void confirmAbandon(qint64 keyId);
    void showError(const QString &text);

    Session *m_session;
    DkimKeysView *m_view;
    QLabel *m_errorLabel;
};

} // namespace Widgets
} // namespace Sceau
