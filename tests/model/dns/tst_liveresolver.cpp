#include "model/core/async.h"
#include "model/dns/liveresolver.h"

#include "await.h"
#include "faultydnsserver.h"
#include "testenv.h"

#include <QSignalSpy>
#include <QTemporaryFile>
#include <QTest>
#include <QUdpSocket>

using namespace Sceau;
using namespace Sceau::Dns;
using namespace Qt::StringLiterals;

namespace {
LookupResult resolve(Resolver &resolver, const QString &name, RrType type)
{
    return Test::await(resolver.lookup(name, type));
}
} // namespace

// The live source against the real Knot of the fixture, and against real sockets that fail.
class tst_LiveResolver : public QObject
{
    Q_OBJECT
private slots:
    void txtKeepsStringsAndJoin()
    {
        LiveResolver resolver(Test::knotConfig());
        const LookupResult r = resolve(resolver, u"multi-string.sceau.test"_s, RrType::TXT);
        QCOMPARE(r.status, LookupStatus::Answer);
        QCOMPARE(r.records.size(), 1);
        QCOMPARE(r.records.first().txtStrings,
                 (QList<QByteArray>{"v=spf1 ", "ip4:192.0.2.0/24 ", "-all"}));
        QCOMPARE(r.records.first().txtJoined(), "v=spf1 ip4:192.0.2.0/24 -all");
        QVERIFY(r.authoritative);
        QVERIFY(!r.viaTcp);
        QCOMPARE(r.server, Test::knotServer().toString());
    }

    void largeRRsetComesBackCompleteOverTcp()
    {
        LiveResolver resolver(Test::knotConfig());
        const LookupResult r = resolve(resolver, u"big.sceau.test"_s, RrType::TXT);
        QCOMPARE(r.status, LookupStatus::Answer);
        QVERIFY(r.viaTcp);
        QCOMPARE(r.records.size(), 12);
        int bytes = 0;
        for (const ResourceRecord &record : r.records)
            bytes += record.txtJoined().size();
        QVERIFY2(bytes > 2000, qPrintable(QString::number(bytes)));
    }

    void over512WithoutEdnsUsesTcp()
    {
        ResolverConfig config = Test::knotConfig();
        LiveResolver withEdns(config);
        const LookupResult udp = resolve(withEdns, u"medium.sceau.test"_s, RrType::TXT);
        QCOMPARE(udp.records.size(), 4);
        QVERIFY(!udp.viaTcp); // fits in 1232 bytes of EDNS buffer
        config.query.ednsUdpSize = 0;
        LiveResolver classic(config);
        const LookupResult tcp = resolve(classic, u"medium.sceau.test"_s, RrType::TXT);
        QCOMPARE(tcp.records, udp.records);
        QVERIFY(tcp.viaTcp); // RFC 1035 512-byte limit → TC → TCP
    }

    void nxdomainAndNodataAreDistinct()
    {
        LiveResolver resolver(Test::knotConfig());
        QCOMPARE(resolve(resolver, u"nope.sceau.test"_s, RrType::TXT).status,
                 LookupStatus::NxDomain);
        QCOMPARE(resolve(resolver, u"address-only.sceau.test"_s, RrType::TXT).status,
                 LookupStatus::NoData);
        QCOMPARE(resolve(resolver, u"ent.sceau.test"_s, RrType::TXT).status, LookupStatus::NoData);
    }

