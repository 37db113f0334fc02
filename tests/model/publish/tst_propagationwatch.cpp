#include "model/dns/authoritativecheck.h"
#include "model/dns/liveresolver.h"
#include "model/publish/propagationwatch.h"
#include "model/publish/rfc2136publisher.h"
#include "tests/support/await.h"
#include "tests/support/testenv.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace Sceau;
using namespace Sceau::Publish;
using Dns::RrType;
using namespace Qt::StringLiterals;

namespace {

const ServerPropagation *server(const PropagationStatus &status, const QString &host)
{
    for (const ServerPropagation &s : status.servers) {
        if (s.host == host)
            return &s;
    }
    return nullptr;
}
} // namespace

// The propagation watch against two real authoritative servers of one zone: the test Knot
// (primary, 127.0.0.1) and the knot-secondary fixture (127.0.0.3, same port), which transfers
// watch.test (a zone of its own) when notified and keeps an older stale.test of its own.
class tst_PropagationWatch : public QObject
{
    Q_OBJECT
private:
    Dns::LiveResolver m_resolver{Test::knotConfig()};
    Dns::AuthoritativeCheck m_check{&m_resolver, Test::knotServer().port, Test::knotConfig()};

    // Runs a watch to its end; returns the final status and whether it was complete.
    std::pair<PropagationStatus, bool>
    watch(const QString &name, const QStringList &expected, int timeoutMs, int *rounds = nullptr)
    {
        PropagationWatch watch(&m_check);
        QSignalSpy progressed(&watch, &PropagationWatch::progressed);
        QSignalSpy finished(&watch, &PropagationWatch::finished);
        watch.start(name, RrType::TXT, expected, timeoutMs, 100);
        if (!finished.wait(timeoutMs + 10000))
            qFatal("the watch never finished");
        if (rounds)
            *rounds = int(progressed.size());
        return {finished.first().at(0).value<PropagationStatus>(), finished.first().at(1).toBool()};
    }

private slots:
    void initTestCase()
    {
        // watch.test is never reloaded: a reload would take the primary's serial back below
        // the secondary's, which would then never transfer it again.
        qRegisterMetaType<PropagationStatus>();
    }

    // Published on the primary, the value reaches the secondary (NOTIFY, transfer): the watch
    // sees both serve it, at the same serial.
    void propagatesToEveryServer()
    {
        Rfc2136Publisher publisher(Test::knotServer(), Test::knotTsigKey());
        const QString name
            = u"sel%1._domainkey.watch.test"_s.arg(QDateTime::currentMSecsSinceEpoch());
        const QStringList value{u"v=DKIM1; p=watched"_s};
        QCOMPARE(
            Test::await(publisher.add({u"watch.test"_s, name, RrType::TXT}, value, 60)).outcome,
            PublishOutcome::Done);
        int rounds = 0;
        const auto [status, complete] = watch(name, value, 20000, &rounds);
        QVERIFY(complete);
        QVERIFY(rounds >= 1);
        QCOMPARE(status.zone, u"watch.test"_s);
        QCOMPARE(status.servers.size(), 2);
        const ServerPropagation *ns1 = server(status, u"ns1.watch.test"_s);
        const ServerPropagation *ns2 = server(status, u"ns2.watch.test"_s);
        QVERIFY(ns1 && ns2);
        QCOMPARE(ns2->address.section(u':', 0, 0), u"127.0.0.3"_s);
        QCOMPARE(ns1->state, ServerPropagation::State::Serving);
        QCOMPARE(ns2->state, ServerPropagation::State::Serving);
        QVERIFY(ns1->serial && ns2->serial);
        QCOMPARE(*ns1->serial, *ns2->serial);
    }

    // The secondary serves an older zone and is never told: the watch ends at its timeout,
    // incomplete, and says who serves what at which serial.
    void staleServerTimesOut()
    {
        const QStringList value{u"v=DMARC1; p=reject"_s};
        int rounds = 0;
        const auto [status, complete] = watch(u"_dmarc.stale.test"_s, value, 600, &rounds);
        QVERIFY(!complete);
        QVERIFY(rounds >= 2); // it kept asking until the timeout
        QCOMPARE(status.serving(), 1);
        const ServerPropagation *ns1 = server(status, u"ns1.stale.test"_s);
        const ServerPropagation *ns2 = server(status, u"ns2.stale.test"_s);
        QVERIFY(ns1 && ns2);
        QCOMPARE(ns1->state, ServerPropagation::State::Serving);
        QCOMPARE(ns1->serial, std::optional<quint32>(2));
        QCOMPARE(ns2->state, ServerPropagation::State::Other);
        QCOMPARE(ns2->values, QStringList{u"v=DMARC1; p=none"_s});
        QCOMPARE(ns2->serial, std::optional<quint32>(1));
    }

    // Failure is never absence: a server that cannot be asked (auth.test's ns2 on 127.0.0.2,
    // where nothing listens; ns3 without an address) is "could not ask", never "not serving",
    // and a name whose NS set cannot be found is a failure of the watch.
    void unreachableServersAreCouldNotAsk()
    {
        const auto [status, complete]
            = watch(u"key._domainkey.auth.test"_s,
                    {u"v=DKIM1; k=ed25519; p=SYVANCajtxQ5uoxuHQHNLnFgR+1OmWC02hl96c5y6U4="_s},
                    300);
        QVERIFY(!complete);
        const ServerPropagation *ns1 = server(status, u"ns1.auth.test"_s);
        const ServerPropagation *ns2 = server(status, u"ns2.auth.test"_s);
        const ServerPropagation *ns3 = server(status, u"ns3.auth.test"_s);
        QVERIFY(ns1 && ns2 && ns3);
        QCOMPARE(ns1->state, ServerPropagation::State::Serving);
        QCOMPARE(ns2->state, ServerPropagation::State::CouldNotAsk);
        QCOMPARE(ns3->state, ServerPropagation::State::CouldNotAsk);
        QVERIFY(!ns2->detail.isEmpty());

        Dns::ResolverConfig nobody;
        nobody.servers = {Dns::NameServer{QHostAddress::LocalHost, 9}};
        nobody.timeoutMs = 200;
        Dns::LiveResolver silent(nobody);
        Dns::AuthoritativeCheck check(&silent, Test::knotServer().port, Test::knotConfig());
        PropagationWatch lost(&check);
        QSignalSpy finished(&lost, &PropagationWatch::finished);
        lost.start(u"x.watch.test"_s, RrType::TXT, {u"x"_s}, 100, 50);
        QVERIFY(finished.wait(10000));
        const auto status2 = finished.first().at(0).value<PropagationStatus>();
        QVERIFY(status2.failure);
        QVERIFY(status2.servers.isEmpty());
        QVERIFY(!finished.first().at(1).toBool());
    }

    // Cancel ends the watch at once, incomplete.
    void cancelFinishes()
    {
        PropagationWatch watch(&m_check);
        QSignalSpy finished(&watch, &PropagationWatch::finished);
        watch.start(u"_dmarc.stale.test"_s, RrType::TXT, {u"never"_s}, 60000, 100);
        QVERIFY(watch.running());
        watch.cancel();
        QCOMPARE(finished.size(), 1);
        QVERIFY(!watch.running());
        QVERIFY(!finished.first().at(1).toBool());
    }
};

QTEST_GUILESS_MAIN(tst_PropagationWatch)
#include "tst_propagationwatch.moc"
