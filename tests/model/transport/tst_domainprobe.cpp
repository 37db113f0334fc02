#include "faultydnsserver.h"
#include "model/dns/liveresolver.h"
#include "model/transport/domainprobe.h"
#include "smtp/smtptestserver.h"
#include "tests/support/await.h"
#include "tests/support/testenv.h"
#include "tls/testpki.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Sceau;
using namespace Sceau::Transport;
using namespace Qt::StringLiterals;
using Mode = Test::SmtpTestServer::Mode;

namespace {
QStringList ids(const QList<Finding> &findings)
{
    QStringList list;
    for (const Finding &f : findings)
        list << f.id;
    return list;
}

// Accepts every connection and closes it at once: a server that cannot be tested, whose
// connections can be counted.
class ClosingServer : public QTcpServer
{
public:
    ClosingServer(const QString &address)
    {
        if (!listen(QHostAddress(address), 0))
            qFatal("cannot listen on %s", qPrintable(address));
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                ++accepted;
                socket->close();
                socket->deleteLater();
            }
        });
    }
    int accepted = 0;
};
} // namespace

// The transport of a whole domain, from its MX set in the test Knot (tests/data/zones/
// mxset.test.zone) to the suite's SMTP servers listening on each host's 127.0.9.x address.
class DomainProbeTest : public QObject
{
    Q_OBJECT
private:
    // Port 25 of every host goes to port: the servers of one test share it.
    TransportSettings settings(quint16 port) const
    {
        TransportSettings s;
        s.anchors = {false, {m_pki->caCertificate()}};
        s.heloName = u"probe.sceau.test"_s;
        s.ports = *PortMap::parse(u"25=%1"_s.arg(port));
        s.timeoutMs = 3000;
        s.retryBackoffMs = 50;
        return s;
    }
    Test::TestPki::Issued leaf(const QString &host) const
    {
        return m_pki->issue(host, {host + u".mxset.test"_s});
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Test::TestPki> m_pki;
    std::unique_ptr<Dns::LiveResolver> m_knot;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_pki = std::make_unique<Test::TestPki>(m_dir.path());
        m_knot = std::make_unique<Dns::LiveResolver>(Test::knotConfig());
    }

    void everyHostGood()
    {
        Test::SmtpTestServer mx1(
            Mode::StartTls, leaf(u"mx1.good"_s), u"TLSv1_2"_s, u"TLSv1_3"_s, u"127.0.9.1"_s);
        Test::SmtpTestServer mx2a(Mode::StartTls,
                                  leaf(u"mx2.good"_s),
                                  u"TLSv1_2"_s,
                                  u"TLSv1_3"_s,
                                  u"127.0.9.2"_s,
                                  mx1.port());
        Test::SmtpTestServer mx2b(Mode::StartTls,
                                  leaf(u"mx2.good"_s),
                                  u"TLSv1_2"_s,
                                  u"TLSv1_3"_s,
                                  u"127.0.9.3"_s,
                                  mx1.port());
        QFuture<DomainTransport> future
            = probeDomain(m_knot.get(), u"good.mxset.test"_s, settings(mx1.port()));
        const DomainTransport t = Test::await(future);
        QCOMPARE(t.route, MailRoute::MxSet);
        QCOMPARE(t.hosts.size(), 2);
        QCOMPARE(t.hosts.at(0).exchange, u"mx1.good.mxset.test"_s); // preference order
        QCOMPARE(t.hosts.at(0).preference, 10);
        QCOMPARE(t.hosts.at(1).exchange, u"mx2.good.mxset.test"_s);
        QCOMPARE(t.hosts.at(1).probe.addresses.size(), 2);
        QCOMPARE(ids(t.findings), QStringList(3, u"tls.encrypted"_s));
        for (const MxTransport &host : t.hosts) {
            QCOMPARE(host.retries, 0);
            for (const AddressProbe &a : host.probe.addresses)
                QCOMPARE(deliveryOf(a, DeliveryMode::RequireTls), Delivery::EncryptedVerified);
        }
        QCOMPARE(t.score, std::optional<int>(100));
        QVERIFY(!t.incomplete());
        QCOMPARE(future.progressMaximum(), 2); // one step per host
        QCOMPARE(future.progressValue(), 2);
    }