    // Queries in flight at once share UDP sockets, at most UdpChannel::MaxQueries each: 100 of
    // them, four different questions, each gets the answer to its own question.
    void overlappingQueriesGetTheirOwnAnswers()
    {
        LiveResolver resolver(Test::knotConfig());
        struct Question
        {
            QString name;
            RrType type;
            LookupStatus status;
        };
        const QList<Question> questions{
            {u"multi-string.sceau.test"_s, RrType::TXT, LookupStatus::Answer},
            {u"nope.sceau.test"_s, RrType::TXT, LookupStatus::NxDomain},
            {u"address-only.sceau.test"_s, RrType::TXT, LookupStatus::NoData},
            {u"good.sceau.test"_s, RrType::MX, LookupStatus::Answer},
        };
        QList<QFuture<LookupResult>> lookups;
        for (int i = 0; i < 100; ++i)
            lookups << resolver.lookup(questions.at(i % 4).name, questions.at(i % 4).type);
        QCOMPARE(resolver.inFlight(), 100);
        const QList<LookupResult> results = Test::await(allResults(lookups));
        QCOMPARE(results.size(), 100);
        for (int i = 0; i < 100; ++i) {
            const Question &asked = questions.at(i % 4);
            const LookupResult &r = results.at(i);
            QCOMPARE(r.name, asked.name);
            QCOMPARE(r.status, asked.status);
            QCOMPARE(r.records.size(), asked.type == RrType::MX ? 2 : (i % 4 == 0 ? 1 : 0));
            if (i % 4 == 0)
                QCOMPARE(r.records.first().txtJoined(), "v=spf1 ip4:192.0.2.0/24 -all");
        }
        QCOMPARE(resolver.inFlight(), 0);
    }

    void cnameIsFollowed()
    {
        LiveResolver resolver(Test::knotConfig());
        const LookupResult r = resolve(resolver, u"alias.sceau.test"_s, RrType::TXT);
        QCOMPARE(r.status, LookupStatus::Answer);
        QCOMPARE(r.records.first().owner, u"multi-string.sceau.test"_s);
        QCOMPARE(r.answerSection.first().type, RrType::CNAME);
    }

    void mxRecords()
    {
        LiveResolver resolver(Test::knotConfig());
        const LookupResult r = resolve(resolver, u"good.sceau.test"_s, RrType::MX);
        QCOMPARE(r.records.size(), 2);
        QStringList exchanges;
        for (const ResourceRecord &mx : r.records)
            exchanges << QStringLiteral("%1 %2").arg(mx.mxPreference()).arg(mx.mxExchange());
        exchanges.sort();
        QCOMPARE(exchanges,
                 (QStringList{u"10 mx1.good.sceau.test"_s, u"20 mx2.good.sceau.test"_s}));
        const LookupResult null = resolve(resolver, u"null-mx.sceau.test"_s, RrType::MX);
        QCOMPARE(null.records.first().mxExchange(), QString());
    }

    void silentServerTimesOut()
    {
        Test::FaultyDnsServer silent(Test::FaultyDnsServer::Fault::Silent);
        ResolverConfig config = Test::knotConfig();
        config.servers = {silent.address()};
        config.timeoutMs = 150;
        config.attempts = 2;
        LiveResolver resolver(config);
        const LookupResult r = resolve(resolver, u"good.sceau.test"_s, RrType::TXT);
        QCOMPARE(r.status, LookupStatus::Timeout);
        QVERIFY(r.failed());
        QCOMPARE(r.error().code, ErrorCode::DnsTimeout);
        QCOMPARE(silent.queriesReceived(), 2); // one retry
    }

    void servFailIsAFailureNotAnAbsence()
    {
        Test::FaultyDnsServer servfail(Test::FaultyDnsServer::Fault::ServFail);
        ResolverConfig config = Test::knotConfig();
        config.servers = {servfail.address()};
        LiveResolver resolver(config);
        const LookupResult r = resolve(resolver, u"good.sceau.test"_s, RrType::TXT);
        QCOMPARE(r.status, LookupStatus::ServerFailure);
        QCOMPARE(r.rcode, 2);
        QVERIFY(r.failed());
        QVERIFY(!r.exists());
    }

    void servFailThenNextServerAnswers()
    {
        Test::FaultyDnsServer servfail(Test::FaultyDnsServer::Fault::ServFail);
        ResolverConfig config = Test::knotConfig();
        config.servers = {servfail.address(), Test::knotServer()};
        config.attempts = 2;
        LiveResolver resolver(config);
        const LookupResult r = resolve(resolver, u"good.sceau.test"_s, RrType::MX);
        QCOMPARE(r.status, LookupStatus::Answer);
        QCOMPARE(r.server, Test::knotServer().toString());
    }

