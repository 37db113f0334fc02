#include "model/spf/spffindings.h"
#include "model/storage/preferences.h"
#include "widgets/mainwindow/mainwindow.h"
#include "widgets/views/findingsview.h"
#include "widgets/wizards/spf/spfwizard.h"

#include "testenv.h"
#include "testsession.h"

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
#include <QTreeWidget>

using namespace Sceau;
using namespace Qt::StringLiterals;

namespace {
void awaitLoaded(const Widgets::SpfWizard &wizard)
{
    QCOMPARE(wizard.currentId(), int(Widgets::SpfWizard::SendersPage));
    auto *progress = wizard.findChild<QProgressBar *>(u"loadProgressBar"_s);
    QTRY_VERIFY_WITH_TIMEOUT(progress->isHidden(), 5000);
}
} // namespace

// Issue 12 §5, on the test Knot (tests/data/zones/spfwiz.test.zone): "Fix…" on a record with
// one bad term loads the valid terms and marks the bad one; a flattened draft over 1 000 bytes
// gets the audit's size finding, and its ranges are shown one per line.
class tst_SpfWizardFix : public QObject
{
    Q_OBJECT
private slots:
    void fixLoadsTheValidTermsAndMarksTheBadOne()
    {
        Storage::Preferences preferences(m_dir.filePath(u"sceau.ini"_s));
        preferences.setNameServers({Test::knotServer()});
        preferences.setTimeoutMs(Test::knotConfig().timeoutMs);
        const auto session = Test::session(preferences.resolverSettings(), workspace());
        Widgets::MainWindow window(session.get(), preferences);
        window.show();
        QSignalSpy finished(&window, &Widgets::MainWindow::checkFinished);
        window.checkDomain(u"onebad.spfwiz.test"_s);
        QVERIFY(finished.wait(10000));
        auto *view = window.findChild<Widgets::FindingsView *>(u"findingsView"_s);
        auto *tree = view->findChild<QTreeWidget *>(u"findingsTreeWidget"_s);
        const QList<Finding> findings = view->findings();
        QTreeWidgetItem *syntax = nullptr;
        for (int i = 0; i < tree->topLevelItemCount() && !syntax; ++i) {
            QTreeWidgetItem *item = tree->topLevelItem(i);
            if (findings.at(item->data(0, Qt::UserRole).toInt()).id == Spf::FindingId::SyntaxError)
                syntax = item;
        }
        QVERIFY(syntax); // receivers reject the record: the audit says so
        tree->setCurrentItem(syntax);
        QTest::mouseClick(view->findChild<QPushButton *>(u"fixPushButton"_s), Qt::LeftButton);
        QTRY_VERIFY(window.findChild<Widgets::SpfWizard *>());
        auto *wizard = window.findChild<Widgets::SpfWizard *>();
        awaitLoaded(*wizard);

        // Loaded: the valid terms in their fields, the record's ~all.
        const QString current = wizard->findChild<QLabel *>(u"currentRecordLabel"_s)->text();
        QVERIFY2(current.startsWith(u"Current record of onebad.spfwiz.test"_s),
                 qPrintable(current));
        QVERIFY(wizard->findChild<QCheckBox *>(u"mxCheckBox"_s)->isChecked());
        QCOMPARE(wizard->findChild<QLineEdit *>(u"ip4LineEdit"_s)->text(), u"192.0.2.0/24"_s);
        QCOMPARE(wizard->findChild<QLineEdit *>(u"includesLineEdit"_s)->text(),
                 u"inc.spfwiz.test"_s);
        // The bad term: marked, never checkable, said why; not in the draft.
        auto *kept = wizard->findChild<QListWidget *>(u"keptTermsListWidget"_s);
        QVERIFY(!kept->isHidden());
        QCOMPARE(kept->count(), 1);
        QListWidgetItem *bad = kept->item(0);
        QVERIFY(bad->text().contains(u"ip4:300.1.2.3"_s));
        QVERIFY(!(bad->flags() & Qt::ItemIsUserCheckable));
        QVERIFY(!bad->icon().isNull());
        QVERIFY(bad->toolTip().contains(u"300.1.2.3"_s));
        const QString notes = wizard->findChild<QLabel *>(u"importNotesLabel"_s)->text();
        QVERIFY2(notes.contains(u"“ip4:300.1.2.3” is not valid SPF"_s), qPrintable(notes));
        QVERIFY(!wizard->draft().record().contains(u"300.1.2.3"_s));
        QVERIFY(wizard->currentPage()->isComplete());
        wizard->next();
        QVERIFY(wizard->findChild<QRadioButton *>(u"softFailRadioButton"_s)->isChecked());
        wizard->next();
        QCOMPARE(wizard->findChild<QPlainTextEdit *>(u"zoneLinePlainTextEdit"_s)->toPlainText(),
                 u"onebad.spfwiz.test. 3600 IN TXT \"v=spf1 mx ip4:192.0.2.0/24 "
                 "include:inc.spfwiz.test ~all\""_s);
    }

