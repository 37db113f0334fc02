#include "model/dns/liveresolver.h"
#include "model/storage/preferences.h"
#include "widgets/dialogs/settingsdialog.h"
#include "widgets/mainwindow/mainwindow.h"
#include "widgets/views/findingsview.h"
#include "widgets/views/transportview.h"
#include "widgets/wizards/spf/spfwizard.h"
#include "widgets/wizards/wizardlauncher.h"

#include "widgets/accessiblenames.h"
#include "widgets/mnemonics.h"
#include "widgets/translationscope.h"

#include "await.h"
#include "faultydnsserver.h"
#include "testenv.h"
#include "testsession.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Sceau;
using namespace Qt::StringLiterals;

// The real main window, real model services, the test Knot; driven by object name.
class tst_MainWindow : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    std::unique_ptr<Storage::Preferences> preferencesFor(const Dns::NameServer &server,
                                                         int timeoutMs = 300)
    {
        auto preferences = std::make_unique<Storage::Preferences>(m_dir.filePath(u"sceau.ini"_s));
        preferences->setNameServers({server});
        preferences->setTimeoutMs(timeoutMs);
        return preferences;
    }

    // The Session main() builds from these preferences.
    std::unique_ptr<Session> sessionFor(const Storage::Preferences &preferences)
    {
        return Test::session(preferences.resolverSettings(), m_dir.filePath(u"workspace.sqlite"_s));
    }

    // Settings → custom resolver server, OK: what a user does to change the resolver.
    static void setResolverInSettings(Widgets::MainWindow &window, const Dns::NameServer &server)
    {
        window.findChild<QAction *>(u"settingsAction"_s)->trigger();
        auto *dialog = window.findChild<Widgets::SettingsDialog *>(u"settingsDialog"_s);
        QVERIFY(dialog && dialog->isVisible());
        dialog->findChild<QRadioButton *>(u"customResolverRadioButton"_s)->click();
        dialog->findChild<QLineEdit *>(u"nameserversLineEdit"_s)->setText(server.toString());
        dialog->accept();
        QVERIFY(!dialog->isVisible());
    }

    static QStringList shownIds(const Widgets::MainWindow &window)
    {
        auto *tree = window.findChild<Widgets::FindingsView *>(u"findingsView"_s)
                         ->findChild<QTreeWidget *>(u"findingsTreeWidget"_s);
        QStringList ids;
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            ids << tree->topLevelItem(i)->data(0, Widgets::FindingsView::IdRole).toString();
        return ids;
    }

