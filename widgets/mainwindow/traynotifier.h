#pragma once

#include "model/session/watch.h"

#include <QList>
#include <QObject>

class QMainWindow;
class QSystemTrayIcon;

namespace Sceau {
namespace Widgets {

// Shows the Watch's alerts as desktop notifications (issue 12 §3): a balloon of the system
// tray icon where the desktop has a tray (QSystemTrayIcon), else a message in the window's
// status bar. Clicking the tray icon or its balloon brings the window forward. The alerts of
// this run are kept, newest last (at most MaxKept).
class TrayNotifier : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxKept = 100;

    explicit TrayNotifier(QMainWindow *window);

    void notify(const WatchAlert &alert);
    bool usesTray() const { return m_tray != nullptr; }
    const QList<WatchAlert> &alerts() const { return m_alerts; }

signals:
    void notified(const Sceau::WatchAlert &alert); // shown, one way or the other

private:
    void bringWindowForward();

    QMainWindow *m_window;
    QSystemTrayIcon *m_tray = nullptr;
    QList<WatchAlert> m_alerts;
};

} // namespace Widgets
} // namespace Sceau
