#include "widgets/mainwindow/traynotifier.h"

#include <QIcon>
#include <QMainWindow>
#include <QStatusBar>
#include <QSystemTrayIcon>

using namespace Qt::StringLiterals;

namespace Sceau::Widgets {

namespace {
constexpr int StatusMessageMs = 30000;
}

TrayNotifier::TrayNotifier(QMainWindow *window)
    : QObject(window)
    , m_window(window)
{
    setObjectName(QStringLiteral("trayNotifier"));
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/sceau.svg")), this);
    m_tray->setToolTip(tr("Sceau watches your domains"));
    connect(m_tray, &QSystemTrayIcon::activated, this, &TrayNotifier::bringWindowForward);
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &TrayNotifier::bringWindowForward);
    m_tray->show();
}

void TrayNotifier::notify(const WatchAlert &alert)
{
    m_alerts << alert;
    if (m_alerts.size() > MaxKept)
        m_alerts.removeFirst();
    const QSystemTrayIcon::MessageIcon icon = alert.kind == WatchAlert::Kind::Regression
                                                  ? QSystemTrayIcon::Warning
                                                  : QSystemTrayIcon::Information;
    if (m_tray && QSystemTrayIcon::supportsMessages())
        m_tray->showMessage(alert.title, alert.text, icon);
    else
        //: a notification in the status bar: %1 its title, %2 what happened
        m_window->statusBar()->showMessage(
            tr("%1: %2").arg(alert.title, QString(alert.text).replace(u"\n"_s, u"; "_s)),
            StatusMessageMs);
    emit notified(alert);
}

void TrayNotifier::bringWindowForward()
{
    m_window->showNormal();
    m_window->raise();
    m_window->activateWindow();
}

} // namespace Sceau::Widgets
