#include "smtp/smtptestserver.h"
#include "testsession.h"
#include "tls/testpki.h"
#include "widgets/views/transportview.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace Sceau;
using namespace Qt::StringLiterals;
using Mode = Test::SmtpTestServer::Mode;

// The Transport page, driven by object name, on a session pointed at the test Knot
// (tests/data/zones/mxset.test.zone) and the suite's SMTP servers on 127.0.9.x.
class tst_TransportView : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<Session> session(quint16 port, int backoffMs = 50) const
    {
        auto s = Test::session(Test::knotSettings(), m_dir.filePath(u"workspace.sqlite"_s));
        Transport::TransportSettings transport;
        transport.anchors = {false, {m_pki->caCertificate()}};
        transport.ports = *Transport::PortMap::parse(u"25=%1"_s.arg(port));
        transport.timeoutMs = 3000;
        transport.retryBackoffMs = backoffMs;
        s->setTransportSettings(transport);
        return s;
    }
    template<typename T> static T *child(QWidget &view, const QString &name)
    {
        T *widget = view.findChild<T *>(name);
        if (!widget)
            qFatal("no %s", qPrintable(name));
        return widget;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Test::TestPki> m_pki;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_pki = std::make_unique<Test::TestPki>(m_dir.path());
    }

    // Each MX × address in a row, the delivery under each mode coloured by outcome, the
    // details of the selected row, the domain's findings and its score.
    void tableOfEveryMxAndAddress()
    {
        Test::SmtpTestServer mx1(Mode::StartTls,
                                 m_pki->issue(u"mx1"_s, {u"mx1.mixed.mxset.test"_s}),
                                 u"TLSv1_2"_s,
                                 u"TLSv1_3"_s,
                                 u"127.0.9.11"_s);
        Test::SmtpTestServer mx2(Mode::NoStartTls,
                                 std::nullopt,
                                 u"TLSv1_2"_s,
                                 u"TLSv1_3"_s,
                                 u"127.0.9.12"_s,
                                 mx1.port());
        const auto s = session(mx1.port());
        Widgets::TransportView view(s.get());
        view.show();
        QSignalSpy finished(&view, &Widgets::TransportView::probeFinished);
        view.probe(u"mixed.mxset.test"_s);
        QVERIFY(child<QPushButton>(view, u"transportCancelPushButton"_s)->isEnabled());
        QVERIFY(finished.wait(20000));
        QVERIFY(!child<QPushButton>(view, u"transportCancelPushButton"_s)->isEnabled());

        auto *table = child<QTableWidget>(view, u"transportTableWidget"_s);
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, 0)->text(), u"mx1.mixed.mxset.test"_s);
        QCOMPARE(table->item(0, 1)->text(), u"10"_s);
        QCOMPARE(table->item(1, 2)->text(), u"127.0.9.12"_s);
        QCOMPARE(table->item(0, 4)->text(), u"tls1_2 · tls1_3"_s);
        const auto token = [&](int row, int column) {
            return table->item(row, column)->data(Qt::UserRole).toString();
        };
        QCOMPARE(token(0, 6), u"encrypted-verified"_s);
        QCOMPARE(token(0, 7), u"encrypted-verified"_s);
        QCOMPARE(token(1, 6), u"plaintext"_s);
        QCOMPARE(token(1, 7), u"refused"_s); // require TLS: not delivered
        QCOMPARE(token(1, 8), u"plaintext"_s);
        QVERIFY(table->item(0, 6)->background() != table->item(1, 6)->background());
        QVERIFY(table->item(1, 6)->background() != table->item(1, 7)->background());

        auto *details = child<QLabel>(view, u"transportDetailsLabel"_s);
        QVERIFY2(details->text().contains(u"Negotiated tls1_3"_s), qPrintable(details->text()));
        table->selectRow(1);
        QVERIFY2(details->text().startsWith(u"mx2.mixed.mxset.test [127.0.9.12]:"_s),
                 qPrintable(details->text()));

        QVERIFY(child<QLabel>(view, u"transportSummaryLabel"_s)->text().contains(u"67/100"_s));
        auto *findings = child<QTreeWidget>(view, u"transportFindingsTreeWidget"_s);
        QStringList ids;
        for (int i = 0; i < findings->topLevelItemCount(); ++i)
            ids << findings->topLevelItem(i)->data(0, Qt::UserRole).toString();
        QVERIFY2(ids.contains(u"tls.inconsistent-mx"_s), qPrintable(ids.join(u' ')));
        QCOMPARE(view.transport()->hosts.size(), 2);
    }

    // Cancel during a back-off: the page says so at once, and shows no result.
    void cancel()
    {
        QTcpServer closing;
        QVERIFY(closing.listen(QHostAddress(u"127.0.9.41"_s), 0));
        int accepted = 0;
        connect(&closing, &QTcpServer::newConnection, &closing, [&] {
            while (QTcpSocket *socket = closing.nextPendingConnection()) {
                ++accepted;
                socket->close();
                socket->deleteLater();
            }
        });
        const auto s = session(closing.serverPort(), 60000);
        Widgets::TransportView view(s.get());
        view.show();
        QSignalSpy canceled(&view, &Widgets::TransportView::probeCanceled);
        QSignalSpy finished(&view, &Widgets::TransportView::probeFinished);
        view.probe(u"closing.mxset.test"_s);
        QVERIFY(QTest::qWaitFor([&] { return accepted == 1; }, 10000));
        QTest::mouseClick(child<QPushButton>(view, u"transportCancelPushButton"_s), Qt::LeftButton);
        QVERIFY(canceled.wait(5000)); // well before the 60 s back-off
        QCOMPARE(finished.count(), 0);
        QCOMPARE(child<QTableWidget>(view, u"transportTableWidget"_s)->rowCount(), 0);
        QVERIFY(child<QLabel>(view, u"transportSummaryLabel"_s)->text().contains(u"canceled"_s));
        QVERIFY(!view.transport());
    }

    // Sections of other checks go below, owned by the page.
    void addSection()
    {
        const auto s = session(25);
        Widgets::TransportView view(s.get());
        auto *section = new QLabel(u"MTA-STS"_s);
        section->setObjectName(u"mtaStsSectionLabel"_s);
        view.addSection(section);
        QCOMPARE(view.findChild<QLabel *>(u"mtaStsSectionLabel"_s), section);
    }
};

QTEST_MAIN(tst_TransportView)
#include "tst_transportview.moc"