    // wide.spfwiz.test: 11 includes of 12 addresses. Flattening them all makes a record of
    // over 1 000 bytes: the audit's own size finding (spf.answer-over-512) is shown on the
    // senders and the result pages, and the ranges one per line.
    void flattenedDraftGetsTheSizeFinding()
    {
        Dns::ResolverSettings settings;
        settings.servers = {Test::knotServer()};
        settings.timeoutMs = Test::knotConfig().timeoutMs;
        const auto session = Test::session(settings, workspace());
        Widgets::SpfWizard wizard(session.get());
        wizard.show();
        wizard.setDomain(u"wide.spfwiz.test"_s);
        wizard.next();
        awaitLoaded(wizard);
        auto *budget = wizard.findChild<QLabel *>(u"budgetLabel"_s);
        QTRY_VERIFY_WITH_TIMEOUT(budget->text().startsWith(u"11 / 10"_s), 5000);
        auto *findingsLabel = wizard.findChild<QLabel *>(u"draftFindingsLabel"_s);
        QVERIFY(findingsLabel->isHidden()); // the record as published is small
        QVERIFY(wizard.draftFindings().isEmpty());
        auto *ranges = wizard.findChild<QPlainTextEdit *>(u"rangesPlainTextEdit"_s);
        QVERIFY(ranges->isHidden());

        auto *flatten = wizard.findChild<QPushButton *>(u"flattenPushButton"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!flatten->isHidden(), 5000); // counted, not "counting…"
        QCOMPARE(budget->text(), u"11 / 10 — too many: receivers will return a permanent error"_s);
        flatten->click();
        auto *list = wizard.findChild<QListWidget *>(u"flattenListWidget"_s);
        QCOMPARE(list->count(), 11);
        // What each include becomes, one term per line.
        QCOMPARE(list->item(0)->text().split(u'\n').size(), 1 + 12);
        QCOMPARE(list->item(0)->text().split(u'\n').at(1), u"ip4:198.51.101.1"_s);
        for (int i = 0; i < list->count(); ++i)
            list->item(i)->setCheckState(Qt::Checked);
        wizard.findChild<QPushButton *>(u"applyFlattenPushButton"_s)->click();

        QVERIFY(wizard.draft().record().toUtf8().size() > 1000);
        QVERIFY(!findingsLabel->isHidden());
        const QList<Finding> found = wizard.draftFindings();
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().id, Spf::FindingId::AnswerOver512);
        const auto text = Spf::findingText(found.first());
        QVERIFY(text);
        QVERIFY2(findingsLabel->text().contains(text->title), qPrintable(findingsLabel->text()));
        QVERIFY(findingsLabel->text().contains(found.first().args.at(1))); // the size
        QVERIFY(!ranges->isHidden());
        const QStringList lines = ranges->toPlainText().split(u'\n');
        QCOMPARE(lines.size(), 11 * 12);
        QCOMPARE(lines.first(), u"ip4:198.51.101.1"_s);
        QCOMPARE(lines.last(), u"ip4:198.51.111.12"_s);

        wizard.next();
        wizard.next();
        auto *result = wizard.findChild<QLabel *>(u"resultFindingsLabel"_s);
        QVERIFY(!result->isHidden());
        QCOMPARE(result->text(), findingsLabel->text());
    }

private:
    QString workspace() const { return m_dir.filePath(u"workspace.sqlite"_s); }

    QTemporaryDir m_dir;
};

QTEST_MAIN(tst_SpfWizardFix)
#include "tst_spfwizardfix.moc"
