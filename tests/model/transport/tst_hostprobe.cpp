#include "faultydnsserver.h"
#include "model/dns/liveresolver.h"
#include "model/dns/zonefileresolver.h"
#include "model/transport/hostprobe.h"
#include "smtp/smtptestserver.h"
#include "tests/support/await.h"
#include "tls/testpki.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Sceau;
using namespace Sceau::Transport;
using namespace Qt::StringLiterals;
using Mode = Test::SmtpTestServer::Mode;

// Every address of a host, found through DNS (a zone file, or a failing server).
class HostProbeTest : public QObject
{
    Q_OBJECT
private:
    ProbeOptions options() const
    {
        ProbeOptions o;
        o.anchors = {false, {m_pki->caCertificate()}};
        o.heloName = u"probe.sceau.test"_s;
        return o;
    }
    static QStringList ids(const HostProbe &probe)
    {
        QStringList list;
        for (const Finding &f : probe.findings)
            list << f.id;
        return list;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Test::TestPki> m_pki;
    Dns::ZoneFileResolver m_zone;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_pki = std::make_unique<Test::TestPki>(m_dir.path());
        QVERIFY(m_zone.addZoneText("$ORIGIN sceau.test.\n"
                                   "@ 300 IN SOA ns hostmaster 1 3600 600 86400 300\n"
                                   "@ 300 IN NS ns\n"
                                   "ns 300 IN A 127.0.0.1\n"
                                   "mx 300 IN A 127.0.0.1\n"
                                   "twin 300 IN A 127.0.0.1\n"
                                   "twin 300 IN A 127.0.0.2\n"
                                   "text 300 IN TXT \"no address here\"\n"));
    }

    void everyAddressAgrees()
    {
        Test::SmtpTestServer server(Mode::StartTls, m_pki->issue(u"mx"_s, {u"mx.sceau.test"_s}));
        const HostProbe probe
            = Test::await(probeHost(&m_zone, u"mx.sceau.test"_s, server.port(), {}, options()));
        QCOMPARE(probe.addresses.size(), 1);
        QCOMPARE(probe.addresses.first().endpoint.address, QHostAddress(u"127.0.0.1"_s));
        QCOMPARE(ids(probe), QStringList{u"tls.encrypted"_s});
        QVERIFY(!probe.incomplete());
    }

    void addressesDisagree()
    {
        const auto leaf = m_pki->issue(u"twin"_s, {u"twin.sceau.test"_s});
        Test::SmtpTestServer first(Mode::StartTls, leaf);
        Test::SmtpTestServer second(
            Mode::NoStartTls, leaf, u"TLSv1_2"_s, u"TLSv1_3"_s, u"127.0.0.2"_s, first.port());
        const HostProbe probe
            = Test::await(probeHost(&m_zone, u"twin.sceau.test"_s, first.port(), {}, options()));
        QCOMPARE(probe.addresses.size(), 2);
        QVERIFY2(ids(probe).contains(u"tls.inconsistent-mx"_s), qPrintable(ids(probe).join(u' ')));
        QVERIFY(ids(probe).contains(u"tls.no-starttls"_s));
        QVERIFY(hasPostureError(probe.findings));
    }

    void ipLiteralUsesTheServerName()
    {
        Test::SmtpTestServer server(Mode::StartTls,
                                    m_pki->issue(u"literal"_s, {u"mx.sceau.test"_s}));
        const HostProbe probe = Test::await(
            probeHost(&m_zone, u"127.0.0.1"_s, server.port(), u"mx.sceau.test"_s, options()));
        QVERIFY(probe.lookups.isEmpty());
        QCOMPARE(ids(probe), QStringList{u"tls.encrypted"_s}); // the name matched
        QCOMPARE(probe.addresses.first().endpoint.host, u"mx.sceau.test"_s);
    }

    void noAddress()
    {
        const HostProbe probe
            = Test::await(probeHost(&m_zone, u"text.sceau.test"_s, 25, {}, options()));
        QCOMPARE(ids(probe), QStringList{u"tls.no-address"_s});
        QVERIFY(probe.addresses.isEmpty());
        QVERIFY(!probe.incomplete());
    }

    // A failed lookup is "could not check", never "no address".
    void lookupFailure_data()
    {
        QTest::addColumn<int>("fault");
        QTest::newRow("SERVFAIL") << int(Test::FaultyDnsServer::Fault::ServFail);
        QTest::newRow("REFUSED") << int(Test::FaultyDnsServer::Fault::Refused);
        QTest::newRow("timeout") << int(Test::FaultyDnsServer::Fault::Silent);
    }

    void lookupFailure()
    {
        QFETCH(int, fault);
        Test::FaultyDnsServer server{Test::FaultyDnsServer::Fault(fault)};
        Dns::ResolverConfig config;
        config.servers = {server.address()};
        config.timeoutMs = 300;
        config.attempts = 1;
        Dns::LiveResolver resolver(config);
        const HostProbe probe
            = Test::await(probeHost(&resolver, u"mx.sceau.test"_s, 25, {}, options()));
        QCOMPARE(ids(probe), QStringList({u"dns.lookup-failed"_s, u"dns.lookup-failed"_s}));
        QVERIFY(probe.incomplete());
        QVERIFY(!hasPostureError(probe.findings));
    }
};

QTEST_GUILESS_MAIN(HostProbeTest)
#include "tst_hostprobe.moc"
