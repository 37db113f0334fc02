#include "https/httpstestserver.h"
#include "model/session/session.h"
#include "tests/support/testsession.h"
#include "tls/testpki.h"
#include "widgets/views/findingsview.h"
#include "widgets/views/mtastsview.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace Sceau;
using namespace Sceau::Widgets;
using namespace Qt::StringLiterals;

// The MTA-STS + TLS-RPT view of the Transport page, on the test Knot (zone mtasts.test) and the
// suite's HTTPS server.
class MtaStsViewTest : public QObject
{
    Q_OBJECT
private:
    static QStringList shownIds(MtaStsView &view)
    {
        auto *tree = view.findChild<QTreeWidget *>();
        QStringList ids;
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            ids << tree->topLevelItem(i)->data(0, FindingsView::IdRole).toString();
        ids.sort();
        return ids;
    }
    void setPort(quint16 port)
    {
        Transport::TransportSettings transport = m_session->transportSettings();
        transport.anchors = {false, {m_pki->caCertificate()}};
        transport.ports = Transport::PortMap::parse(u"443=%1"_s.arg(port)).value();
        m_session->setTransportSettings(transport);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Test::TestPki> m_pki;
    std::unique_ptr<Test::HttpsTestServer> m_server;
    std::unique_ptr<Session> m_session;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_pki = std::make_unique<Test::TestPki>(m_dir.path());
        m_server = std::make_unique<Test::HttpsTestServer>(
            m_pki->issue(u"policy"_s, {u"mta-sts.good.mtasts.test"_s}),
            QJsonObject{{u"mta-sts.good.mtasts.test"_s,
                         QJsonObject{{u"body"_s,
                                      u"version: STSv1\nmode: enforce\nmx: mail.good.mtasts.test\n"
                                      "max_age: 604800\n"_s}}}});
        m_session = Test::session(Test::knotSettings(), m_dir.filePath(u"workspace.db"_s));
    }

    void good()
    {
        setPort(m_server->port());
        MtaStsView view(m_session.get());
        QSignalSpy checked(&view, &MtaStsView::checked);
        view.check(u"good.mtasts.test"_s);
        QVERIFY(checked.wait(20000));
        QCOMPARE(view.findChild<QLabel *>(u"mtaStsLabel"_s)->text(),
                 u"MTA-STS: mode enforce, id 20261130T120000"_s);
        QVERIFY(view.findChild<QLabel *>(u"tlsRptLabel"_s)->text().contains(u"mailto:tls@good"_s));
        QCOMPARE(
            shownIds(view),
            QStringList(
                {u"mta-sts.mx-covered"_s, u"mta-sts.policy-valid"_s, u"tls-rpt.record-valid"_s}));
    }

    // The policy host refuses: could not be checked, never "no policy".
    void unreachable()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        setPort(port);
        MtaStsView view(m_session.get());
        QSignalSpy checked(&view, &MtaStsView::checked);
        view.check(u"good.mtasts.test"_s);
        QVERIFY(checked.wait(20000));
        QCOMPARE(view.findChild<QLabel *>(u"mtaStsLabel"_s)->text(),
                 u"MTA-STS: could not be checked"_s);
        QVERIFY(shownIds(view).contains(u"mta-sts.policy-unreachable"_s));
    }

    // A second check before the first is done: only the newest is shown.
    void newestWins()
    {
        setPort(m_server->port());
        MtaStsView view(m_session.get());
        QSignalSpy checked(&view, &MtaStsView::checked);
        view.check(u"good.mtasts.test"_s);
        view.check(u"none.mtasts.test"_s);
        QVERIFY(checked.wait(20000));
        QCOMPARE(checked.count(), 1);
        QCOMPARE(shownIds(view), QStringList({u"mta-sts.no-record"_s, u"tls-rpt.no-record"_s}));
    }
};

QTEST_MAIN(MtaStsViewTest)
#include "tst_mtastsview.moc"
