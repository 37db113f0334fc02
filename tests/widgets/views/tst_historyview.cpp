#include "model/audit/auditor.h"
#include "model/audit/checkrecord.h"
#include "model/session/session.h"
#include "model/storage/checkhistory.h"
#include "widgets/views/history/historyview.h"

#include "await.h"
#include "testenv.h"
#include "testsession.h"

#include <QLabel>
#include <QListWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Sceau;
using namespace Qt::StringLiterals;

// A domain's history (issue 12 §3): its saved checks, newest first, and what changed in words.
// Two real audits of the test Knot are saved as two checks of one domain: first the one of a
// domain without DMARC, then one with p=reject.
class tst_HistoryView : public QObject
{
    Q_OBJECT
private slots:
    void listsChecksAndSaysWhatChanged()
    {
        QTemporaryDir dir;
        const auto session = Test::session(Test::knotSettings(), dir.filePath(u"w.sqlite"_s));
        Audit::AuditReport before
            = Test::await(session->auditor()->audit({u"no-dmarc.sceau.test"_s, {}, {}}));
        before.domain = u"good.sceau.test"_s; // the same domain, a week ago
        const Audit::AuditReport after
            = Test::await(session->auditor()->audit({u"good.sceau.test"_s, {}, {}}));
        Storage::CheckHistory history(*session->workspace());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(Audit::saveCheck(history, before, session->resolverSettings(), now.addDays(-7)));
        QVERIFY(Audit::saveCheck(history, after, session->resolverSettings(), now));

        Widgets::HistoryView view(session.get());
        view.show();
        view.setDomain(u"good.sceau.test"_s);
        auto *checks = view.findChild<QTreeWidget *>(u"checksTreeWidget"_s);
        QCOMPARE(checks->topLevelItemCount(), 2);
        // The newest is selected: what changed since the one before.
        auto *changes = view.findChild<QListWidget *>(u"changesListWidget"_s);
        QStringList ids;
        for (int i = 0; i < changes->count(); ++i)
            ids << changes->item(i)->data(Qt::UserRole).toString();
        QVERIFY2(ids.contains(u"dmarc.policy-published"_s), qPrintable(ids.join(u' ')));
        // The oldest alone: nothing to compare it with.
        checks->setCurrentItem(checks->topLevelItem(1));
        QCOMPARE(changes->count(), 0);
        QVERIFY(view.findChild<QLabel *>(u"changesSummaryLabel"_s)->text().contains(u"first"_s));

        // A domain never checked says so.
        view.setDomain(u"absent.sceau.test"_s);
        QCOMPARE(checks->topLevelItemCount(), 0);
        QVERIFY(!view.findChild<QLabel *>(u"changesSummaryLabel"_s)->text().isEmpty());
    }
};

QTEST_MAIN(tst_HistoryView)
#include "tst_historyview.moc"
