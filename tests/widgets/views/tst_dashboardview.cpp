#include "model/audit/auditor.h"
#include "model/dns/liveresolver.h"
#include "widgets/views/dashboard/areacard.h"
#include "widgets/views/dashboard/dashboardview.h"
#include "widgets/views/findingsview.h"
#include "widgets/views/severityicon.h"

#include "await.h"
#include "faultydnsserver.h"
#include "testenv.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace Sceau;
using namespace Qt::StringLiterals;

// The dashboard of issue 12 §1–2 on real audits of the test Knot's zones: one card per area
// with one state, the data behind the selected card (MX table, DMARC tags, SPF tree, DKIM
// keys), Copy, and honest states: a domain not found has no score, a failed lookup is grey.
class tst_DashboardView : public QObject
{
    Q_OBJECT
private:
    static Audit::AuditReport audit(const Dns::ResolverConfig &config,
                                    const QString &domain,
                                    const QStringList &selectors = {})
    {
        Dns::LiveResolver resolver(config);
        Audit::Auditor auditor(&resolver);
        return Test::await(auditor.audit({domain, selectors, {}}));
    }

    static Widgets::AreaCard *card(Widgets::DashboardView &view, const QString &area)
    {
        return view.findChild<Widgets::AreaCard *>(area + u"AreaCard"_s);
    }

    static QStringList column(const QTreeWidget *tree, int column)
    {
        QStringList texts;
        for (QTreeWidgetItemIterator it(const_cast<QTreeWidget *>(tree)); *it; ++it)
            texts << (*it)->text(column);
        return texts;
    }

private slots:
    void cardsAndTheDataBehindThem()
    {
        const Audit::AuditReport report
            = audit(Test::knotConfig(), u"good.sceau.test"_s, {u"s1"_s});
        Widgets::DashboardView view;
        view.resize(1100, 800);
        view.show();
        view.setReport(report);

        // One card per area, each with the state of the assessment, its name in the card's
        // accessible name (what a screen reader says).
        for (const Audit::AreaAssessment &area : report.assessment.areas) {
            Widgets::AreaCard *shown = card(view, Audit::Areas.token(area.area));
            QVERIFY(shown);
            QCOMPARE(shown->findChild<QLabel *>(u"stateLabel"_s)->text(),
                     Audit::areaStateName(area.state));
            QVERIFY(shown->accessibleName().contains(Audit::areaStateName(area.state)));
        }
        QVERIFY(view.findChild<QLabel *>(u"overallLabel"_s)->text().contains(u"/100"_s));

        auto *data = view.findChild<QTreeWidget *>(u"areaDataTreeWidget"_s);
        auto *raw = view.findChild<QPlainTextEdit *>(u"rawRecordsPlainTextEdit"_s);
        // SPF first: the tree, with its lookups.
        QCOMPARE(view.selectedArea(), Audit::Area::Spf);
        QCOMPARE(column(data, 0).value(0), u"good.sceau.test"_s);
        QVERIFY(raw->toPlainText().contains(u"v=spf1 mx -all"_s));
        view.findChild<QPushButton *>(u"copyRecordsPushButton"_s)->click();
        QCOMPARE(QApplication::clipboard()->text(), raw->toPlainText());

        // The MX card, by keyboard: the table with preferences and addresses.
        Widgets::AreaCard *mx = card(view, u"mx"_s);
        mx->setFocus();
        QTest::keyClick(mx, Qt::Key_Space);
        QCOMPARE(view.selectedArea(), Audit::Area::Mx);
        QVERIFY(mx->isSelected());
        QCOMPARE(column(data, 0), (QStringList{u"10"_s, u"20"_s}));
        QCOMPARE(column(data, 1),
                 (QStringList{u"mx1.good.sceau.test"_s, u"mx2.good.sceau.test"_s}));
        QVERIFY(column(data, 2).first().contains(u"192.0.2.25"_s));
        QVERIFY(column(data, 2).first().contains(u"2001:db8::25"_s));

        // DMARC: the tags with what is in effect (sp= and np= follow p=).
        QTest::mouseClick(card(view, u"dmarc"_s), Qt::LeftButton);
        QCOMPARE(view.selectedArea(), Audit::Area::Dmarc);
        const QStringList tags = column(data, 0);
        const QStringList effective = column(data, 2);
        QCOMPARE(effective.value(tags.indexOf(u"p"_s)), u"reject"_s);
        QCOMPARE(effective.value(tags.indexOf(u"sp"_s)), u"reject"_s);
        QCOMPARE(effective.value(tags.indexOf(u"np"_s)), u"reject"_s);
        QCOMPARE(effective.value(tags.indexOf(u"adkim"_s)), u"r"_s);

        // DKIM: each selector's key, type and size.
        QTest::mouseClick(card(view, u"dkim"_s), Qt::LeftButton);
        QCOMPARE(column(data, 0), QStringList{u"s1"_s});
        QCOMPARE(column(data, 1), QStringList{u"rsa"_s});
        QVERIFY(column(data, 2).first().startsWith(u"2048"_s));

        // The scoring method is one click away.
        view.findChild<QPushButton *>(u"scoringPushButton"_s)->click();
        auto *scoring = view.findChild<QTextBrowser *>(u"scoringTextBrowser"_s);
        QVERIFY(scoring);
        QVERIFY(scoring->toPlainText().contains(u"provisional"_s, Qt::CaseInsensitive));
    }