private slots:
    // Issue 12 §5: Alt+F reached the File menu, the Findings tab and Fix…; Alt+T the Tools
    // menu and the Transport tab. Each page of the window is looked at, in both languages.
    void everyMnemonicReachesOneControl_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << u"en"_s;
        QTest::newRow("French") << u"fr"_s;
    }
    void everyMnemonicReachesOneControl()
    {
        QFETCH(QString, language);
        const Test::TranslationScope translation(language);
        QVERIFY(translation.loaded());
        auto preferences = preferencesFor(Test::knotServer());
        const auto session = sessionFor(*preferences);
        Widgets::MainWindow window(session.get(), *preferences);
        window.show();
        auto *tabs = window.findChild<QTabWidget *>(u"resultsTabWidget"_s);
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            const QStringList clashes = Test::mnemonicClashes(&window);
            QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u"; "_s)));
            // Issue 12 §6: every control a screen reader reaches has a name.
            const QStringList unnamed = Test::unnamedControls(&window);
            QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
        }
    }

    // Issue 12 §5: Settings had a shortcut only where the platform defines Preferences (KDE).
    void settingsHaveAShortcutEverywhere()
    {
        auto preferences = preferencesFor(Test::knotServer());
        const auto session = sessionFor(*preferences);
        Widgets::MainWindow window(session.get(), *preferences);
        const QAction *settings = window.findChild<QAction *>(u"settingsAction"_s);
        QVERIFY(!settings->shortcuts().isEmpty());
        QVERIFY(!settings->shortcut().isEmpty());
    }

    // Issue 12 §5: at 1920×1080 the Check and Cancel buttons stretched across the window; the
    // title repeated the application's name the platform adds anyway.
    void wideWindowKeepsButtonsAndTitleShort()
    {
        auto preferences = preferencesFor(Test::knotServer());
        const auto session = sessionFor(*preferences);
        Widgets::MainWindow window(session.get(), *preferences);
        window.resize(1920, 1080);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (const char *name : {"checkPushButton", "cancelPushButton"}) {
            auto *button = window.findChild<QPushButton *>(QLatin1StringView(name));
            QVERIFY2(button->width() <= 2 * button->sizeHint().width(), name);
        }
        QVERIFY(!window.windowTitle().contains(u"Sceau"_s));
        QSignalSpy finished(&window, &Widgets::MainWindow::checkFinished);
        window.checkDomain(u"good.sceau.test"_s);
        QCOMPARE(window.windowTitle(), u"good.sceau.test"_s);
        QVERIFY(finished.wait(10000));
        QCOMPARE(window.windowTitle(), u"good.sceau.test"_s);
        // An IDN is shown as it is written, not in punycode.
        window.checkDomain(u"xn--exmple-cua.test"_s);
        QCOMPARE(window.windowTitle(), u"exämple.test"_s);
        QVERIFY(window.findChild<QLabel *>(u"statusLabel"_s)->text().contains(u"exämple.test"_s));
        QVERIFY(finished.wait(10000));
    }

    void typeDomainClickCheckSeeFindings()
    {
        auto preferences = preferencesFor(Test::knotServer());
        const auto session = sessionFor(*preferences);
        Widgets::MainWindow window(session.get(), *preferences);
        window.show();
        QSignalSpy finished(&window, &Widgets::MainWindow::checkFinished);
        QTest::keyClicks(window.findChild<QLineEdit *>(u"domainLineEdit"_s),
                         u"multi-spf.sceau.test"_s);
        QTest::keyClicks(window.findChild<QLineEdit *>(u"selectorsLineEdit"_s), u"s1, s2"_s);
        auto *check = window.findChild<QPushButton *>(u"checkPushButton"_s);
        QTest::mouseClick(check, Qt::LeftButton);
        QVERIFY(!check->isEnabled()); // busy while the audit runs
        QVERIFY(window.findChild<QPushButton *>(u"cancelPushButton"_s)->isEnabled());
        QVERIFY(finished.wait(10000));

        // Most severe first: the three errors, the two warnings of p=none, then what passed.
        const QStringList ids = shownIds(window);
        QCOMPARE(ids.size(), 8);
        QCOMPARE(QStringList(ids.mid(0, 3)).count(u"dkim.selector-missing"_s), 2);
        QVERIFY(ids.mid(0, 3).contains(u"spf.multiple-records"_s));
        QStringList warnings = ids.mid(3, 2);
        warnings.sort();
        QCOMPARE(warnings, (QStringList{u"dmarc.no-rua"_s, u"dmarc.policy-none"_s}));
        QVERIFY(ids.mid(5).contains(u"dmarc.present"_s));
        QVERIFY(ids.mid(5).contains(u"mx.present"_s));
        QVERIFY(check->isEnabled());
        QVERIFY(!window.findChild<QProgressBar *>(u"checkProgressBar"_s)->isVisible());
        // docs/scoring.md: SPF failing 25, DKIM failing 15, DMARC to improve 70, MX 100.
        QCOMPARE(window.findChild<QLabel *>(u"scoreLabel"_s)->text(), u"Score: 47/100"_s);

        // The selected finding's explanation and remediation are shown.
        auto *details = window.findChild<Widgets::FindingsView *>(u"findingsView"_s)
                            ->findChild<QWidget *>(u"detailsTextBrowser"_s);
        QVERIFY(details->property("plainText").toString().contains(u"How to fix:"_s));

        // The same selectors again for the same domain: kept. Another domain with the selectors
        // untouched: they belonged to the first one, so they are dropped (no false
        // dkim.selector-missing); selectors typed for the new domain are used.
        auto *selectors = window.findChild<QLineEdit *>(u"selectorsLineEdit"_s);
        QTest::mouseClick(check, Qt::LeftButton);
        QVERIFY(finished.wait(10000));
        QCOMPARE(selectors->text(), u"s1, s2"_s);
        QCOMPARE(shownIds(window).count(u"dkim.selector-missing"_s), 2);
        auto *domain = window.findChild<QLineEdit *>(u"domainLineEdit"_s);
        domain->clear();
        QTest::keyClicks(domain, u"good.sceau.test"_s);
        QTest::mouseClick(check, Qt::LeftButton);
        QVERIFY(finished.wait(10000));
        QVERIFY(selectors->text().isEmpty());
        QCOMPARE(shownIds(window).count(u"dkim.selector-missing"_s), 0);
        QTest::keyClicks(selectors, u"nope"_s);
        QTest::mouseClick(check, Qt::LeftButton);
        QVERIFY(finished.wait(10000));
        QCOMPARE(shownIds(window).count(u"dkim.selector-missing"_s), 1);
    }

    void failedLookupsAreNotShownAsMissing()
    {
        Test::FaultyDnsServer servfail(Test::FaultyDnsServer::Fault::ServFail);
        auto preferences = preferencesFor(servfail.address());
        const auto session = sessionFor(*preferences);
        Widgets::MainWindow window(session.get(), *preferences);
        QSignalSpy finished(&window, &Widgets::MainWindow::checkFinished);
        window.checkDomain(u"good.sceau.test"_s);
        QVERIFY(finished.wait(10000));
        QCOMPARE(shownIds(window), QStringList(3, u"dns.lookup-failed"_s));
        QVERIFY(window.findChild<QLabel *>(u"statusLabel"_s)->text().contains(u"Settings"_s));
        // Could not check is no posture error: nothing could be rated, so no score at all.
        QCOMPARE(window.findChild<QLabel *>(u"scoreLabel"_s)->text(), u"Score: could not check"_s);
        auto *tree = window.findChild<Widgets::FindingsView *>(u"findingsView"_s)
                         ->findChild<QTreeWidget *>(u"findingsTreeWidget"_s);
        QCOMPARE(tree->topLevelItem(0)->toolTip(0), u"Could not check"_s); // its own grey state
    }

    // Cancel ends the check at once, and no result arrives later. How the late check could
    // fail, and why it waits long enough: the check's lookups go to a silent server and would
    // all have timed out after 2 attempts x 300 ms, then delivered checkFinished. The probe is
    // a lookup to the same silent server, sent after the cancel, whose one attempt waits 4 x
    // 300 ms: when it times out, a check that ignored the cancel would have finished already.
    void cancelStopsTheCheck()
    {
        constexpr int timeoutMs = 300;
        Test::FaultyDnsServer silent(Test::FaultyDnsServer::Fault::Silent);
        auto preferences = preferencesFor(silent.address(), timeoutMs);
        const auto session = sessionFor(*preferences);
        Widgets::MainWindow window(session.get(), *preferences);
        window.show();
        QSignalSpy canceled(&window, &Widgets::MainWindow::checkCanceled);
        QSignalSpy finished(&window, &Widgets::MainWindow::checkFinished);
        window.checkDomain(u"good.sceau.test"_s);
        QTest::mouseClick(window.findChild<QPushButton *>(u"cancelPushButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(canceled.count(), 1, 10000);
        QCOMPARE(finished.count(), 0);
        Dns::ResolverConfig probeConfig;
        probeConfig.servers = {silent.address()};
        probeConfig.timeoutMs = 4 * timeoutMs;
        probeConfig.attempts = 1;
        Dns::LiveResolver probe(probeConfig);
        QCOMPARE(Test::await(probe.lookup(u"good.sceau.test"_s, Dns::RrType::TXT)).status,
                 Dns::LookupStatus::Timeout);
        QCOMPARE(finished.count(), 0);
        QCOMPARE(canceled.count(), 1);
        QVERIFY(window.findChild<QPushButton *>(u"checkPushButton"_s)->isEnabled());
        QCOMPARE(window.findChild<QLabel *>(u"statusLabel"_s)->text(), u"Check canceled."_s);
    }

    // Escape cancels a running check like the Cancel button; idle, it does nothing.
    void escapeCancelsTheCheck()
    {
        Test::FaultyDnsServer silent(Test::FaultyDnsServer::Fault::Silent);
        auto preferences = preferencesFor(silent.address(), 300);
        const auto session = sessionFor(*preferences);
        Widgets::MainWindow window(session.get(), *preferences);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QSignalSpy canceled(&window, &Widgets::MainWindow::checkCanceled);
        QTest::keyClick(&window, Qt::Key_Escape);
        QCOMPARE(canceled.count(), 0);
        window.checkDomain(u"good.sceau.test"_s);
        QTest::keyClick(window.findChild<QLineEdit *>(u"domainLineEdit"_s), Qt::Key_Escape);
        QTRY_COMPARE_WITH_TIMEOUT(canceled.count(), 1, 10000);
        QCOMPARE(window.findChild<QLabel *>(u"statusLabel"_s)->text(), u"Check canceled."_s);
    }

    // "Fix…" on an SPF problem opens the SPF wizard on the checked domain, its record loaded.
    void fixOpensTheSpfWizard()
    {
        auto preferences = preferencesFor(Test::knotServer());
        const auto session = sessionFor(*preferences);
        Widgets::MainWindow window(session.get(), *preferences);
        window.show();
        QSignalSpy finished(&window, &Widgets::MainWindow::checkFinished);
        window.checkDomain(u"weak-spf.sceau.test"_s); // "v=spf1 ptr +all"
        QVERIFY(finished.wait(10000));
        auto *tree = window.findChild<Widgets::FindingsView *>(u"findingsView"_s)
                         ->findChild<QTreeWidget *>(u"findingsTreeWidget"_s);
        auto *fix = window.findChild<Widgets::FindingsView *>(u"findingsView"_s)
                        ->findChild<QPushButton *>(u"fixPushButton"_s);
        QTreeWidgetItem *spfProblem = nullptr;
        QTreeWidgetItem *other = nullptr;
        const QList<Finding> findings
            = window.findChild<Widgets::FindingsView *>(u"findingsView"_s)->findings();
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = tree->topLevelItem(i);
            const Finding &finding = findings.at(item->data(0, Qt::UserRole).toInt());
            if (finding.id.startsWith(u"spf."_s) && finding.severity != Severity::Ok && !spfProblem)
                spfProblem = item;
            else if (!Widgets::WizardLauncher::canFix(finding) && !other)
                other = item;
        }
        QVERIFY(spfProblem && other);
        tree->setCurrentItem(other);
        QVERIFY(!fix->isEnabled());
        QSignalSpy requested(window.findChild<Widgets::FindingsView *>(u"findingsView"_s),
                             &Widgets::FindingsView::fixRequested);
        tree->setCurrentItem(spfProblem);
        QVERIFY(fix->isEnabled());
        QTest::mouseClick(fix, Qt::LeftButton);
        QCOMPARE(requested.count(), 1);
        QVERIFY(requested.first().first().value<Finding>().id.startsWith(u"spf."_s));

        QTRY_VERIFY(window.findChild<Widgets::SpfWizard *>());
        auto *wizard = window.findChild<Widgets::SpfWizard *>();
        QVERIFY(wizard->isVisible());
        QCOMPARE(wizard->findChild<QLineEdit *>(u"domainLineEdit"_s)->text(),
                 u"weak-spf.sceau.test"_s);
        QCOMPARE(wizard->currentId(), int(Widgets::SpfWizard::SendersPage));
        // The published terms: ptr kept as-is (checked); +all reported, not silently changed.
        auto *kept = wizard->findChild<QListWidget *>(u"keptTermsListWidget"_s);
        QTRY_COMPARE_WITH_TIMEOUT(kept->count(), 1, 5000);
        QCOMPARE(kept->item(0)->text(), u"ptr"_s);
        QCOMPARE(kept->item(0)->checkState(), Qt::Checked);
        QVERIFY(wizard->findChild<QLabel *>(u"importNotesLabel"_s)->text().contains(u"+all"_s));
        QVERIFY(!wizard->findChild<QCheckBox *>(u"mxCheckBox"_s)->isChecked());
        QVERIFY(wizard->currentPage()->isComplete());
    }

    // Settings → another resolver: the session rebuilds its resolver, and the next check asks
    // the new one (the Knot fixture's answers, not the old server's SERVFAIL).
    void settingsChangeTheSessionsResolver()
    {
        Test::FaultyDnsServer servfail(Test::FaultyDnsServer::Fault::ServFail);
        auto preferences = preferencesFor(servfail.address());
        const auto session = sessionFor(*preferences);
        Widgets::MainWindow window(session.get(), *preferences);
        window.show();
        QSignalSpy finished(&window, &Widgets::MainWindow::checkFinished);
        window.checkDomain(u"good.sceau.test"_s);
        QVERIFY(finished.wait(10000));
        QCOMPARE(shownIds(window), QStringList(3, u"dns.lookup-failed"_s));

        const QPointer<Dns::Resolver> before = session->resolver();
        QSignalSpy changed(session.get(), &Session::resolverChanged);
        setResolverInSettings(window, Test::knotServer());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(session->resolverSettings().servers, QList{Test::knotServer()});
        QVERIFY(session->resolver() != before);
        // Issue 12 §5: the results on screen came from the old resolver, and the status says so.
        QVERIFY(window.findChild<QLabel *>(u"statusLabel"_s)
                    ->text()
                    .contains(u"good.sceau.test come from the previous"_s));
        const int servfailQueries = servfail.queriesReceived();
        window.checkDomain(u"good.sceau.test"_s);
        QVERIFY(finished.wait(10000));
        const QStringList ids = shownIds(window);
        QVERIFY2(!ids.contains(u"dns.lookup-failed"_s), qPrintable(ids.join(u' ')));
        QVERIFY(ids.contains(u"mx.present"_s));
        QCOMPARE(servfail.queriesReceived(), servfailQueries);
        QTRY_VERIFY(!before); // the old resolver is gone
    }

    // A check still waiting on the old resolver when Settings change ends, canceled; the next
    // check runs on the new one.
    void checkRunningDuringASettingsChangeEnds()
    {
        Test::FaultyDnsServer silent(Test::FaultyDnsServer::Fault::Silent);
        auto preferences = preferencesFor(silent.address(), 5000);
        const auto session = sessionFor(*preferences);
        Widgets::MainWindow window(session.get(), *preferences);
        window.show();
        QSignalSpy canceled(&window, &Widgets::MainWindow::checkCanceled);
        QSignalSpy finished(&window, &Widgets::MainWindow::checkFinished);
        window.checkDomain(u"good.sceau.test"_s);
        QTRY_VERIFY(silent.queriesReceived() > 0);
        const QPointer<Dns::Resolver> before = session->resolver();
        setResolverInSettings(window, Test::knotServer());
        QTRY_COMPARE(canceled.count(), 1);
        QTRY_VERIFY(!before); // deleted under the canceled run: no crash
        QCOMPARE(window.findChild<QLabel *>(u"statusLabel"_s)->text(), u"Check canceled."_s);
        window.checkDomain(u"good.sceau.test"_s);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.count(), 1);
        QVERIFY(!shownIds(window).contains(u"dns.lookup-failed"_s));
    }

    // The Transport tab probes the checked domain's MX servers once it is shown, not before.
    void transportTabProbesTheCheckedDomain()
    {
        auto preferences = preferencesFor(Test::knotServer());
        const auto session = sessionFor(*preferences);
        Widgets::MainWindow window(session.get(), *preferences);
        window.show();
        window.checkDomain(u"null.mxset.test"_s);
        // Hidden, the page is not even made (issue 13 §3): no server contacted.
        QVERIFY(!window.findChild<Widgets::TransportView *>());
        window.findChild<QTabWidget *>(u"resultsTabWidget"_s)
            ->setCurrentWidget(window.findChild<QWidget *>(u"transportPage"_s));
        auto *transport = window.findChild<Widgets::TransportView *>(u"transportView"_s);
        QVERIFY(transport);
        QVERIFY(transport->isVisible());
        QSignalSpy probed(transport, &Widgets::TransportView::probeFinished);
        QCOMPARE(transport->domain(), u"null.mxset.test"_s);
        QVERIFY(probed.wait(10000));
        QCOMPARE(transport->transport()->route, Transport::MailRoute::NullMx);
    }

    void invalidDomainIsRefusedWithAReason()
    {
        auto preferences = preferencesFor(Test::knotServer());
        const auto session = sessionFor(*preferences);
        Widgets::MainWindow window(session.get(), *preferences);
        window.checkDomain(u"exa mple.com"_s);
        QVERIFY(window.findChild<QPushButton *>(u"checkPushButton"_s)->isEnabled());
        QVERIFY(window.findChild<QLabel *>(u"statusLabel"_s)->text().contains(u"exa mple.com"_s));
        QVERIFY(shownIds(window).isEmpty());
    }
};

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
