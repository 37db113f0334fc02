#include "faultydnsserver.h"
#include "https/httpstestserver.h"
#include "model/dns/liveresolver.h"
#include "model/dns/zonefileresolver.h"
#include "model/transport/mtastscheck.h"
#include "model/transport/mtastsfindings.h"
#include "tests/support/await.h"
#include "tls/testpki.h"

#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Sceau;
using namespace Sceau::Transport;
using namespace Qt::StringLiterals;

// A domain's MTA-STS posture: record, policy from the suite's HTTPS server, MX coverage; and the
// failures that are "could not check".
class MtaStsCheckTest : public QObject
{
    Q_OBJECT
private:
    TransportSettings settings(quint16 port) const
    {
        TransportSettings s;
        s.anchors = {false, {m_pki->caCertificate()}};
        s.ports = PortMap::parse(u"443=%1"_s.arg(port)).value();
        s.timeoutMs = 5000;
        return s;
    }
    static QStringList ids(const QList<Finding> &findings)
    {
        QStringList list;
        for (const Finding &f : findings)
            list << f.id;
        return list;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Test::TestPki> m_pki;
    std::unique_ptr<Test::HttpsTestServer> m_server;
    Dns::ZoneFileResolver m_zone;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_pki = std::make_unique<Test::TestPki>(m_dir.path());
        QVERIFY(m_zone.addZoneText(
            "$ORIGIN sts.test.\n@ 300 IN SOA ns hostmaster 1 3600 600 86400 300\n@ 300 IN NS ns\n"
            "ns 300 IN A 127.0.0.1\n"
            "good 300 IN MX 10 mail.good\ngood 300 IN MX 20 backup.mx.good\n"
            "_mta-sts.good 300 IN TXT \"v=STSv1; id=20261130T120000\"\n"
            "_mta-sts.good 300 IN TXT \"v=spf1 -all\"\n"
            "mta-sts.good 300 IN A 127.0.0.1\n"
            "partial 300 IN MX 10 mail.partial\npartial 300 IN MX 20 mx.elsewhere.test.\n"
            "_mta-sts.partial 300 IN TXT \"v=STSv1; id=1\"\n"
            "mta-sts.partial 300 IN A 127.0.0.1\n"
            "two 300 IN MX 10 mail.two\n"
            "_mta-sts.two 300 IN TXT \"v=STSv1; id=1\"\n_mta-sts.two 300 IN TXT \"v=STSv1; id=2\"\n"
            "mta-sts.two 300 IN A 127.0.0.1\n"
            "none 300 IN MX 10 mail.none\n"));
        const QString body = u"version: STSv1\nmode: enforce\nmx: mail.%1.sts.test\n"
                             "mx: *.mx.%1.sts.test\nmax_age: 604800\n"_s;
        const QJsonObject sites{
            {u"mta-sts.good.sts.test"_s, QJsonObject{{u"body"_s, body.arg(u"good"_s)}}},
            {u"mta-sts.partial.sts.test"_s, QJsonObject{{u"body"_s, body.arg(u"partial"_s)}}},
            {u"mta-sts.two.sts.test"_s, QJsonObject{{u"body"_s, body.arg(u"two"_s)}}},
        };
        m_server
            = std::make_unique<Test::HttpsTestServer>(m_pki->issue(u"sts"_s,
                                                                   {u"mta-sts.good.sts.test"_s,
                                                                    u"mta-sts.partial.sts.test"_s,
                                                                    u"mta-sts.two.sts.test"_s}),
                                                      sites);
    }

    void everyMxCovered()
    {
        const MtaStsCheck check
            = Test::await(checkMtaSts(&m_zone, u"good.sts.test"_s, settings(m_server->port())));
        QCOMPARE(check.record.record.id, u"20261130T120000"_s);
        QVERIFY(check.policy);
        QCOMPARE(check.policy->mode, MtaStsMode::Enforce);
        QCOMPARE(check.mxHosts,
                 QStringList({u"mail.good.sts.test"_s, u"backup.mx.good.sts.test"_s}));
        QCOMPARE(
            ids(check.findings),
            QStringList(
                {u"mta-sts.policy-valid"_s, u"mta-sts.mx-covered"_s, u"mta-sts.mx-covered"_s}));
        QVERIFY(!check.incomplete());
    }