    // Issue 12 §2: a domain that does not exist gets "domain not found", never a score.
    void domainNotFoundHasNoScore()
    {
        const Audit::AuditReport report = audit(Test::knotConfig(), u"absent.sceau.test"_s);
        QCOMPARE(report.assessment.state, Audit::OverallState::DomainNotFound);
        Widgets::DashboardView view;
        view.show();
        view.setReport(report);
        const QString overall = view.findChild<QLabel *>(u"overallLabel"_s)->text();
        QVERIFY2(!overall.contains(u"/100"_s), qPrintable(overall));
        QVERIFY(overall.contains(Audit::overallStateName(Audit::OverallState::DomainNotFound)));
    }

    // A SERVFAIL for every lookup: every area could not be checked, shown grey with its own
    // icon, never the error icon; no score.
    void failedLookupsAreGreyNotRed()
    {
        Test::FaultyDnsServer servfail(Test::FaultyDnsServer::Fault::ServFail);
        Dns::ResolverConfig config = Test::knotConfig();
        config.servers = {servfail.address()};
        const Audit::AuditReport report = audit(config, u"good.sceau.test"_s, {u"s1"_s});
        Widgets::DashboardView view;
        view.show();
        view.setReport(report);
        for (const QString &area : {u"spf"_s, u"dmarc"_s, u"mx"_s}) {
            Widgets::AreaCard *shown = card(view, area);
            QCOMPARE(shown->findChild<QLabel *>(u"stateLabel"_s)->text(),
                     Audit::areaStateName(Audit::AreaState::CouldNotCheck));
            QCOMPARE(shown->findChild<QLabel *>(u"scoreLabel"_s)->text(), u"—"_s);
            const QImage icon = shown->findChild<QLabel *>(u"stateIconLabel"_s)->pixmap().toImage();
            const auto image = [&icon](const QIcon &of) {
                return of.pixmap(icon.size()).toImage().convertToFormat(icon.format());
            };
            QVERIFY2(icon == image(Widgets::couldNotCheckIcon()), qPrintable(area));
            QVERIFY2(icon != image(Widgets::severityIcon(Severity::Error)), qPrintable(area));
        }
        QVERIFY(!view.findChild<QLabel *>(u"overallLabel"_s)->text().contains(u"/100"_s));
    }
};

QTEST_MAIN(tst_DashboardView)
#include "tst_dashboardview.moc"
