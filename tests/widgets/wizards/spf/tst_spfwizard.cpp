#include "model/dns/zonefileresolver.h"
#include "model/storage/preferences.h"
#include "widgets/mainwindow/mainwindow.h"
#include "widgets/wizards/spf/spfwizard.h"

#include "testenv.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>

using namespace Sceau;
using namespace Qt::StringLiterals;

// The SPF wizard driven by object name (offscreen), on the real model: the spf.test zone as
// the DNS (zone-file source, offline), the draft evaluated and counted by the real evaluator.
class tst_SpfWizard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(m_zones.addZoneFile(Test::dataPath(u"zones/spf.test.zone"_s))); }

    void composeCountAndTest()
    {
        Widgets::SpfWizard wizard(&m_zones);
        wizard.show();
        QVERIFY(!wizard.currentPage()->isComplete());
        QTest::keyClicks(wizard.findChild<QLineEdit *>(u"domainLineEdit"_s), u"New.SPF.test"_s);
        QVERIFY(wizard.currentPage()->isComplete());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(Widgets::SpfWizard::SendersPage));
        QVERIFY(!wizard.currentPage()->isComplete()); // no sender yet

        wizard.findChild<QCheckBox *>(u"mxCheckBox"_s)->click();
        QTest::keyClicks(wizard.findChild<QLineEdit *>(u"ip4LineEdit"_s), u"192.0.2.0/24"_s);
        QTest::keyClicks(wizard.findChild<QLineEdit *>(u"includesLineEdit"_s), u"_inc.spf.test"_s);
        QVERIFY(wizard.currentPage()->isComplete());
        auto *budget = wizard.findChild<QLabel *>(u"budgetLabel"_s);
        // mx, include, and the a: term inside the include.
        QTRY_COMPARE_WITH_TIMEOUT(budget->text(), u"3 / 10"_s, 5000);

        // A provider preset adds its include: one more lookup.
        auto *presets = wizard.findChild<QListWidget *>(u"presetsListWidget"_s);
        presets->item(0)->setCheckState(Qt::Checked);
        QTRY_COMPARE_WITH_TIMEOUT(budget->text(), u"4 / 10"_s, 5000);
        presets->item(0)->setCheckState(Qt::Unchecked);

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
    }

    void longRecordIsSplitInTheZoneLine()
    {
        Widgets::SpfWizard wizard(&m_zones);
        wizard.show();
        QTest::keyClicks(wizard.findChild<QLineEdit *>(u"domainLineEdit"_s), u"big.spf.test"_s);
        wizard.next();
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

    void openedFromTheToolsMenu()
    {
        QTemporaryDir dir;
        Storage::Preferences preferences(dir.filePath(u"sceau.ini"_s));
        Widgets::MainWindow window(preferences);
        window.show();
        window.findChild<QAction *>(u"spfWizardAction"_s)->trigger();
        QTRY_VERIFY(window.findChild<Widgets::SpfWizard *>());
        QVERIFY(window.findChild<Widgets::SpfWizard *>()->isVisible());
    }

private:
    Dns::ZoneFileResolver m_zones;
};

QTEST_MAIN(tst_SpfWizard)
#include "tst_spfwizard.moc"
