#include "faultydnsserver.h"
#include "https/httpstestserver.h"
#include "model/dns/liveresolver.h"
#include "model/dns/zonefileresolver.h"
#include "model/transport/mtastsfetch.h"
#include "model/transport/mtastspolicy.h"
#include "tests/support/await.h"
#include "tests/support/testenv.h"
#include "tls/testpki.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Sceau;
using namespace Sceau::Transport;
using namespace Qt::StringLiterals;
using Outcome = MtaStsFetch::Outcome;

// Fetching policies from the suite's HTTPS server (test CA) on 127.0.0.1, reached through the
// port map as "port 443 of mta-sts.<domain>": the conformance cases of postfix-mta-sts-resolver
// (good, testing, none, bad bodies, text/html, 404, oversize, untrusted CA, wrong name) and a
// redirect, a CRLF body; then a refused connection and failed lookups, which are "could not
// check".
class MtaStsFetchTest : public QObject
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

    QTemporaryDir m_dir;
    std::unique_ptr<Test::TestPki> m_pki;
    std::unique_ptr<Test::HttpsTestServer> m_server;
    Dns::ZoneFileResolver m_zone;
    QJsonArray m_cases;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_pki = std::make_unique<Test::TestPki>(m_dir.path());
        m_cases = QJsonDocument::fromJson(Test::readData(u"mta-sts/cases.json"_s))
                      .object()
                      .value("cases"_L1)
                      .toArray();
        QJsonObject sites;
        QString zone = u"$ORIGIN loc.\n@ 300 IN SOA ns hostmaster 1 3600 600 86400 300\n"
                       "@ 300 IN NS ns\nns 300 IN A 127.0.0.1\n"_s;
        QStringList names;
        for (const QJsonValue &item : std::as_const(m_cases)) {
            const QJsonObject c = item.toObject();
            const QString domain = c.value("domain"_L1).toString();
            const QJsonObject served = c.value("policy"_L1).toObject();
            if (served.isEmpty() || domain.startsWith(u'.') || domain.endsWith(u'.'))
                continue;
            const QString host = u"mta-sts."_s + domain;
            names << host;
            QJsonObject site{{u"status"_s, served.value("http_status"_L1).toInt()},
                             {u"type"_s, served.value("content_type"_L1).toString()}};
            if (served.contains("body_file"_L1))
                site.insert(u"body"_s,
                            QString::fromUtf8(Test::readData(
                                u"mta-sts/"_s + served.value("body_file"_L1).toString())));
            else // the two overlength cases: a valid policy, then 2049 × 64 "a"
                site.insert(u"body"_s,
                            u"version: STSv1\nmode: enforce\nmx: mail.loc\nmax_age: 86400\n"_s),
                    site.insert(u"pad"_s, 2049 * 64);
            if (domain.startsWith("chunked"_L1))
                site.insert(u"chunked"_s, true);
            if (domain == "bad-cert1.loc"_L1) { // untrusted: signed by no anchor
                const auto self = m_pki->selfSigned(u"bad-cert1"_s, {host});
                site.insert(u"cert"_s, self.certificate), site.insert(u"key"_s, self.key);
            } else if (domain == "bad-cert2.loc"_L1) { // trusted, for another name
                const auto other = m_pki->issue(u"bad-cert2"_s, {u"mta-sts.other.loc"_s});
                site.insert(u"cert"_s, other.certificate), site.insert(u"key"_s, other.key);
            }
            sites.insert(host, site);
            zone += u"%1. 300 IN A 127.0.0.1\n"_s.arg(host);
        }
        sites.insert(u"mta-sts.redirect.loc"_s,
                     QJsonObject{{u"status"_s, 301},
                                 {u"location"_s, u"https://www.redirect.loc/mta-sts.txt"_s},
                                 {u"body"_s, u"moved"_s}});
        sites.insert(u"mta-sts.crlf.loc"_s,
                     QJsonObject{{u"status"_s, 200},
                                 {u"type"_s, u"text/plain; charset=utf-8"_s},
                                 {u"body"_s,
                                  u"version: STSv1\r\nmode: enforce\r\nmx: *.crlf.loc\r\n"_s
                                  u"max_age: 604800\r\n"_s}});
        names << u"mta-sts.redirect.loc"_s << u"mta-sts.crlf.loc"_s << u"mta-sts.absent.loc"_s;
        zone += u"mta-sts.redirect.loc. 300 IN A 127.0.0.1\nmta-sts.crlf.loc. 300 IN A 127.0.0.1\n"
                "mta-sts.absent.loc. 300 IN A 127.0.0.1\nmta-sts.noaddr.loc. 300 IN TXT \"x\"\n"_s;
        QVERIFY(m_zone.addZoneText(zone.toUtf8()));
        m_server
            = std::make_unique<Test::HttpsTestServer>(m_pki->issue(u"default"_s, names), sites);
    }

    void conformance_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<int>("outcome");
        QTest::addColumn<bool>("policyValid");
        for (const QJsonValue &item : std::as_const(m_cases)) {
            const QJsonObject c = item.toObject();
            const QString domain = c.value("domain"_L1).toString();
            if (c.value("policy"_L1).toObject().isEmpty() || domain.startsWith(u'.')
                || domain.endsWith(u'.'))
                continue;
            const QString expected = c.value("expected_fetch_result"_L1).toString();
            Outcome outcome = Outcome::Fetched;
            if (domain.startsWith("bad-cert"_L1))
                outcome = Outcome::CertificateInvalid;
            else if (domain == "bad-policy3.loc"_L1)
                outcome = Outcome::WrongContentType;
            else if (domain == "bad-policy4.loc"_L1)
                outcome = Outcome::HttpError;
            else if (domain.contains("overlength"_L1))
                outcome = Outcome::TooLarge;
            QTest::newRow(qPrintable(domain)) << domain << int(outcome) << (expected == "VALID"_L1);
        }
        QTest::newRow("redirect") << u"redirect.loc"_s << int(Outcome::Redirected) << false;
        QTest::newRow("CRLF, charset") << u"crlf.loc"_s << int(Outcome::Fetched) << true;
        QTest::newRow("404 of an unknown host")
            << u"absent.loc"_s << int(Outcome::HttpError) << false;
        QTest::newRow("no address") << u"noaddr.loc"_s << int(Outcome::NoAddress) << false;
    }
    void conformance()
    {
        QFETCH(QString, domain);
        QFETCH(int, outcome);
        QFETCH(bool, policyValid);
        const MtaStsFetch fetch
            = Test::await(fetchMtaStsPolicy(&m_zone, domain, settings(m_server->port())));
        QVERIFY2(int(fetch.outcome) == outcome,
                 qPrintable(u"outcome %1, detail %2"_s.arg(int(fetch.outcome)).arg(fetch.detail)));
        QCOMPARE(fetch.host, u"mta-sts."_s + domain);
        QVERIFY(!fetch.couldNotFetch());
        if (fetch.outcome == Outcome::Fetched)
            QCOMPARE(parseMtaStsPolicy(fetch.body).hasValue(), policyValid);
        else
            QVERIFY(fetch.body.isEmpty());
        if (fetch.outcome == Outcome::Redirected)
            QCOMPARE(fetch.location, u"https://www.redirect.loc/mta-sts.txt"_s);
        if (fetch.outcome == Outcome::HttpError)
            QCOMPARE(fetch.httpStatus, 404);
        if (fetch.outcome == Outcome::CertificateInvalid)
            QVERIFY(!fetch.detail.isEmpty());
    }

    // Nothing listens on the port: could not check, never "no policy".
    void connectionRefused()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        const MtaStsFetch fetch
            = Test::await(fetchMtaStsPolicy(&m_zone, u"good.loc"_s, settings(port)));
        QCOMPARE(fetch.outcome, Outcome::ConnectFailed);
        QVERIFY(fetch.couldNotFetch());
        QVERIFY(!fetch.detail.isEmpty());
    }

    // A server that accepts and never speaks: the timeout ends the fetch, as could not check.
    void silentServer()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        TransportSettings s = settings(silent.serverPort());
        s.timeoutMs = 300;
        const MtaStsFetch fetch = Test::await(fetchMtaStsPolicy(&m_zone, u"good.loc"_s, s));
        QCOMPARE(fetch.outcome, Outcome::ConnectFailed);
        QVERIFY(fetch.couldNotFetch());
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
        const MtaStsFetch fetch
            = Test::await(fetchMtaStsPolicy(&resolver, u"good.loc"_s, settings(m_server->port())));
        QCOMPARE(fetch.outcome, Outcome::LookupFailed);
        QVERIFY(fetch.couldNotFetch());
    }
};

QTEST_GUILESS_MAIN(MtaStsFetchTest)
#include "tst_mtastsfetch.moc"
