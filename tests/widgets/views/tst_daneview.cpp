#include "faultydnsserver.h"
#include "testenv.h"
#include "testsession.h"
#include "widgets/views/daneview.h"

#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace Sceau;
using namespace Qt::StringLiterals;

// The DANE view driven by object name over a Session pointed at the dnssec fixture's validating
// unbound and the real Postfix (port 25 mapped to it).
class tst_DaneView : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    std::unique_ptr<Session> session(const Dns::NameServer &server)
    {
        Dns::ResolverSettings settings;
        settings.servers = {server};
        settings.timeoutMs = 500;
        auto made = Test::session(settings, m_dir.filePath(u"workspace.sqlite"_s));
        Transport::TransportSettings transport = made->transportSettings();
        transport.ports = *Transport::PortMap::parse(u"25=%1"_s.arg(Test::postfixPort()));
        made->setTransportSettings(transport);
        return made;
    }

    static QStringList findingIds(Widgets::DaneView &view)
    {
        auto *tree = view.findChild<QTreeWidget *>(u"daneFindingsTreeWidget"_s);
        QStringList ids;
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            ids << tree->topLevelItem(i)->data(0, Widgets::DaneView::IdRole).toString();
        ids.sort();
        return ids;
    }

private slots:
    void checksASecureDomain()
    {
        const auto owner = session(Test::validatorServer());
        Widgets::DaneView view(owner.get());
        view.show();
        QSignalSpy finished(&view, &Widgets::DaneView::finished);
        view.findChild<QLineEdit *>(u"daneDomainLineEdit"_s)->setText(u"sceau.test"_s);
        auto *check = view.findChild<QPushButton *>(u"daneCheckButton"_s);
        QTest::mouseClick(check, Qt::LeftButton);
        QVERIFY(view.findChild<QProgressBar *>(u"daneProgressBar"_s)->isVisible());
        QVERIFY(!check->isEnabled());
        QVERIFY(finished.wait(30000));
        QVERIFY(!view.findChild<QProgressBar *>(u"daneProgressBar"_s)->isVisible());
        QVERIFY(check->isEnabled());
        auto *hosts = view.findChild<QTreeWidget *>(u"daneHostsTreeWidget"_s);
        QCOMPARE(hosts->topLevelItemCount(), 1);
        QCOMPARE(hosts->topLevelItem(0)->text(0), u"mail.sceau.test"_s);
        QCOMPARE(hosts->topLevelItem(0)->childCount(), 1);
        QCOMPARE(findingIds(view), (QStringList{u"dane.match"_s, u"dnssec.domain-secure"_s}));
        QVERIFY(view.report() && view.report()->hosts.first().inForce());
        QVERIFY(view.findChild<QLabel *>(u"daneSummaryLabel"_s)->text().contains(u"sceau.test"_s));

        // The newest check replaces the result: a mismatch now.
        view.check(u"mismatch.dane.test"_s);
        QVERIFY(finished.wait(30000));
        QCOMPARE(findingIds(view), (QStringList{u"dane.mismatch"_s, u"dnssec.domain-secure"_s}));
    }

    // A resolver that never answers: Cancel stops the check at once, and no late result lands.
    void cancelsASilentCheck()
    {
        Test::FaultyDnsServer silent(Test::FaultyDnsServer::Fault::Silent);
        const auto owner = session(silent.address());
        Widgets::DaneView view(owner.get());
        view.show();
        QSignalSpy finished(&view, &Widgets::DaneView::finished);
        view.check(u"sceau.test"_s);
        QVERIFY(view.isRunning());
        QTRY_VERIFY(silent.queriesReceived() > 0);
        QTest::mouseClick(view.findChild<QPushButton *>(u"daneCancelButton"_s), Qt::LeftButton);
        QVERIFY(!view.isRunning());
        QVERIFY(view.findChild<QPushButton *>(u"daneCheckButton"_s)->isEnabled());
        QVERIFY(!view.findChild<QProgressBar *>(u"daneProgressBar"_s)->isVisible());
        QVERIFY(!view.report());
        QCOMPARE(finished.count(), 0);
    }

    // Every lookup fails: the statuses read "could not check", never insecure.
    void failureIsCouldNotCheck()
    {
        Test::FaultyDnsServer servfail(Test::FaultyDnsServer::Fault::ServFail);
        const auto owner = session(servfail.address());
        Widgets::DaneView view(owner.get());
        QSignalSpy finished(&view, &Widgets::DaneView::finished);
        view.check(u"sceau.test"_s);
        QVERIFY(finished.wait(30000));
        QCOMPARE(findingIds(view), QStringList{u"dns.lookup-failed"_s});
        QCOMPARE(view.report()->mx.status, Dns::DnssecStatus::CouldNotCheck);
    }
};

QTEST_MAIN(tst_DaneView)
#include "tst_daneview.moc"