    void refusedAndMalformed()
    {
        Test::FaultyDnsServer refused(Test::FaultyDnsServer::Fault::Refused);
        Test::FaultyDnsServer garbage(Test::FaultyDnsServer::Fault::Garbage);
        ResolverConfig config = Test::knotConfig();
        config.servers = {refused.address()};
        LiveResolver r1(config);
        QCOMPARE(resolve(r1, u"good.sceau.test"_s, RrType::TXT).status, LookupStatus::Refused);
        config.servers = {garbage.address()};
        LiveResolver r2(config);
        QCOMPARE(resolve(r2, u"good.sceau.test"_s, RrType::TXT).status, LookupStatus::Malformed);
    }

    void closedPortIsRefusedNotTimedOut()
    {
        quint16 port = 0;
        {
            QUdpSocket probe; // find a free port, then close it: nothing listens there
            probe.bind(QHostAddress::LocalHost, 0);
            port = probe.localPort();
        }
        ResolverConfig config = Test::knotConfig();
        config.servers = {{QHostAddress(QHostAddress::LocalHost), port}};
        config.timeoutMs = 3000; // a timeout would say Timeout: the ICMP error must come first
        config.attempts = 2;
        LiveResolver resolver(config);
        const LookupResult r = resolve(resolver, u"good.sceau.test"_s, RrType::TXT);
        QCOMPARE(r.status, LookupStatus::NetworkError);
        QVERIFY2(r.detail.contains(u"refused"_s), qPrintable(r.detail));
        QCOMPARE(r.error().code, ErrorCode::DnsNetwork);
    }

    void inFlightIsCapped()
    {
        ResolverConfig config = Test::knotConfig();
        config.maxInFlight = 4;
        LiveResolver resolver(config);
        int done = 0;
        int answers = 0;
        int peak = 0;
        for (int i = 0; i < 40; ++i) {
            resolver.lookup(u"good.sceau.test"_s, RrType::TXT)
                .then(&resolver, [&](const LookupResult &r) {
                    ++done;
                    answers += r.status == LookupStatus::Answer;
                });
            peak = qMax(peak, resolver.inFlight());
        }
        QCOMPARE(peak, 4);
        QTRY_COMPARE_WITH_TIMEOUT(done, 40, 10000);
        QCOMPARE(answers, 40);
        QCOMPARE(resolver.inFlight(), 0);
    }

    void nameServerParsing_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("normalized"); // empty: invalid
        QTest::newRow("v4") << u"192.0.2.1"_s << u"192.0.2.1"_s;
        QTest::newRow("v4 port") << u"127.0.0.1:5353"_s << u"127.0.0.1:5353"_s;
        QTest::newRow("v6") << u"::1"_s << u"::1"_s;
        QTest::newRow("v6 port") << u"[::1]:5353"_s << u"[::1]:5353"_s;
        QTest::newRow("name") << u"dns.example"_s << QString();
        QTest::newRow("bad port") << u"127.0.0.1:99999"_s << QString();
    }
    void nameServerParsing()
    {
        QFETCH(QString, text);
        QFETCH(QString, normalized);
        const auto server = NameServer::parse(text);
        QCOMPARE(bool(server), !normalized.isEmpty());
        if (server)
            QCOMPARE(server->toString(), normalized);
    }

    void systemResolverFromResolvConf()
    {
        QTemporaryFile conf;
        QVERIFY(conf.open());
        conf.write("# comment\nsearch example\nnameserver 192.0.2.53\nnameserver fe80::1%eth0\n");
        conf.close();
        const QList<NameServer> servers = systemNameServers(conf.fileName());
        QCOMPARE(servers.size(), 2);
        QCOMPARE(servers.at(0).toString(), u"192.0.2.53"_s);
        QCOMPARE(servers.at(1).toString(), u"fe80::1"_s);
        QCOMPARE(systemNameServers(u"/nonexistent"_s).first().toString(), u"127.0.0.1"_s);
    }
};

QTEST_GUILESS_MAIN(tst_LiveResolver)
#include "tst_liveresolver.moc"