    void mxNotCovered()
    {
        const MtaStsCheck check
            = Test::await(checkMtaSts(&m_zone, u"partial.sts.test"_s, settings(m_server->port())));
        QVERIFY2(ids(check.findings).contains(u"mta-sts.mx-not-covered"_s),
                 qPrintable(ids(check.findings).join(u' ')));
        QVERIFY(hasPostureError(check.findings)); // enforce: the MX would get no mail
    }

    void severalRecords()
    {
        const MtaStsCheck check
            = Test::await(checkMtaSts(&m_zone, u"two.sts.test"_s, settings(m_server->port())));
        QVERIFY(ids(check.findings).contains(u"mta-sts.multiple-records"_s));
        QVERIFY(hasPostureError(check.findings));
    }

    // No STSv1 record in an answer: no policy, and no fetch.
    void noRecord()
    {
        const MtaStsCheck check
            = Test::await(checkMtaSts(&m_zone, u"none.sts.test"_s, settings(m_server->port())));
        QCOMPARE(ids(check.findings), QStringList{u"mta-sts.no-record"_s});
        QCOMPARE(check.findings.first().rfc, u"RFC 8461 §3.1"_s); // UTF-8, not Latin-1
        QVERIFY(!check.fetch);
        QVERIFY(!check.incomplete());
    }

    // The policy host refuses the connection: could not check, never "no policy".
    void policyHostRefuses()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        const MtaStsCheck check
            = Test::await(checkMtaSts(&m_zone, u"good.sts.test"_s, settings(port)));
        QCOMPARE(ids(check.findings), QStringList{u"mta-sts.policy-unreachable"_s});
        QVERIFY(check.incomplete());
        QVERIFY(!hasPostureError(check.findings));
        QVERIFY(isCouldNotCheck(check.findings.first()));
    }

    void lookupFailure_data()
    {
        QTest::addColumn<int>("fault");
        QTest::newRow("SERVFAIL") << int(Test::FaultyDnsServer::Fault::ServFail);
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
        const MtaStsCheck check
            = Test::await(checkMtaSts(&resolver, u"good.sts.test"_s, settings(m_server->port())));
        QVERIFY(check.incomplete());
        QVERIFY(!ids(check.findings).contains(u"mta-sts.no-record"_s));
        QVERIFY(!hasPostureError(check.findings));
        QCOMPARE(check.findings.first().id, u"dns.lookup-failed"_s);
    }

    // What the every-MX check hands over: each covered MX's certificate under the policy.
    void mxCertificates()
    {
        MtaStsPolicy policy;
        policy.mode = MtaStsMode::Enforce;
        policy.mx = {u"*.example.com"_s};
        CertificateReport good;
        good.trusted = true;
        good.nameMatches = true;
        good.daysLeft = 90;
        CertificateReport wrongName = good;
        wrongName.nameMatches = false;
        CertificateReport expired = good;
        expired.daysLeft = -1;
        const QList<Finding> findings
            = mtaStsMxCertificateFindings(policy,
                                          {{u"a.example.com"_s, good},
                                           {u"b.example.com"_s, wrongName},
                                           {u"c.example.com"_s, expired},
                                           {u"d.example.com"_s, std::nullopt},
                                           {u"other.net"_s, good}});
        QCOMPARE(ids(findings),
                 QStringList({u"mta-sts.mx-cert-valid"_s,
                              u"mta-sts.mx-cert-invalid"_s,
                              u"mta-sts.mx-cert-invalid"_s,
                              u"mta-sts.mx-cert-invalid"_s}));
        QCOMPARE(findings.at(1).severity, Severity::Error);
        // The reason is a token the finding text translates, never English data.
        QCOMPARE(findings.at(1).args, QStringList({u"b.example.com"_s, u"name-mismatch"_s}));
        QCOMPARE(findings.at(2).args.at(1), u"expired"_s);
        QCOMPARE(findings.at(3).args.at(1), u"no-certificate"_s);
        QVERIFY(
            mtaStsFindingText(findings.at(1))->explanation.contains(u"not for b.example.com"_s));
        policy.mode = MtaStsMode::Testing;
        QCOMPARE(
            mtaStsMxCertificateFindings(policy, {{u"b.example.com"_s, wrongName}}).first().severity,
            Severity::Warning);
        policy.mode = MtaStsMode::None;
        QVERIFY(mtaStsMxCertificateFindings(policy, {{u"b.example.com"_s, wrongName}}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(MtaStsCheckTest)
#include "tst_mtastscheck.moc"
