#include "model/transport/danecheck.h"
#include "model/transport/danefindings.h"

#include "await.h"
#include "countingdnsrelay.h"
#include "testenv.h"
#include "tls/testpki.h"

#include <QFile>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Sceau;
using namespace Sceau::Transport;
using namespace Qt::StringLiterals;
using Dns::DnssecStatus;

namespace {
Dns::ResolverSettings settingsFor(const Dns::NameServer &server)
{
    Dns::ResolverSettings settings;
    settings.servers = {server};
    settings.timeoutMs = 500;
    return settings;
}

DaneOptions postfixOptions()
{
    DaneOptions options;
    options.transport.ports = *PortMap::parse(u"25=%1"_s.arg(Test::postfixPort()));
    options.transport.timeoutMs = 5000;
    options.warnDays = 7;
    return options;
}

QStringList ids(const QList<Finding> &findings)
{
    QStringList list;
    for (const Finding &finding : findings)
        list << finding.id;
    std::sort(list.begin(), list.end());
    return list;
}

QByteArray leafDer(const QString &pem)
{
    const auto certs = QSslCertificate::fromPath(pem);
    if (certs.isEmpty())
        qFatal("no certificate in %s", qPrintable(pem));
    return certs.first().toDer();
}
} // namespace

// checkDane against the dnssec fixture (Knot signing, unbound validating) and the real Postfix
// whose certificate the TLSA records describe (tests/support/dnssec/dnssec-fixture.sh).
class DaneCheckTest : public QObject
{
    Q_OBJECT
private:
    DaneReport check(const QString &domain,
                     const DaneOptions &options = postfixOptions(),
                     const Dns::NameServer &server = Test::validatorServer())
    {
        Dns::DnssecResolver resolver(settingsFor(server));
        return Test::await(checkDane(&resolver, domain, options), 60000);
    }

private slots:
    void domains_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QStringList>("findings");
        QTest::addColumn<bool>("inForce");
        QTest::addColumn<bool>("matches");
        QTest::newRow("secure, 3 1 1 and 2 1 1 match")
            << u"sceau.test"_s << QStringList{u"dane.match"_s, u"dnssec.domain-secure"_s} << true
            << true;
        QTest::newRow("secure, TLSA behind a CNAME")
            << u"cname.dane.test"_s << QStringList{u"dane.match"_s, u"dnssec.domain-secure"_s}
            << true << true;
        QTest::newRow("secure, mismatch")
            << u"mismatch.dane.test"_s << QStringList{u"dane.mismatch"_s, u"dnssec.domain-secure"_s}
            << true << false;
        QTest::newRow("secure, PKIX usage only") << u"pkix.dane.test"_s
                                                 << QStringList{u"dane.no-usable-tlsa"_s,
                                                                u"dane.unusable-usage"_s,
                                                                u"dnssec.domain-secure"_s}
                                                 << false << false;
        QTest::newRow("secure, no TLSA")
            << u"none.dane.test"_s << QStringList{u"dane.no-tlsa"_s, u"dnssec.domain-secure"_s}
            << false << false;
        QTest::newRow("bogus") << u"bogus.test"_s
                               << QStringList{u"dane.tlsa-bogus"_s,
                                              u"dnssec.domain-bogus"_s,
                                              u"dnssec.host-bogus"_s}
                               << false << true;
        QTest::newRow("insecure: matching TLSA, not in force")
            << u"insecure.test"_s
            << QStringList{u"dane.tlsa-insecure"_s, u"dnssec.domain-insecure"_s} << false << true;
    }
    void domains()
    {
        QFETCH(QString, domain);
        QFETCH(QStringList, findings);
        QFETCH(bool, inForce);
        QFETCH(bool, matches);
        const DaneReport report = check(domain);
        QCOMPARE(ids(report.findings), findings);
        QVERIFY(!report.incomplete());
        QCOMPARE(report.hosts.size(), 1);
        const DaneHost &host = report.hosts.first();
        QCOMPARE(host.inForce(), inForce);
        const bool matched = !host.addresses.isEmpty() && host.addresses.first().matchesTlsa();
        QCOMPARE(matched, matches);
    }

    // The records and the chain index each matched at; the MX's DNSSEC statuses.
    void secureDetails()
    {
        const DaneReport report = check(u"sceau.test"_s);
        QCOMPARE(report.mx.status, DnssecStatus::Secure);
        const DaneHost &host = report.hosts.first();
        QCOMPARE(host.host, u"mail.sceau.test"_s);
        QCOMPARE(host.addressStatus(), DnssecStatus::Secure);
        QCOMPARE(host.tlsa.status, DnssecStatus::Secure);
        QCOMPARE(host.records.size(), 2);
        QCOMPARE(host.addresses.size(), 1);
        const DaneAddress &address = host.addresses.first();
        QCOMPARE(address.endpoint.port, Test::postfixPort());
        for (qsizetype i = 0; i < host.records.size(); ++i) {
            QCOMPARE(address.matches.at(i).verdict, TlsaMatch::Verdict::Matched);
            QCOMPARE(address.matches.at(i).depth, host.records.at(i).usage == 3 ? 0 : 1);
        }
        QVERIFY(address.expires.has_value());
    }

    // A TLSA lookup that fails is could not check, never "no DANE"; the MX still reads secure.
    void tlsaLookupFails()
    {
        for (const auto fault :
             {Test::CountingDnsRelay::Fault::ServFail, Test::CountingDnsRelay::Fault::Silent}) {
            Test::CountingDnsRelay relay(Test::validatorServer());
            relay.fail(Dns::RrType::TLSA, fault);
            const DaneReport report = check(u"sceau.test"_s, postfixOptions(), relay.address());
            QCOMPARE(ids(report.findings),
                     (QStringList{u"dns.lookup-failed"_s, u"dnssec.domain-secure"_s}));
            QVERIFY(report.incomplete());
            QCOMPARE(report.hosts.first().tlsa.status, DnssecStatus::CouldNotCheck);
            QVERIFY(report.hosts.first().addresses.isEmpty()); // nothing to match against
            QVERIFY(!hasPostureError(report.findings));
        }
    }

    // The Postfix certificate ends in 30 days: within 60, a rollover warning.
    void rolloverDue()
    {
        DaneOptions options = postfixOptions();
        options.warnDays = 60;
        QStringList found = ids(check(u"cname.dane.test"_s, options).findings);
        QVERIFY2(found.contains(u"dane.rollover-due"_s), qPrintable(found.join(u' ')));
        options.warnDays = 7;
        found = ids(check(u"cname.dane.test"_s, options).findings);
        QVERIFY(!found.contains(u"dane.rollover-due"_s));
    }

    // A next certificate with another key breaks a 3 1 1-only set; the current one does not.
    void nextCertificate()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const Test::TestPki pki(dir.path());
        DaneOptions options = postfixOptions();
        options.nextCertificate
            = leafDer(pki.issue(u"next"_s, {u"mx.cname.dane.test"_s}).certificate);
        QVERIFY(ids(check(u"cname.dane.test"_s, options).findings)
                    .contains(u"dane.rollover-unmatched"_s));
        options.nextCertificate = leafDer(Test::postfixLeaf());
        QVERIFY(!ids(check(u"cname.dane.test"_s, options).findings)
                     .contains(u"dane.rollover-unmatched"_s));
    }

    // Every id has a catalogue text naming its first argument.
    void catalogue()
    {
        namespace Id = DaneFindingId;
        for (const QString &id : {Id::DomainSecure,
                                  Id::DomainInsecure,
                                  Id::DomainBogus,
                                  Id::HostInsecure,
                                  Id::HostBogus,
                                  Id::NoTlsa,
                                  Id::TlsaInsecure,
                                  Id::TlsaBogus,
                                  Id::InvalidRecord,
                                  Id::UnusableUsage,
                                  Id::NoUsableTlsa,
                                  Id::Match,
                                  Id::Mismatch,
                                  Id::NoTls,
                                  Id::RolloverDue,
                                  Id::RolloverUnmatched}) {
            const auto text
                = daneFindingText({id, Severity::Info, {u"mx.example.test"_s, u"1"_s}, {}});
            QVERIFY2(text, qPrintable(id));
            QVERIFY2(text->title.contains(u"mx.example.test"_s), qPrintable(id));
            QVERIFY(!text->explanation.isEmpty());
        }
        QVERIFY(!daneFindingText({u"tls.no-starttls"_s, Severity::Info, {}, {}}));
    }
};

QTEST_GUILESS_MAIN(DaneCheckTest)
#include "tst_danecheck.moc"
