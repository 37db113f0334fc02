#include "faultydnsserver.h"
#include "https/httpstestserver.h"
#include "marktestcertificates.h"
#include "model/bimi/bimicheck.h"
#include "model/dns/liveresolver.h"
#include "tests/support/await.h"
#include "tests/support/testenv.h"
#include "tls/testpki.h"

#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Sceau;
using namespace Sceau::Bimi;
using namespace Qt::StringLiterals;

namespace {
const QByteArray Logo = "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.2\" "
                        "baseProfile=\"tiny-ps\" viewBox=\"0 0 10 10\"><title>Good</title>"
                        "<rect width=\"10\" height=\"10\" fill=\"#036\"/></svg>\n";

bool has(const QList<Finding> &findings, const QString &id)
{
    return std::any_of(
        findings.cbegin(), findings.cend(), [&](const Finding &f) { return f.id == id; });
}

DmarcState reject()
{
    DmarcState s;
    s.lookup = DmarcState::Lookup::Found;
    s.policy.policy = s.policy.subdomainPolicy = Dmarc::Policy::Reject;
    return s;
}
} // namespace

// The whole BIMI check against the test Knot (tests/data/zones/bimi.test.zone) and the suite's
// HTTPS server (test CA) serving logos and a mark certificate: discovery and its
// organisational-domain fallback, the logo and the certificate over the one HTTPS fetch path,
// and failures (SERVFAIL, a refused connection) that are "could not check".
class BimiCheckTest : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Test::TestPki> m_pki;
    std::unique_ptr<Test::MarkTestCertificates> m_marks;
    std::unique_ptr<Test::HttpsTestServer> m_server;
    std::unique_ptr<Dns::LiveResolver> m_resolver;

    Transport::TransportSettings settings(quint16 port) const
    {
        Transport::TransportSettings s;
        s.anchors = {false, {m_pki->caCertificate()}};
        s.ports = Transport::PortMap::parse(u"443=%1"_s.arg(port)).value();
        s.timeoutMs = 5000;
        return s;
    }

    BimiCheck check(const QString &domain,
                    const QString &org = {},
                    const QString &selector = u"default"_s,
                    std::optional<quint16> port = {})
    {
        BimiCheckRequest request;
        request.domain = domain;
        request.orgDomain = org;
        request.selector = selector;
        request.authorDmarc = request.orgDmarc = reject();
        request.roots = {m_marks->caPem()};
        return Test::await(
            checkBimi(m_resolver.get(), request, settings(port.value_or(m_server->port()))));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_pki = std::make_unique<Test::TestPki>(m_dir.path());
        m_marks = std::make_unique<Test::MarkTestCertificates>();
        Test::MarkTestCertificates::Leaf leaf;
        leaf.svg = Logo;
        leaf.san = u"DNS:good.bimi.test"_s;
        auto site = [](const QByteArray &body, const char *type) {
            return QJsonObject{{u"status"_s, 200},
                               {u"type"_s, QString::fromLatin1(type)},
                               {u"body"_s, QString::fromUtf8(body)}};
        };
        const QJsonObject sites{
            {u"logo-good.bimi.test"_s, site(Logo, "image/svg+xml")},
            {u"vmc-good.bimi.test"_s, site(m_marks->issue(leaf), "application/x-pem-file")},
            {u"logo-bad.bimi.test"_s,
             site("<svg xmlns=\"http://www.w3.org/2000/svg\"><script/></svg>", "image/svg+xml")},
        };
        m_server = std::make_unique<Test::HttpsTestServer>(m_pki->issue(u"bimi"_s,
                                                                        {u"logo-good.bimi.test"_s,
                                                                         u"vmc-good.bimi.test"_s,
                                                                         u"logo-bad.bimi.test"_s,
                                                                         u"absent.bimi.test"_s}),
                                                           sites);
        m_resolver = std::make_unique<Dns::LiveResolver>(Test::knotConfig());
    }

    void good()
    {
        const BimiCheck c = check(u"good.bimi.test"_s);
        QCOMPARE(c.lookup.state, BimiLookup::State::Found);
        QCOMPARE(c.lookup.name, u"default._bimi.good.bimi.test"_s);
        QVERIFY(!c.lookup.fromOrgDomain);
        QCOMPARE(c.prerequisite.verdict, DmarcPrerequisite::Verdict::Met);
        QVERIFY(c.logoFetch);
        QCOMPARE(c.logoFetch->outcome, Transport::HttpsFetch::Outcome::Fetched);
        QCOMPARE(c.logoFetch->body, Logo);
        QVERIFY(c.logo && c.logo->valid());
        QVERIFY(c.certificate);
        QVERIFY(c.certificate->trusted);
        QVERIFY(has(c.findings, u"bimi.vmc-logo-matches"_s));
        QVERIFY(has(c.findings, u"bimi.vmc-domain-covered"_s));
        QVERIFY2(!hasPostureError(c.findings), qPrintable(c.findings.first().id));
        QVERIFY(!c.incomplete());
    }

    // No record at the author domain: the organisational domain's, which the caller names.
    void organisationalFallback()
    {
        const BimiCheck c = check(u"sub.bimi.test"_s, u"bimi.test"_s);
        QCOMPARE(c.lookup.state, BimiLookup::State::Found);
        QVERIFY(c.lookup.fromOrgDomain);
        QCOMPARE(c.lookup.name, u"default._bimi.bimi.test"_s);
        QCOMPARE(c.lookup.lookups.size(), 2);
        QVERIFY(has(c.findings, u"bimi.no-certificate"_s));
        // Without the organisational domain there is no fallback: no record.
        QCOMPARE(check(u"sub.bimi.test"_s).lookup.state, BimiLookup::State::None);
    }

    void records_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("selector");
        QTest::addColumn<int>("state");
        QTest::addColumn<QString>("finding");
        QTest::newRow("declined") << u"good.bimi.test"_s << u"brand"_s
                                  << int(BimiLookup::State::Found) << u"bimi.declined"_s;
        QTest::newRow("two records")
            << u"multi.bimi.test"_s << u"default"_s << int(BimiLookup::State::Multiple)
            << u"bimi.multiple-records"_s;
        QTest::newRow("http l=") << u"invalid.bimi.test"_s << u"default"_s
                                 << int(BimiLookup::State::Found) << u"bimi.invalid-record"_s;
        QTest::newRow("TXT that is not BIMI")
            << u"other.bimi.test"_s << u"default"_s << int(BimiLookup::State::None)
            << u"bimi.no-record"_s;
        QTest::newRow("no such name") << u"nothing.bimi.test"_s << u"default"_s
                                      << int(BimiLookup::State::None) << u"bimi.no-record"_s;
    }
    void records()
    {
        QFETCH(QString, domain);
        QFETCH(QString, selector);
        QFETCH(int, state);
        QFETCH(QString, finding);
        const BimiCheck c = check(domain, {}, selector);
        QCOMPARE(int(c.lookup.state), state);
        QVERIFY2(has(c.findings, finding), qPrintable(finding));
        QVERIFY(!c.logoFetch); // nothing usable to fetch
    }

    // A logo that is not Tiny PS, and a certificate URL that answers 404.
    void badLogoAndMissingCertificate()
    {
        const BimiCheck c = check(u"bad.bimi.test"_s);
        QVERIFY(c.logo && !c.logo->valid());
        QVERIFY(has(c.findings, u"bimi.svg-forbidden-element"_s));
        QVERIFY(c.certificateFetch);
        QCOMPARE(c.certificateFetch->httpStatus, 404);
        QVERIFY(has(c.findings, u"bimi.fetch-error"_s));
        QVERIFY(!c.certificate);
        QVERIFY(hasPostureError(c.findings));
    }

    // The logo host refuses connections: could not check, never a bad logo.
    void connectionRefused()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        const BimiCheck c = check(u"good.bimi.test"_s, {}, u"default"_s, port);
        QVERIFY(has(c.findings, u"bimi.fetch-failed"_s));
        QVERIFY(c.incomplete());
        QVERIFY(!hasPostureError(c.findings));
        QVERIFY(!c.logo);
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
        BimiCheckRequest request;
        request.domain = u"good.bimi.test"_s;
        request.orgDomain = u"bimi.test"_s;
        const BimiCheck c = Test::await(checkBimi(&resolver, request, settings(m_server->port())));
        QCOMPARE(c.lookup.state, BimiLookup::State::CouldNotCheck);
        QCOMPARE(c.lookup.lookups.size(), 1); // no fallback hides the failure
        QVERIFY(has(c.findings, u"dns.lookup-failed"_s));
        QVERIFY(!has(c.findings, u"bimi.no-record"_s));
        QVERIFY(c.incomplete());
        QVERIFY(!hasPostureError(c.findings));
    }
};

QTEST_GUILESS_MAIN(BimiCheckTest)
#include "tst_bimicheck.moc"
