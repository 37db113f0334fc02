#include "widgets/mainwindow/traynotifier.h"

#include <QMainWindow>
#include <QSignalSpy>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTest>

using namespace Sceau;
using namespace Qt::StringLiterals;

// The watch's alerts as notifications (issue 12 §3). Under the offscreen platform there is no
// system tray: the window's status bar says it, every line of the alert on one.
class tst_TrayNotifier : public QObject
{
    Q_OBJECT
private slots:
    void withoutATrayTheStatusBarSaysIt()
    {
        QMainWindow window;
        Widgets::TrayNotifier notifier(&window);
        QCOMPARE(notifier.usesTray(), QSystemTrayIcon::isSystemTrayAvailable());
        QVERIFY(!notifier.usesTray()); // offscreen: the fallback is what this test covers
        QSignalSpy notified(&notifier, &Widgets::TrayNotifier::notified);
        notifier.notify({WatchAlert::Kind::Regression,
                         u"a.test"_s,
                         u"a.test got worse"_s,
                         u"DMARC moved from reject to none\nNew MX mx2.a.test"_s});
        QCOMPARE(notified.size(), 1);
        QCOMPARE(window.statusBar()->currentMessage(),
                 u"a.test got worse: DMARC moved from reject to none; New MX mx2.a.test"_s);
        QCOMPARE(notifier.alerts().size(), 1);
    }

    void keepsTheLatestAlertsOnly()
    {
        QMainWindow window;
        Widgets::TrayNotifier notifier(&window);
        for (int i = 0; i < Widgets::TrayNotifier::MaxKept + 5; ++i)
            notifier.notify({WatchAlert::Kind::KeyDue, QString::number(i), u"t"_s, u"x"_s});
        QCOMPARE(notifier.alerts().size(), Widgets::TrayNotifier::MaxKept);
        QCOMPARE(notifier.alerts().last().subject,
                 QString::number(Widgets::TrayNotifier::MaxKept + 4));
    }
};

QTEST_MAIN(tst_TrayNotifier)
#include "tst_traynotifier.moc"
