#include "model/session/session.h"
#include "model/storage/checkhistory.h"
#include "model/storage/domainlist.h"
#include "widgets/views/domains/adddomaindialog.h"
#include "widgets/views/domains/domainsview.h"

#include "testenv.h"
#include "testsession.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Sceau;
using namespace Qt::StringLiterals;

// The domains list of issue 12 §1 and its bulk check (§4), over a real workspace and the test
// Knot: add (a pasted URL is reduced to its host), refuse a bad name without closing, import
// a list with a bad line, filter, check all with progress (every check saved, each row its
// state), remove.
class tst_DomainsView : public QObject
{
    Q_OBJECT
private:
    static QStringList shown(const QTreeWidget *tree, int column = 0)
    {
        QStringList texts;
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            if (!tree->topLevelItem(i)->isHidden())
                texts << tree->topLevelItem(i)->text(column);
        }
        return texts;
    }

private slots:
    void addImportFilterCheckRemove()
    {
        QTemporaryDir dir;
        const auto session = Test::session(Test::knotSettings(), dir.filePath(u"w.sqlite"_s));
        Widgets::DomainsView view(session.get());
        view.show();
        auto *tree = view.findChild<QTreeWidget *>(u"domainsTreeWidget"_s);
        QCOMPARE(tree->topLevelItemCount(), 0);

        // Add: a bad name keeps the dialog open with the reason; a pasted URL gives its host.
        view.findChild<QPushButton *>(u"addDomainPushButton"_s)->click();
        // Deleted once closed: a guarded pointer, never a dangling one.
        QPointer<Widgets::AddDomainDialog> dialog
            = view.findChild<Widgets::AddDomainDialog *>(u"addDomainDialog"_s);
        QVERIFY(dialog && dialog->isVisible());
        auto *domain = dialog->findChild<QLineEdit *>(u"domainLineEdit"_s);
        domain->setText(u"bad..name"_s);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->findChild<QLabel *>(u"errorLabel"_s)->isHidden());
        domain->setText(u"https://Good.sceau.test/path"_s);
        dialog->findChild<QLineEdit *>(u"clientLineEdit"_s)->setText(u"ACME"_s);
        dialog->findChild<QLineEdit *>(u"tagsLineEdit"_s)->setText(u"prod, eu"_s);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QTRY_VERIFY(!dialog || !dialog->isVisible());
        QCOMPARE(shown(tree), QStringList{u"good.sceau.test"_s});
        QCOMPARE(shown(tree, 1), QStringList{u"ACME"_s});
        QCOMPARE(shown(tree, 2), QStringList{u"prod, eu"_s});

        // Import: valid lines added, the bad one reported with its line number.
        const QString list = dir.filePath(u"list.txt"_s);
        QFile file(list);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("# clients\nno-dmarc.sceau.test\nnot a domain!\nabsent.sceau.test\n\n");
        file.close();
        view.findChild<QPushButton *>(u"importDomainsPushButton"_s)->click();
        auto *files = view.findChild<QFileDialog *>(u"importFileDialog"_s);
        QVERIFY(files);
        emit files->fileSelected(list);
        files->reject();
        QCOMPARE(tree->topLevelItemCount(), 3);
        const QString status = view.findChild<QLabel *>(u"domainsStatusLabel"_s)->text();
        QVERIFY2(status.contains(u"Line 3"_s), qPrintable(status));

        // Filter by client.
        QTest::keyClicks(view.findChild<QLineEdit *>(u"domainFilterLineEdit"_s), u"acme"_s);
        QCOMPARE(shown(tree), QStringList{u"good.sceau.test"_s});
        view.findChild<QLineEdit *>(u"domainFilterLineEdit"_s)->clear();
        QCOMPARE(shown(tree).size(), 3);

        // Check all: progress, then every row has its state; every check is saved.
        auto *bulk = view.findChild<QPushButton *>(u"bulkCheckPushButton"_s);
        auto *cancel = view.findChild<QPushButton *>(u"bulkCancelPushButton"_s);
        QSignalSpy saved(&view, &Widgets::DomainsView::checkSaved);
        bulk->click();
        QVERIFY(!bulk->isEnabled());
        QVERIFY(cancel->isEnabled());
        QVERIFY(view.findChild<QProgressBar *>(u"bulkProgressBar"_s)->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(bulk->isEnabled(), 20000);
        QCOMPARE(saved.size(), 3);
        for (const QString &state : shown(tree, 4))
            QVERIFY(!state.isEmpty());
        const int absent = shown(tree).indexOf(u"absent.sceau.test"_s);
        QCOMPARE(shown(tree, 4).at(absent),
                 Audit::overallStateName(Audit::OverallState::DomainNotFound));
        QCOMPARE(shown(tree, 5).at(absent), QString()); // no score
        const auto history = Storage::CheckHistory(*session->workspace()).latest();
        QVERIFY(history);
        QCOMPARE(history->size(), 3);

        // Remove, after confirming.
        tree->setCurrentItem(tree->findItems(u"absent.sceau.test"_s, Qt::MatchExactly).value(0));
        view.findChild<QPushButton *>(u"removeDomainPushButton"_s)->click();
        auto *box = view.findChild<QMessageBox *>(u"removeDomainsMessageBox"_s);
        QVERIFY(box);
        box->button(QMessageBox::Yes)->click();
        QCOMPARE(tree->topLevelItemCount(), 2);
        QVERIFY(!shown(tree).contains(u"absent.sceau.test"_s));
    }
};

QTEST_MAIN(tst_DomainsView)
#include "tst_domainsview.moc"
