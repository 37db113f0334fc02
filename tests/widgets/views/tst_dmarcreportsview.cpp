#include "model/session/session.h"
#include "tests/support/testenv.h"
#include "tests/support/testsession.h"
#include "widgets/views/dmarcreportsview.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QComboBox>
#include <QDropEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Sceau;
using namespace Sceau::Widgets;
using namespace Qt::StringLiterals;

// The Reports tab by object names: import (files and drag and drop) off the UI thread, bad files
// listed with their reason, no duplicate on re-import, sources sorted and filtered, a source's
// days, why it fails and the suggestion, Cancel.
class DmarcReportsViewTest : public QObject
{
    Q_OBJECT
private:
    static QString sample(const QString &name) { return Test::dataPath(u"dmarc/"_s + name); }

    template<typename T> T *child(const char *name)
    {
        auto *widget = m_view->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }

    bool importAndWait(const QStringList &paths)
    {
        QSignalSpy finished(m_view.get(), &DmarcReportsView::importFinished);
        m_view->importPaths(paths);
        return finished.wait(60000);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<DmarcReportsView> m_view;

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_session = Test::session(Test::knotSettings(), m_dir.filePath(u"w.sqlite"_s));
        m_view = std::make_unique<DmarcReportsView>(m_session.get());
    }
    void cleanup()
    {
        m_view.reset();
        m_session.reset();
        QFile::remove(m_dir.filePath(u"w.sqlite"_s));
    }

    void importShowAndAdvise()
    {
        auto *sources = child<QTableView>("sourcesTableView");
        QCOMPARE(sources->model()->rowCount(), 0);
        QCOMPARE(child<QComboBox>("policyDomainComboBox")->count(), 0);
        const QString usssa
            = sample(u"aggregate/parsedmarc/usssa.com!example.com!1538784000!1538870399.xml"_s);
        const QString ruf = sample(u"failure/parsedmarc/dmarc_ruf_report_linkedin.eml"_s);
        QVERIFY(importAndWait({usssa, u"/nonexistent/r.xml"_s, ruf}));
        auto *status = child<QLabel>("importStatusLabel");
        QVERIFY2(
            status->text().contains(u"1 reports added, 0 already imported, 1 could not be read"_s),
            qPrintable(status->text()));
        auto *problems = child<QListWidget>("importProblemsListWidget");
        QCOMPARE(problems->count(), 2);
        QVERIFY(problems->item(0)->text().startsWith(u"/nonexistent/r.xml: cannot be opened"_s));
        QVERIFY(problems->item(1)->text().contains(u"failure report for example.com"_s));
        QCOMPARE(child<QComboBox>("policyDomainComboBox")->currentText(), u"example.com"_s);
        QCOMPARE(sources->model()->rowCount(), 2);
        QVERIFY(child<QPushButton>("importPushButton")->isEnabled());
        QVERIFY(!child<QPushButton>("cancelImportPushButton")->isEnabled());

        // The same report again: not stored twice.
        QVERIFY(importAndWait({usssa}));
        QVERIFY(status->text().contains(u"0 reports added, 1 already imported"_s));
        QCOMPARE(sources->model()->rowCount(), 2);

        // Filter, then select the one source left: its day, why, and the suggestion.
        child<QLineEdit>("sourceFilterLineEdit")->setText(u"199.230"_s);
        QCOMPARE(sources->model()->rowCount(), 1);
        sources->setCurrentIndex(sources->model()->index(0, 0));
        auto *timeline = child<QTableWidget>("timelineTableWidget");
        QCOMPARE(timeline->rowCount(), 1);
        QCOMPARE(timeline->item(0, 0)->text(), u"2018-10-06"_s);
        QCOMPARE(timeline->item(0, 2)->text(), u"1"_s); // failing
        QVERIFY(child<QLabel>("whyLabel")->text().contains(u"199.230.200.36"_s));
        QVERIFY(child<QLabel>("suggestionLabel")->text().contains(u"example.com"_s));
        child<QLineEdit>("sourceFilterLineEdit")->clear();
        QCOMPARE(sources->model()->rowCount(), 2);
    }

    // Sorting by messages, largest first, on the 20-row sample.
    void sortsByNumbers()
    {
        QVERIFY(importAndWait({sample(u"aggregate/parsedmarc-extract_report/nice-input.xml"_s)}));
        auto *sources = child<QTableView>("sourcesTableView");
        QVERIFY(sources->model()->rowCount() > 2);
        sources->sortByColumn(2, Qt::DescendingOrder);
        qint64 previous = std::numeric_limits<qint64>::max();
        for (int row = 0; row < sources->model()->rowCount(); ++row) {
            const qint64 count = sources->model()->index(row, 2).data().toLongLong();
            QVERIFY(count <= previous);
            previous = count;
        }
        QVERIFY(previous < sources->model()->index(0, 2).data().toLongLong());
    }

    void dropImports()
    {
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(sample(u"aggregate/parsedmarc/rfc9990-sample.xml"_s))});
        QSignalSpy finished(m_view.get(), &DmarcReportsView::importFinished);
        QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_view.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_view.get(), &drop);
        QVERIFY(finished.wait(60000));
        QCOMPARE(child<QTableView>("sourcesTableView")->model()->rowCount(), 1);
    }

    // Cancel while many large files are read: the import stops early and says so.
    void cancel()
    {
        const QStringList many(
            200, sample(u"aggregate/parsedmarc/!large-example.com!1711897200!1711983600.xml"_s));
        QSignalSpy finished(m_view.get(), &DmarcReportsView::importFinished);
        m_view->importPaths(many);
        auto *cancel = child<QPushButton>("cancelImportPushButton");
        QVERIFY(cancel->isEnabled());
        QVERIFY(!child<QPushButton>("importPushButton")->isEnabled());
        cancel->click();
        QVERIFY(finished.wait(60000));
        const QString status = child<QLabel>("importStatusLabel")->text();
        QVERIFY2(status.startsWith(u"Import canceled."_s), qPrintable(status));
        QVERIFY(child<QPushButton>("importPushButton")->isEnabled());
    }
};

QTEST_MAIN(DmarcReportsViewTest)
#include "tst_dmarcreportsview.moc"