    // STARTTLS on the primary, none on the backup: the domain can be downgraded, and the
    // backup weighs half the primary in the score.
    void oneHostWithoutStartTls()
    {
        Test::SmtpTestServer mx1(
            Mode::StartTls, leaf(u"mx1.mixed"_s), u"TLSv1_2"_s, u"TLSv1_3"_s, u"127.0.9.11"_s);
        Test::SmtpTestServer mx2(Mode::NoStartTls,
                                 std::nullopt,
                                 u"TLSv1_2"_s,
                                 u"TLSv1_3"_s,
                                 u"127.0.9.12"_s,
                                 mx1.port());
        const DomainTransport t
            = Test::await(probeDomain(m_knot.get(), u"mixed.mxset.test"_s, settings(mx1.port())));
        QCOMPARE(t.hosts.size(), 2);
        QVERIFY2(ids(t.findings)
                     == QStringList(
                         {u"tls.encrypted"_s, u"tls.no-starttls"_s, u"tls.inconsistent-mx"_s}),
                 qPrintable(ids(t.findings).join(u' ')));
        QCOMPARE(t.findings.last().args, QStringList{u"mixed.mxset.test"_s}); // domain level
        QVERIFY(hasPostureError(t.findings));
        QCOMPARE(t.score, std::optional<int>(67)); // (1 × 100 + ½ × 0) / 1.5
        QVERIFY(!t.incomplete());

        // The MTA-STS hook: the plaintext-only backup under each policy mode.
        QVERIFY(stsDowngradeFindings(t, MtaStsMode::None).isEmpty());
        const QList<Finding> enforce = stsDowngradeFindings(t, MtaStsMode::Enforce);
        QCOMPARE(ids(enforce), QStringList{u"tls.sts-plaintext-mx"_s});
        QCOMPARE(enforce.first().args, QStringList({u"mx2.mixed.mxset.test"_s, u"enforce"_s}));
        QCOMPARE(enforce.first().severity, Severity::Error);
        QCOMPARE(stsDowngradeFindings(t, MtaStsMode::Testing).first().severity, Severity::Warning);
    }

    // 421 at connect: tried again twice with back-off, then "could not test" — never "no TLS";
    // the score rates the host that could be tested only.
    void busyHostRetriedThenCouldNotTest()
    {
        Test::SmtpTestServer mx1(
            Mode::StartTls, leaf(u"mx1.busy"_s), u"TLSv1_2"_s, u"TLSv1_3"_s, u"127.0.9.21"_s);
        Test::SmtpTestServer mx2(
            Mode::Busy, std::nullopt, u"TLSv1_2"_s, u"TLSv1_3"_s, u"127.0.9.22"_s, mx1.port());
        const DomainTransport t
            = Test::await(probeDomain(m_knot.get(), u"busy.mxset.test"_s, settings(mx1.port())));
        QCOMPARE(t.hosts.at(0).retries, 0);
        QCOMPARE(t.hosts.at(1).retries, MaxRetries);
        const AddressProbe &busy = t.hosts.at(1).probe.addresses.first();
        QCOMPARE(busy.attempt.outcome, SmtpTlsAttempt::Outcome::TemporaryFailure);
        QCOMPARE(busy.attempt.lastCode, 421);
        QCOMPARE(ids(t.findings), QStringList({u"tls.encrypted"_s, u"tls.could-not-test"_s}));
        QVERIFY(!hasPostureError(t.findings));
        QVERIFY(t.incomplete());
        QCOMPARE(t.score, std::optional<int>(100));
    }

    void nullMx()
    {
        const DomainTransport t
            = Test::await(probeDomain(m_knot.get(), u"null.mxset.test"_s, settings(25)));
        QCOMPARE(t.route, MailRoute::NullMx);
        QVERIFY(t.hosts.isEmpty());
        QCOMPARE(ids(t.findings), QStringList{u"tls.null-mx"_s});
        QCOMPARE(t.score, std::nullopt);
        QVERIFY(!t.incomplete());
    }

