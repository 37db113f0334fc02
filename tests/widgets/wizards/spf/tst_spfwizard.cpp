#include "model/storage/preferences.h"
#include "widgets/mainwindow/mainwindow.h"
#include "widgets/wizards/spf/spfwizard.h"

#include "faultydnsserver.h"
#include "testenv.h"
#include "testsession.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Sceau;
using namespace Qt::StringLiterals;

namespace {
// Leaves the domain page: the senders page loads the domain's current record (async).
void nextToSenders(Widgets::SpfWizard &wizard)
{
    wizard.next();
    QCOMPARE(wizard.currentId(), int(Widgets::SpfWizard::SendersPage));
    auto *progress = wizard.findChild<QProgressBar *>(u"loadProgressBar"_s);
    QTRY_VERIFY_WITH_TIMEOUT(progress->isHidden(), 5000);
}

// The spf.test zone file, before the live servers (none when offline).
Dns::ResolverSettings spfZone(const QList<Dns::NameServer> &servers = {})
{
    Dns::ResolverSettings settings;
    settings.zoneFiles = {Test::dataPath(u"zones/spf.test.zone"_s)};
    settings.offline = servers.isEmpty();
    settings.servers = servers;
    settings.timeoutMs = Test::knotConfig().timeoutMs;
    return settings;
}

// The live servers alone.
Dns::ResolverSettings live(const Dns::NameServer &server,
                           int timeoutMs = Test::knotConfig().timeoutMs)
{
    Dns::ResolverSettings settings;
    settings.servers = {server};
    settings.timeoutMs = timeoutMs;
    return settings;
}

QStringList checkedBoxes(const QList<QCheckBox *> &boxes)
{
    QStringList checked;
    for (const QCheckBox *box : boxes) {
        if (box->isChecked())
            checked << box->text();
    }
    return checked;
}

QStringList checkedItems(const QListWidget *list)
{
    QStringList checked;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            checked << list->item(i)->text();
    }
    return checked;
}
} // namespace

