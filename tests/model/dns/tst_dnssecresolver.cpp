#include "model/dns/dnssecresolver.h"

#include "await.h"
#include "countingdnsrelay.h"
#include "faultydnsserver.h"
#include "testenv.h"

#include <QTest>

using namespace Sceau;
using namespace Sceau::Dns;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Sceau::Dns::DnssecStatus)
Q_DECLARE_METATYPE(Sceau::Dns::RrType)

namespace {
ResolverSettings settingsFor(const NameServer &server)
{
    ResolverSettings settings;
    settings.servers = {server};
    settings.timeoutMs = 500;
    return settings;
}
} // namespace

// The dnssec fixture: Knot signs sceau.test, dane.test, bogus.test (anchored on another key)
// and serves insecure.test unsigned; unbound validates them (tests/support/dnssec).
class tst_DnssecResolver : public QObject
{
    Q_OBJECT
private slots:
    // The rule itself, on every kind of lookup it can meet.
    void statusRule()
    {
        LookupResult answer;
        answer.status = LookupStatus::Answer;
        QCOMPARE(dnssecStatusOf(answer, nullptr), DnssecStatus::Insecure);
        answer.authenticated = true;
        QCOMPARE(dnssecStatusOf(answer, nullptr), DnssecStatus::Secure);
        LookupResult nodata;
        nodata.status = LookupStatus::NxDomain;
        nodata.authenticated = true; // an authenticated denial (NSEC) is secure too
        QCOMPARE(dnssecStatusOf(nodata, nullptr), DnssecStatus::Secure);
        LookupResult servfail;
        servfail.status = LookupStatus::ServerFailure;
        QCOMPARE(dnssecStatusOf(servfail, nullptr), DnssecStatus::CouldNotCheck);
        QCOMPARE(dnssecStatusOf(servfail, &servfail), DnssecStatus::CouldNotCheck);
        QCOMPARE(dnssecStatusOf(servfail, &answer), DnssecStatus::Bogus);
        for (const LookupStatus failure : {LookupStatus::Timeout,
                                           LookupStatus::Refused,
                                           LookupStatus::NetworkError,
                                           LookupStatus::Malformed,
                                           LookupStatus::CnameLoop}) {
            LookupResult failed;
            failed.status = failure;
            QCOMPARE(dnssecStatusOf(failed, &answer), DnssecStatus::CouldNotCheck);
        }
    }

    void liveStatus_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<RrType>("type");
        QTest::addColumn<DnssecStatus>("status");
        QTest::addColumn<int>("records");
        QTest::newRow("secure MX") << u"sceau.test"_s << RrType::MX << DnssecStatus::Secure << 1;
        QTest::newRow("secure TLSA")
            << u"_25._tcp.mail.sceau.test"_s << RrType::TLSA << DnssecStatus::Secure << 2;
        QTest::newRow("secure NODATA")
            << u"_25._tcp.mx.none.dane.test"_s << RrType::TLSA << DnssecStatus::Secure << 0;
        QTest::newRow("secure TLSA behind a CNAME")
            << u"_25._tcp.mx.cname.dane.test"_s << RrType::TLSA << DnssecStatus::Secure << 1;
        QTest::newRow("insecure") << u"_25._tcp.mail.insecure.test"_s << RrType::TLSA
                                  << DnssecStatus::Insecure << 1;
        QTest::newRow("bogus") << u"_25._tcp.mail.bogus.test"_s << RrType::TLSA
                               << DnssecStatus::Bogus << 1;
    }
    void liveStatus()
    {
        QFETCH(QString, name);
        QFETCH(RrType, type);
        QFETCH(DnssecStatus, status);
        QFETCH(int, records);
        DnssecResolver resolver(settingsFor(Test::validatorServer()));
        const DnssecLookup result = Test::await(resolver.lookup(name, type));
        QCOMPARE(result.status, status);
        QCOMPARE(result.method, DnssecMethod::ResolverAdBit);
        QCOMPARE(result.shown().records.size(), records);
        // Bogus: the validator said SERVFAIL, and served the data under CD=1 (RFC 4035 §3.2.2).
        QCOMPARE(result.unchecked.has_value(), status == DnssecStatus::Bogus);
        if (status == DnssecStatus::Bogus)
            QCOMPARE(result.lookup.status, LookupStatus::ServerFailure);
    }

    // A SERVFAIL that CD=1 does not lift, a silent server, a refusal: could not check, never
    // insecure or bogus; the MX of the same resolver still answers secure.
    void failuresCouldNotCheck()
    {
        for (const auto fault :
             {Test::CountingDnsRelay::Fault::ServFail, Test::CountingDnsRelay::Fault::Silent}) {
            Test::CountingDnsRelay relay(Test::validatorServer());
            relay.fail(RrType::TLSA, fault);
            DnssecResolver resolver(settingsFor(relay.address()));
            const DnssecLookup tlsa
                = Test::await(resolver.lookup(u"_25._tcp.mail.sceau.test"_s, RrType::TLSA));
            QCOMPARE(tlsa.status, DnssecStatus::CouldNotCheck);
            QVERIFY(tlsa.lookup.failed());
            QCOMPARE(Test::await(resolver.lookup(u"sceau.test"_s, RrType::MX)).status,
                     DnssecStatus::Secure);
        }
        Test::FaultyDnsServer refused(Test::FaultyDnsServer::Fault::Refused);
        DnssecResolver resolver(settingsFor(refused.address()));
        QCOMPARE(Test::await(resolver.lookup(u"sceau.test"_s, RrType::MX)).status,
                 DnssecStatus::CouldNotCheck);
    }

    // Offline there is no validating resolver to ask: could not check, without a query.
    void offlineCouldNotCheck()
    {
        ResolverSettings settings = settingsFor(Test::validatorServer());
        settings.offline = true;
        DnssecResolver resolver(settings);
        const DnssecLookup result = Test::await(resolver.lookup(u"sceau.test"_s, RrType::MX));
        QCOMPARE(result.status, DnssecStatus::CouldNotCheck);
        QCOMPARE(result.lookup.status, LookupStatus::NetworkError);
    }

    void tokens()
    {
        QCOMPARE(DnssecStatuses.token(DnssecStatus::CouldNotCheck), u"could-not-check"_s);
        QCOMPARE(DnssecMethods.token(DnssecMethod::ResolverAdBit), u"resolver-ad-bit"_s);
    }
};

QTEST_GUILESS_MAIN(tst_DnssecResolver)
#include "tst_dnssecresolver.moc"