    // No MX record: the domain's own A record is the implicit MX (RFC 5321 §5.1).
    void noMxIsTheImplicitMx()
    {
        Test::SmtpTestServer server(
            Mode::StartTls, leaf(u"implicit"_s), u"TLSv1_2"_s, u"TLSv1_3"_s, u"127.0.9.31"_s);
        const DomainTransport t = Test::await(
            probeDomain(m_knot.get(), u"implicit.mxset.test"_s, settings(server.port())));
        QCOMPARE(t.route, MailRoute::ImplicitMx);
        QCOMPARE(t.hosts.size(), 1);
        QCOMPARE(t.hosts.first().exchange, u"implicit.mxset.test"_s);
        QCOMPARE(t.hosts.first().probe.addresses.first().endpoint.address,
                 QHostAddress(u"127.0.9.31"_s));
        QCOMPARE(ids(t.findings), QStringList({u"tls.encrypted"_s, u"tls.implicit-mx"_s}));
        QCOMPARE(t.score, std::optional<int>(100));
    }

    // A failed MX lookup is "could not check", never "no MX" (and never the implicit MX).
    void mxLookupFailure_data()
    {
        QTest::addColumn<int>("fault");
        QTest::newRow("SERVFAIL") << int(Test::FaultyDnsServer::Fault::ServFail);
        QTest::newRow("REFUSED") << int(Test::FaultyDnsServer::Fault::Refused);
        QTest::newRow("timeout") << int(Test::FaultyDnsServer::Fault::Silent);
        QTest::newRow("garbage") << int(Test::FaultyDnsServer::Fault::Garbage);
    }

    void mxLookupFailure()
    {
        QFETCH(int, fault);
        Test::FaultyDnsServer server{Test::FaultyDnsServer::Fault(fault)};
        Dns::ResolverConfig config;
        config.servers = {server.address()};
        config.timeoutMs = 300;
        config.attempts = 1;
        Dns::LiveResolver resolver(config);
        const DomainTransport t
            = Test::await(probeDomain(&resolver, u"good.mxset.test"_s, settings(25)));
        QCOMPARE(t.route, MailRoute::CouldNotCheck);
        QVERIFY(t.hosts.isEmpty());
        QCOMPARE(ids(t.findings), QStringList{u"dns.lookup-failed"_s});
        QCOMPARE(t.score, std::nullopt);
        QVERIFY(t.incomplete());
        QVERIFY(!hasPostureError(t.findings));
    }

    // Canceling stops the run: it finishes at once, and no retry is started afterwards.
    void cancelStartsNothingMore()
    {
        ClosingServer server(u"127.0.9.41"_s);
        TransportSettings s = settings(server.serverPort());
        s.retryBackoffMs = 200;
        QFuture<DomainTransport> canceled = probeDomain(m_knot.get(), u"closing.mxset.test"_s, s);
        QVERIFY(QTest::qWaitFor([&] { return server.accepted == 1; }, 10000));
        canceled.cancel(); // during the first back-off
        QVERIFY(Test::awaitFinished(canceled));
        QCOMPARE(canceled.resultCount(), 0);

        // The same host probed again runs its own two retries (200 ms, then 400 ms): had the
        // canceled run retried (after 200 ms), its connection would arrive in the meantime.
        const DomainTransport again
            = Test::await(probeDomain(m_knot.get(), u"closing.mxset.test"_s, s));
        QCOMPARE(again.hosts.first().retries, MaxRetries);
        QCOMPARE(ids(again.findings), QStringList{u"tls.could-not-test"_s});
        QCOMPARE(again.score, std::nullopt); // nothing could be tested
        QCOMPARE(server.accepted, 1 + 1 + MaxRetries);
    }
};

QTEST_GUILESS_MAIN(DomainProbeTest)
#include "tst_domainprobe.moc"