// The SPF wizard driven by object name (offscreen), on the real model: the spf.test zone as
// the DNS (zone-file source, offline), the draft evaluated and counted by the real evaluator.
class tst_SpfWizard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { m_session = Test::session(spfZone(), workspace()); }

    void composeCountAndTest()
    {
        Widgets::SpfWizard wizard(m_session.get());
        wizard.show();
        QVERIFY(!wizard.currentPage()->isComplete());
        QTest::keyClicks(wizard.findChild<QLineEdit *>(u"domainLineEdit"_s), u"New.SPF.test"_s);
        QVERIFY(wizard.currentPage()->isComplete());
        nextToSenders(wizard);
        QVERIFY(wizard.findChild<QLabel *>(u"currentRecordLabel"_s)
                    ->text()
                    .contains(u"no SPF record"_s));   // NXDOMAIN: really none
        QVERIFY(!wizard.currentPage()->isComplete()); // no sender yet

        wizard.findChild<QCheckBox *>(u"mxCheckBox"_s)->click();
        QTest::keyClicks(wizard.findChild<QLineEdit *>(u"ip4LineEdit"_s), u"192.0.2.0/24"_s);
        QTest::keyClicks(wizard.findChild<QLineEdit *>(u"includesLineEdit"_s), u"_inc.spf.test"_s);
        QVERIFY(wizard.currentPage()->isComplete());
        auto *budget = wizard.findChild<QLabel *>(u"budgetLabel"_s);
        // mx, include, and the a: term inside the include.
        QTRY_COMPARE_WITH_TIMEOUT(budget->text(), u"3 / 10"_s, 5000);

        // A provider preset adds its include: one more lookup.
        const auto presets = wizard.findChildren<QCheckBox *>(u"presetCheckBox"_s);
        QCOMPARE(presets.size(), 8);
        presets.first()->click();
        QTRY_COMPARE_WITH_TIMEOUT(budget->text(), u"4 / 10"_s, 5000);
        presets.first()->click();

        // An invalid range blocks the page and is named.
        auto *ip6 = wizard.findChild<QLineEdit *>(u"ip6LineEdit"_s);
        QTest::keyClicks(ip6, u"2001:db8::/200"_s);
        QVERIFY(!wizard.currentPage()->isComplete());
        QVERIFY(wizard.findChildren<QLabel *>(u"problemLabel"_s)
                    .last()
                    ->text()
                    .contains(u"2001:db8::/200"_s));
        ip6->clear();
        QVERIFY(wizard.currentPage()->isComplete());

        wizard.next();
        QCOMPARE(wizard.currentId(), int(Widgets::SpfWizard::PolicyPage));
        wizard.findChild<QRadioButton *>(u"softFailRadioButton"_s)->click();
        wizard.next();
        QCOMPARE(wizard.currentId(), int(Widgets::SpfWizard::ResultPage));
        const QString zoneLine
            = wizard.findChild<QPlainTextEdit *>(u"zoneLinePlainTextEdit"_s)->toPlainText();
        QCOMPARE(
            zoneLine,
            u"new.spf.test. 3600 IN TXT \"v=spf1 mx ip4:192.0.2.0/24 include:_inc.spf.test ~all\""_s);

        auto *testIp = wizard.findChild<QLineEdit *>(u"testIpLineEdit"_s);
        auto *whatIf = wizard.findChild<QLabel *>(u"whatIfLabel"_s);
        QTest::keyClicks(testIp, u"198.51.100.7"_s);
        wizard.findChild<QPushButton *>(u"testPushButton"_s)->click();
        QTRY_COMPARE_WITH_TIMEOUT(
            whatIf->text(), u"198.51.100.7: pass (decided by include:_inc.spf.test)"_s, 5000);
        testIp->clear();
        QTest::keyClicks(testIp, u"203.0.113.1"_s);
        wizard.findChild<QPushButton *>(u"testPushButton"_s)->click();
        QTRY_COMPARE_WITH_TIMEOUT(
            whatIf->text(), u"203.0.113.1: softfail (decided by ~all)"_s, 5000);

        // Enter in the address field tests it, and the wizard, shown, stays open on its draft
        // (it used to reach Finish and close); the field's label is its buddy (no literal "&").
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QSignalSpy finished(&wizard, &QDialog::finished);
        testIp->setFocus();
        testIp->clear();
        QTest::keyClicks(testIp, u"198.51.100.7"_s);
        QTest::keyClick(testIp, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(
            whatIf->text(), u"198.51.100.7: pass (decided by include:_inc.spf.test)"_s, 5000);
        QVERIFY(wizard.isVisible());
        QCOMPARE(finished.count(), 0);
        QCOMPARE(wizard.currentId(), int(Widgets::SpfWizard::ResultPage));
        const auto labels = wizard.currentPage()->findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [testIp](const QLabel *label) {
            return label->buddy() == testIp;
        }));
    }

    void longRecordIsSplitInTheZoneLine()
    {
        Widgets::SpfWizard wizard(m_session.get());
        wizard.show();
        QTest::keyClicks(wizard.findChild<QLineEdit *>(u"domainLineEdit"_s), u"big.spf.test"_s);
        nextToSenders(wizard);
        QStringList ranges;
        for (int i = 0; i < 30; ++i)
            ranges << u"198.51.100.%1"_s.arg(i);
        QTest::keyClicks(wizard.findChild<QLineEdit *>(u"ip4LineEdit"_s), ranges.join(u' '));
        wizard.next();
        wizard.next();
        const QString zoneLine
            = wizard.findChild<QPlainTextEdit *>(u"zoneLinePlainTextEdit"_s)->toPlainText();
        QVERIFY(zoneLine.count(u'"') >= 4); // at least two strings
        const QStringList strings = zoneLine.section(u"TXT "_s, 1).split(u"\" \""_s);
        for (const QString &string : strings)
            QVERIFY(string.size() <= 255 + 1);
    }

    // The published record is the starting point: its terms checked, what the wizard does not
    // offer kept as-is (uncheckable), the policy carried over; a new domain reloads.
    void loadsTheCurrentRecord()
    {
        Widgets::SpfWizard wizard(m_session.get());
        wizard.show();
        wizard.setDomain(u"current.spf.test"_s);
        QCOMPARE(wizard.findChild<QLineEdit *>(u"domainLineEdit"_s)->text(), u"current.spf.test"_s);
        QVERIFY(wizard.currentPage()->isComplete());
        wizard.next();
        QVERIFY(!wizard.findChild<QProgressBar *>(u"loadProgressBar"_s)->isHidden()); // busy
        QVERIFY(!wizard.currentPage()->isComplete());
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 5000);
        QVERIFY(wizard.findChild<QProgressBar *>(u"loadProgressBar"_s)->isHidden());

        QVERIFY(wizard.findChild<QCheckBox *>(u"mxCheckBox"_s)->isChecked());
        QVERIFY(!wizard.findChild<QCheckBox *>(u"aCheckBox"_s)->isChecked());
        QCOMPARE(wizard.findChild<QLineEdit *>(u"ip4LineEdit"_s)->text(),
                 u"192.0.2.0/24 198.51.100.7"_s);
        const auto presets = wizard.findChildren<QCheckBox *>(u"presetCheckBox"_s);
        QCOMPARE(checkedBoxes(presets), QStringList{u"Google Workspace (_spf.google.com)"_s});
        QCOMPARE(wizard.findChild<QLineEdit *>(u"includesLineEdit"_s)->text(), u"_inc.spf.test"_s);
        auto *kept = wizard.findChild<QListWidget *>(u"keptTermsListWidget"_s);
        QCOMPARE(checkedItems(kept), QStringList{u"ptr"_s});
        QVERIFY(wizard.findChild<QLabel *>(u"currentRecordLabel"_s)
                    ->text()
                    .contains(u"v=spf1 mx ip4:192.0.2.0/24"_s));
        // mx, the two includes, a:out.spf.test inside _inc, ptr.
        QTRY_COMPARE_WITH_TIMEOUT(
            wizard.findChild<QLabel *>(u"budgetLabel"_s)->text(), u"5 / 10"_s, 5000);

        // Unchecking a kept term drops it; the policy page shows the record's ~all.
        kept->item(0)->setCheckState(Qt::Unchecked);
        wizard.next();
        QVERIFY(wizard.findChild<QRadioButton *>(u"softFailRadioButton"_s)->isChecked());
        wizard.next();
        QVERIFY(wizard.findChild<QLabel *>(u"staleRangesLabel"_s)->isHidden()); // none flattened
        QCOMPARE(wizard.findChild<QPlainTextEdit *>(u"zoneLinePlainTextEdit"_s)->toPlainText(),
                 u"current.spf.test. 3600 IN TXT \"v=spf1 mx ip4:192.0.2.0/24 ip4:198.51.100.7 "
                 "include:_spf.google.com include:_inc.spf.test ~all\""_s);

        // Back to the domain page, another domain: its record replaces the first one's.
        wizard.back();
        wizard.back();
        wizard.back();
        QCOMPARE(wizard.currentId(), int(Widgets::SpfWizard::DomainPage));
        wizard.setDomain(u"good.spf.test"_s);
        nextToSenders(wizard);
        QCOMPARE(wizard.findChild<QLineEdit *>(u"ip4LineEdit"_s)->text(), u"192.0.2.0/24"_s);
        QVERIFY(checkedBoxes(presets).isEmpty());
        QCOMPARE(kept->count(), 0);
        wizard.next();
        QVERIFY(wizard.findChild<QRadioButton *>(u"failRadioButton"_s)->isChecked());
    }

    void unrepresentableTermsAreReported()
    {
        Widgets::SpfWizard wizard(m_session.get());
        wizard.show();
        wizard.setDomain(u"plusall.spf.test"_s);
        nextToSenders(wizard);
        // "v=spf1 +all": nothing to check, and +all is not offered: said, policy -all.
        QVERIFY(!wizard.findChild<QLabel *>(u"importNotesLabel"_s)->text().isEmpty());
        QVERIFY(wizard.findChild<QLabel *>(u"importNotesLabel"_s)->text().contains(u"+all"_s));
        QCOMPARE(wizard.draft().policy, Spf::Qualifier::Fail);
    }

    void dnsFailureIsNotNoRecord()
    {
        Test::FaultyDnsServer servfail(Test::FaultyDnsServer::Fault::ServFail);
        const auto session = Test::session(live(servfail.address()), workspace());
        Widgets::SpfWizard wizard(session.get());
        wizard.show();
        wizard.setDomain(u"example.com"_s);
        nextToSenders(wizard);
        const QString text = wizard.findChild<QLabel *>(u"currentRecordLabel"_s)->text();
        QVERIFY2(text.startsWith(u"Could not load the current record: "_s), qPrintable(text));
        QVERIFY(!text.contains(u"no SPF record"_s));
        QVERIFY(!wizard.findChild<QPushButton *>(u"retryLoadPushButton"_s)->isHidden());
        // The page stays usable: compose from scratch.
        wizard.findChild<QCheckBox *>(u"mxCheckBox"_s)->click();
        QVERIFY(wizard.currentPage()->isComplete());
    }

    // Issue 7 §1: an include whose lookup fails leaves the budget uncounted, never "1 / 10".
    void budgetCouldNotCount()
    {
        Test::FaultyDnsServer servfail(Test::FaultyDnsServer::Fault::ServFail);
        const auto session = Test::session(spfZone({servfail.address()}), workspace());
        Widgets::SpfWizard wizard(session.get());
        wizard.show();
        wizard.setDomain(u"new.spf.test"_s);
        nextToSenders(wizard);
        QTest::keyClicks(wizard.findChild<QLineEdit *>(u"includesLineEdit"_s),
                         u"_spf.elsewhere.example"_s);
        auto *budget = wizard.findChild<QLabel *>(u"budgetLabel"_s);
        QTRY_VERIFY_WITH_TIMEOUT(budget->text().startsWith(u"could not count: 1 lookup"_s), 5000);
        QVERIFY(!budget->text().contains(u"/ 10"_s));
        QVERIFY(servfail.queriesReceived() >= 1);
        // Back to a countable draft: the number again.
        wizard.findChild<QLineEdit *>(u"includesLineEdit"_s)->setText(u"_inc.spf.test"_s);
        QTRY_COMPARE_WITH_TIMEOUT(budget->text(), u"2 / 10"_s, 5000);
    }

    // Back while the record loads: the load is dropped, entering again restarts it, and the
    // wizard can die before the lookup ends.
    void backCancelsTheLoad()
    {
        Test::FaultyDnsServer silent(Test::FaultyDnsServer::Fault::Silent);
        const auto session = Test::session(live(silent.address(), 5000), workspace());
        auto wizard = std::make_unique<Widgets::SpfWizard>(session.get());
        wizard->show();
        wizard->setDomain(u"example.com"_s);
        wizard->next();
        auto *progress = wizard->findChild<QProgressBar *>(u"loadProgressBar"_s);
        QVERIFY(!progress->isHidden());
        QVERIFY(!wizard->currentPage()->isComplete());
        wizard->back();
        QCOMPARE(wizard->currentId(), int(Widgets::SpfWizard::DomainPage));
        QVERIFY(progress->isHidden());
        wizard->next();
        QVERIFY(!progress->isHidden()); // loading again
        QTRY_COMPARE(silent.queriesReceived(), 2);
        wizard.reset(); // the lookups are still pending
    }

    // many.spf.test costs 12 lookups: flatten l1 and l2 (a ptr include cannot be flattened).
    void flattenOverTheLimit()
    {
        Widgets::SpfWizard wizard(m_session.get());
        wizard.show();
        wizard.setDomain(u"many.spf.test"_s);
        nextToSenders(wizard);
        auto *budget = wizard.findChild<QLabel *>(u"budgetLabel"_s);
        auto *includes = wizard.findChild<QLineEdit *>(u"includesLineEdit"_s);
        QCOMPARE(includes->text(), u"l1.spf.test l2.spf.test l3.spf.test"_s);
        QTest::keyClicks(includes, u" ptr.spf.test"_s);
        QTRY_VERIFY_WITH_TIMEOUT(budget->text().startsWith(u"14 / 10"_s), 5000);
        auto *flatten = wizard.findChild<QPushButton *>(u"flattenPushButton"_s);
        QVERIFY(!flatten->isHidden());
        flatten->click();
        QVERIFY(!wizard.findChild<QWidget *>(u"flattenPanel"_s)->isHidden());
        QVERIFY(!wizard.findChild<QLabel *>(u"flattenWarningLabel"_s)->isHidden());
        QVERIFY(wizard.findChild<QLabel *>(u"flattenWarningLabel"_s)->text().contains(u"stale"_s));

        auto *list = wizard.findChild<QListWidget *>(u"flattenListWidget"_s);
        QCOMPARE(list->count(), 4);
        QVERIFY(!(list->item(3)->flags() & Qt::ItemIsEnabled)); // ptr.spf.test: refused
        QVERIFY(list->item(3)->text().contains(u"ptr.spf.test"_s));
        auto *after = wizard.findChild<QLabel *>(u"flattenBudgetLabel"_s);
        auto *apply = wizard.findChild<QPushButton *>(u"applyFlattenPushButton"_s);
        QVERIFY(!apply->isEnabled());
        list->item(0)->setCheckState(Qt::Checked);
        QVERIFY(after->text().startsWith(u"After flattening: 10 / 10"_s));
        list->item(1)->setCheckState(Qt::Checked);
        QCOMPARE(after->text(), u"After flattening: 6 / 10"_s);
        apply->click();

        QCOMPARE(includes->text(), u"l3.spf.test ptr.spf.test"_s);
        QCOMPARE(wizard.findChild<QLineEdit *>(u"ip4LineEdit"_s)->text(),
                 u"198.51.100.7 198.51.100.0/24 198.51.0.0/16"_s);
        auto *flattened = wizard.findChild<QLabel *>(u"flattenedWarningLabel"_s);
        QVERIFY(!flattened->isHidden());
        QVERIFY(flattened->text().contains(u"l1.spf.test, l2.spf.test"_s));
        QTRY_COMPARE_WITH_TIMEOUT(budget->text(), u"6 / 10"_s, 5000);
        QVERIFY(flatten->isHidden());
        wizard.next();
        wizard.next();
        auto *stale = wizard.findChild<QLabel *>(u"staleRangesLabel"_s);
        QVERIFY(!stale->isHidden());
        QVERIFY(stale->text().contains(u"l1.spf.test, l2.spf.test"_s));
        QVERIFY(wizard.findChild<QPlainTextEdit *>(u"zoneLinePlainTextEdit"_s)
                    ->toPlainText()
                    .contains(u"\"v=spf1 ip4:198.51.100.7 ip4:198.51.100.0/24 ip4:198.51.0.0/16 "
                              "include:l3.spf.test include:ptr.spf.test -all\""_s));
    }

    // The resolver changes while the current record loads: the wizard asks the new one, and the
    // load ends (on the silent server it would wait 5 s, past the wait below).
    void resolverChangeReloadsTheRecord()
    {
        Test::FaultyDnsServer silent(Test::FaultyDnsServer::Fault::Silent);
        const auto session = Test::session(live(silent.address(), 5000), workspace());
        Widgets::SpfWizard wizard(session.get());
        wizard.show();
        wizard.setDomain(u"plusall.spf.test"_s);
        wizard.next();
        auto *progress = wizard.findChild<QProgressBar *>(u"loadProgressBar"_s);
        QVERIFY(!progress->isHidden());
        QTRY_COMPARE(silent.queriesReceived(), 1);
        QVERIFY(session->setResolverSettings(spfZone()));
        QTRY_VERIFY_WITH_TIMEOUT(progress->isHidden(), 2000);
        QVERIFY(wizard.findChild<QLabel *>(u"importNotesLabel"_s)->text().contains(u"+all"_s));
        QCOMPARE(silent.queriesReceived(), 1);
    }

    void openedFromTheToolsMenu()
    {
        Storage::Preferences preferences(m_dir.filePath(u"sceau.ini"_s));
        Widgets::MainWindow window(m_session.get(), preferences);
        window.show();
        window.findChild<QAction *>(u"spfWizardAction"_s)->trigger();
        QTRY_VERIFY(window.findChild<Widgets::SpfWizard *>());
        QVERIFY(window.findChild<Widgets::SpfWizard *>()->isVisible());
    }

private:
    QString workspace() const { return m_dir.filePath(u"workspace.sqlite"_s); }

    QTemporaryDir m_dir;
    std::unique_ptr<Session> m_session; // the spf.test zone, offline
};

QTEST_MAIN(tst_SpfWizard)
#include "tst_spfwizard.moc"
