#include "clirun.h"
#include "faultydnsserver.h"
#include "https/httpstestserver.h"
#include "smtp/smtptestserver.h"
#include "testenv.h"
#include "tls/testpki.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Sceau;
using namespace Qt::StringLiterals;
using Mode = Test::SmtpTestServer::Mode;

// `check` with the transport of every MX (docs/cli.md "check", `transport`), against the MX sets
// of tests/data/zones/mxset.test.zone in the test Knot and the suite's SMTP servers on their
// 127.0.9.x addresses; and `check --no-tls`.
class CheckTransportCliTest : public QObject
{
    Q_OBJECT
private:
    Test::CliRun check(const QString &domain, quint16 port, const QStringList &extra = {}) const
    {
        return Test::runCli(Test::knotOptions()
                            + QStringList{u"--port-map"_s,
                                          u"25=%1"_s.arg(port),
                                          u"--ca"_s,
                                          m_pki->caCertificate(),
                                          u"check"_s,
                                          domain}
                            + extra);
    }
    Test::TestPki::Issued leaf(const QString &host) const
    {
        return m_pki->issue(host, {host + u".mxset.test"_s});
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Test::TestPki> m_pki;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_pki = std::make_unique<Test::TestPki>(m_dir.path());
    }

    void everyMxProbed()
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
        const Test::CliRun run = check(u"good.mxset.test"_s, mx1.port(), {u"--json"_s});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject json = run.json();
        QCOMPARE(json.value(u"complete"_s), QJsonValue(true));
        const QJsonObject transport = json.value(u"transport"_s).toObject();
        QCOMPARE(transport.value(u"route"_s).toString(), u"mx"_s);
        QCOMPARE(transport.value(u"mode"_s).toString(), u"default"_s);
        QCOMPARE(transport.value(u"score"_s), QJsonValue(100));
        QCOMPARE(transport.value(u"complete"_s), QJsonValue(true));
        const QJsonArray hosts = transport.value(u"hosts"_s).toArray();
        QCOMPARE(hosts.size(), 2);
        QCOMPARE(hosts.at(0).toObject().value(u"exchange"_s).toString(), u"mx1.good.mxset.test"_s);
        QCOMPARE(hosts.at(0).toObject().value(u"preference"_s), QJsonValue(10));
        QCOMPARE(hosts.at(0).toObject().value(u"port"_s), QJsonValue(25));
        QCOMPARE(hosts.at(0).toObject().value(u"retries"_s), QJsonValue(0));
        const QJsonArray backup = hosts.at(1).toObject().value(u"addresses"_s).toArray();
        QCOMPARE(backup.size(), 2);
        for (const QJsonValue &address : backup) {
            QCOMPARE(address.toObject().value(u"delivery"_s).toString(), u"encrypted-verified"_s);
            QCOMPARE(address.toObject().value(u"connected_port"_s), QJsonValue(mx1.port()));
        }
        // The findings are merged into the report's: one tls.encrypted per address.
        QCOMPARE(Test::findingIds(json).count(u"tls.encrypted"_s), 3);
        // MTA-STS is checked with the transport: no policy published is a warning (-10).
        QVERIFY(Test::findingIds(json).contains(u"mta-sts.no-record"_s));
        QCOMPARE(json.value(u"mta_sts"_s).toObject().value(u"domain"_s).toString(),
                 u"good.mxset.test"_s);
        // DMARC (RFC 9989): p=reject without rua= is a warning too (-10).
        QVERIFY(Test::findingIds(json).contains(u"dmarc.no-rua"_s));
        // docs/scoring.md: DMARC 85 (×25), SPF 100 (×20), MX 100 (×10), Transport 85 (×15; the
        // MTA-STS warning); DKIM found no key (not rated): 6400 / 70 = 91.
        QCOMPARE(json.value(u"score"_s), QJsonValue(91));

        const Test::CliRun text = check(u"good.mxset.test"_s, mx1.port());
        QCOMPARE(text.exitCode, 0);
        // The transport area: the MTA-STS warning, and the TLS of every MX at 100.
        QVERIFY2(text.out.contains("Transport: To improve, 85/100"), text.out.constData());
        QVERIFY2(text.out.contains("TLS 100/100"), text.out.constData());
        QVERIFY(text.out.contains("MX 20 mx2.good.mxset.test [127.0.9.3]:"));
    }

    // --no-tls: the DNS checks only; no server is contacted (none listens here).
    void noTls()
    {
        const Test::CliRun run = check(u"good.mxset.test"_s, 9, {u"--json"_s, u"--no-tls"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = run.json();
        QVERIFY(!json.contains(u"transport"_s));
        for (const QString &id : Test::findingIds(json))
            QVERIFY2(!id.startsWith(u"tls."_s), qPrintable(id));
        QCOMPARE(json.value(u"complete"_s), QJsonValue(true));
    }

    // A backup MX without STARTTLS: an error (exit 1) at host and domain level, and the score.
    void downgradeAcrossHosts()
    {
        Test::SmtpTestServer mx1(
            Mode::StartTls, leaf(u"mx1.mixed"_s), u"TLSv1_2"_s, u"TLSv1_3"_s, u"127.0.9.11"_s);
        Test::SmtpTestServer mx2(Mode::NoStartTls,
                                 std::nullopt,
                                 u"TLSv1_2"_s,
                                 u"TLSv1_3"_s,
                                 u"127.0.9.12"_s,
                                 mx1.port());
        const Test::CliRun run = check(u"mixed.mxset.test"_s, mx1.port(), {u"--json"_s});
        QCOMPARE(run.exitCode, 1);
        const QStringList ids = Test::findingIds(run.json());
        QVERIFY(ids.contains(u"tls.no-starttls"_s));
        QVERIFY(ids.contains(u"tls.inconsistent-mx"_s));
        const QJsonObject transport = run.json().value(u"transport"_s).toObject();
        QCOMPARE(transport.value(u"score"_s), QJsonValue(67));
        const QJsonObject backup = transport.value(u"hosts"_s)
                                       .toArray()
                                       .at(1)
                                       .toObject()
                                       .value(u"addresses"_s)
                                       .toArray()
                                       .first()
                                       .toObject();
        QCOMPARE(backup.value(u"delivery"_s).toString(), u"plaintext"_s);
    }

    // The MX lookup fails: the transport could not be checked (never "no MX"), the failure is
    // reported once (the audit and the transport share their lookups), and the exit code is 3.
    void mxLookupFailed()
    {
        Test::FaultyDnsServer servfail(Test::FaultyDnsServer::Fault::ServFail);
        const QStringList options{u"--nameserver"_s,
                                  servfail.address().toString(),
                                  u"--timeout"_s,
                                  u"300"_s,
                                  u"--json"_s,
                                  u"check"_s,
                                  u"good.mxset.test"_s};
        const Test::CliRun run = Test::runCli(options);
        QCOMPARE(run.exitCode, 3);
        const QJsonObject transport = run.json().value(u"transport"_s).toObject();
        QCOMPARE(transport.value(u"route"_s).toString(), u"could-not-check"_s);
        QVERIFY(transport.value(u"score"_s).isNull());
        QCOMPARE(transport.value(u"complete"_s), QJsonValue(false));
        const Test::CliRun dnsOnly = Test::runCli(options + QStringList{u"--no-tls"_s});
        QCOMPARE(Test::findingIds(dnsOnly.json()).count(u"dns.lookup-failed"_s), 3);
        // The transport adds no finding of its own about the MX; MTA-STS adds only "could not
        // check" ones (its own TXT lookup, the policy host's addresses).
        QStringList extra = Test::findingIds(run.json());
        for (const QString &id : Test::findingIds(dnsOnly.json()))
            QVERIFY(extra.removeOne(id));
        QVERIFY(!extra.isEmpty());
        for (const QString &id : std::as_const(extra))
            QVERIFY2(id == u"dns.lookup-failed"_s || id == u"mta-sts.policy-unreachable"_s,
                     qPrintable(id));
    }

    // The null MX: nothing to probe, said so; the score is null (nothing to rate).
    void nullMx()
    {
        const Test::CliRun run = check(u"null.mxset.test"_s, 9, {u"--json"_s});
        const QJsonObject transport = run.json().value(u"transport"_s).toObject();
        QCOMPARE(transport.value(u"route"_s).toString(), u"null-mx"_s);
        QVERIFY(transport.value(u"score"_s).isNull());
        QVERIFY(transport.value(u"hosts"_s).toArray().isEmpty());
        QVERIFY(Test::findingIds(run.json()).contains(u"tls.null-mx"_s));
    }

    // MTA-STS wired into check (RFC 8461 §4.2, §5): under an enforce policy, an MX whose
    // certificate is not for its name fails the policy's certificate check, and a plaintext-only
    // MX is an error; both come from the servers check itself probed.
    void mtaStsEnforceOverTheMxSet()
    {
        Test::SmtpTestServer mx1(Mode::StartTls,
                                 m_pki->issue(u"wrong"_s, {u"wrong.sts.mxset.test"_s}),
                                 u"TLSv1_2"_s,
                                 u"TLSv1_3"_s,
                                 u"127.0.9.51"_s);
        Test::SmtpTestServer mx2(Mode::NoStartTls,
                                 std::nullopt,
                                 u"TLSv1_2"_s,
                                 u"TLSv1_3"_s,
                                 u"127.0.9.52"_s,
                                 mx1.port());
        const QString policy = u"version: STSv1\r\nmode: enforce\r\nmx: *.sts.mxset.test\r\n"
                               "max_age: 86400\r\n"_s;
        Test::HttpsTestServer https(
            m_pki->issue(u"policy"_s, {u"mta-sts.sts.mxset.test"_s}),
            QJsonObject{{u"mta-sts.sts.mxset.test"_s, QJsonObject{{u"body"_s, policy}}}});
        const Test::CliRun run
            = Test::runCli(Test::knotOptions()
                           + QStringList{u"--port-map"_s,
                                         u"25=%1,443=%2"_s.arg(mx1.port()).arg(https.port()),
                                         u"--ca"_s,
                                         m_pki->caCertificate(),
                                         u"--json"_s,
                                         u"check"_s,
                                         u"sts.mxset.test"_s});
        QCOMPARE(run.exitCode, 1);
        const QJsonObject json = run.json();
        QCOMPARE(json.value(u"mta_sts"_s).toObject().value(u"policy"_s).toObject().value(u"mode"_s),
                 QJsonValue(u"enforce"_s));
        QJsonObject certificate;
        QJsonObject plaintext;
        for (const QJsonValue &value : json.value(u"findings"_s).toArray()) {
            const QJsonObject finding = value.toObject();
            if (finding.value(u"id"_s) == u"mta-sts.mx-cert-invalid"_s)
                certificate = finding;
            else if (finding.value(u"id"_s) == u"tls.sts-plaintext-mx"_s)
                plaintext = finding;
        }
        QCOMPARE(certificate.value(u"severity"_s).toString(), u"error"_s);
        QCOMPARE(certificate.value(u"args"_s).toArray().at(0).toString(), u"mx1.sts.mxset.test"_s);
        QCOMPARE(certificate.value(u"args"_s).toArray().at(1).toString(), u"name-mismatch"_s);
        QVERIFY2(certificate.value(u"explanation"_s).toString().contains(u"not for mx1.sts"_s),
                 qPrintable(certificate.value(u"explanation"_s).toString()));
        QCOMPARE(plaintext.value(u"severity"_s).toString(), u"error"_s);
        QVERIFY(plaintext.value(u"args"_s).toArray().contains(u"mx2.sts.mxset.test"_s));
        // Only the tested MX is judged on its certificate: the plaintext one has none.
        QCOMPARE(Test::findingIds(json).count(u"mta-sts.mx-cert-invalid"_s), 1);
    }
};

QTEST_GUILESS_MAIN(CheckTransportCliTest)
#include "tst_checktransportcli.moc"
