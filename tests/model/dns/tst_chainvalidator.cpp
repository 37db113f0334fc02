#include "model/dns/chainvalidator.h"
#include "model/dns/dnsseccrypto.h"
#include "model/dns/liveresolver.h"

#include "await.h"
#include "countingdnsrelay.h"
#include "testenv.h"

#include <QDateTime>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
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
    settings.timeoutMs = 1000;
    return settings;
}

// The dnssec fixture's anchors (the KSKs of sceau.test and dane.test; bogus.test anchored on
// sceau.test's key, so it is bogus), the same file unbound validates from.
QString fixtureAnchorFile()
{
    return qEnvironmentVariable("SCEAU_TEST_WORKDIR") + u"/dnssec/anchors.key"_s;
}

TrustAnchors fixtureAnchors()
{
    Result<TrustAnchors> anchors = loadTrustAnchors(fixtureAnchorFile());
    if (!anchors)
        qFatal("%s", qPrintable(anchors.error().detail));
    return *anchors;
}

// The anchors in BIND's syntax, for delv.
QByteArray bindAnchors(const TrustAnchors &anchors)
{
    QByteArray text;
    for (const ResourceRecord &record : anchors.records) {
        const QStringList f = record.rdata;
        text += QStringLiteral("trust-anchors { %1. %2 %3 %4 %5 \"%6\"; };\n")
                    .arg(record.owner,
                         record.type == RrType::DS ? u"static-ds"_s : u"static-key"_s,
                         f.value(0),
                         f.value(1),
                         f.value(2),
                         f.mid(3).join(QString()))
                    .toUtf8();
    }
    return text;
}
} // namespace

// Sceau's own validation (ChainValidator) against the dnssec fixture (tests/support/dnssec):
// Knot signs sceau.test, dane.test (with a signed child sub.dane.test, DS in the parent, and an
// unsigned child unsigned.dane.test), bogus.test (anchored on another key); nsec3.test,
// optout.test (Opt-Out) and iter.test (151 iterations) with NSEC3, each with an unsigned child;
// insecure.test is unsigned and unanchored. unbound serves the data with CD=1; Sceau checks it with
// ldns.
class tst_ChainValidator : public QObject
{
    Q_OBJECT
private:
    struct Case
    {
        const char *tag;
        QString name;
        RrType type;
        DnssecStatus status;
        int records;
    };
    static QList<Case> cases()
    {
        return {
            {"secure MX", u"sceau.test"_s, RrType::MX, DnssecStatus::Secure, 1},
            {"secure TLSA", u"_25._tcp.mail.sceau.test"_s, RrType::TLSA, DnssecStatus::Secure, 2},
            {"secure NXDOMAIN (NSEC)", u"nothere.sceau.test"_s, RrType::A, DnssecStatus::Secure, 0},
            {"secure NODATA (NSEC)", u"mail.sceau.test"_s, RrType::TXT, DnssecStatus::Secure, 0},
            {"secure wildcard answer (NSEC for the name)",
             u"any.wild.sceau.test"_s,
             RrType::TXT,
             DnssecStatus::Secure,
             1},
            {"secure TLSA behind a CNAME",
             u"_25._tcp.mx.cname.dane.test"_s,
             RrType::TLSA,
             DnssecStatus::Secure,
             1},
            {"secure through a DS", u"mail.sub.dane.test"_s, RrType::A, DnssecStatus::Secure, 1},
            {"insecure: proven unsigned delegation",
             u"mail.unsigned.dane.test"_s,
             RrType::A,
             DnssecStatus::Insecure,
             1},
            {"insecure: no anchor",
             u"_25._tcp.mail.insecure.test"_s,
             RrType::TLSA,
             DnssecStatus::Insecure,
             1},
            {"secure NXDOMAIN (NSEC3)",
             u"nothere.nsec3.test"_s,
             RrType::A,
             DnssecStatus::Secure,
             0},
            {"secure NODATA (NSEC3)", u"mail.nsec3.test"_s, RrType::TXT, DnssecStatus::Secure, 0},
            {"secure wildcard answer (NSEC3 for the next closer name)",
             u"any.wild.nsec3.test"_s,
             RrType::TXT,
             DnssecStatus::Secure,
             1},
            {"insecure: unsigned delegation proven by NSEC3",
             u"mail.unsigned.nsec3.test"_s,
             RrType::A,
             DnssecStatus::Insecure,
             1},
            {"insecure: delegation in an NSEC3 Opt-Out span",
             u"mail.unsigned.optout.test"_s,
             RrType::A,
             DnssecStatus::Insecure,
             1},
            {"secure NXDOMAIN beside an Opt-Out span",
             u"nothere.optout.test"_s,
             RrType::A,
             DnssecStatus::Secure,
             0},
            {"insecure: NSEC3 with 151 iterations (RFC 9276)",
             u"nothere.iter.test"_s,
             RrType::A,
             DnssecStatus::Insecure,
             0},
            {"bogus: key matches no anchor",
             u"_25._tcp.mail.bogus.test"_s,
             RrType::TLSA,
             DnssecStatus::Bogus,
             1},
        };
    }

private slots:
    void liveStatus_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<RrType>("type");
        QTest::addColumn<DnssecStatus>("status");
        QTest::addColumn<int>("records");
        for (const Case &c : cases())
            QTest::newRow(c.tag) << c.name << c.type << c.status << c.records;
    }
    void liveStatus()
    {
        QFETCH(QString, name);
        QFETCH(RrType, type);
        QFETCH(DnssecStatus, status);
        QFETCH(int, records);
        ChainValidator validator(settingsFor(Test::validatorServer()), fixtureAnchors());
        const DnssecLookup result = Test::await(validator.lookup(name, type));
        QVERIFY2(result.status == status,
                 qPrintable(DnssecStatuses.token(result.status) + u": "_s + result.lookup.detail));
        QCOMPARE(result.method, DnssecMethod::TrustAnchor);
        QCOMPARE(result.shown().records.size(), records);
        // Bogus: the data is kept aside (shown, never trusted), the lookup says why
        QCOMPARE(result.unchecked.has_value(), status == DnssecStatus::Bogus);
        if (status == DnssecStatus::Bogus) {
            QCOMPARE(result.lookup.status, LookupStatus::ServerFailure);
            QVERIFY(result.lookup.records.isEmpty());
            QVERIFY(result.lookup.detail.contains(u"trust anchor"_s));
        }
    }

    // The same verdicts as BIND's delv, validating from the same anchors through the same
    // resolver (each name with the anchor above it as its root; insecure.test under
    // sceau.test's, which does not cover it).
    void sameVerdictAsDelv()
    {
        const QString delv = QStandardPaths::findExecutable(u"delv"_s);
        QVERIFY2(!delv.isEmpty(), "delv (Debian package bind9-dnsutils) is needed");
        const TrustAnchors anchors = fixtureAnchors();
        QTemporaryDir dir;
        QFile file(dir.filePath(u"anchors.conf"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bindAnchors(anchors));
        file.close();
        const NameServer server = Test::validatorServer();
        ChainValidator validator(settingsFor(server), anchors);
        for (const Case &c : cases()) {
            const QString root = anchors.coveringZone(c.name).value_or(u"sceau.test"_s);
            QProcess process;
            process.start(delv,
                          {u"-a"_s,
                           file.fileName(),
                           u"+root="_s + root,
                           u"@"_s + server.address.toString(),
                           u"-p"_s,
                           QString::number(server.port),
                           c.name,
                           typeName(c.type)});
            QVERIFY(process.waitForFinished(30000));
            const QString out = QString::fromUtf8(process.readAllStandardOutput()
                                                  + process.readAllStandardError());
            DnssecStatus reference = DnssecStatus::Bogus;
            if (out.contains(u"fully validated"_s))
                reference = DnssecStatus::Secure;
            else if (out.contains(u"unsigned answer"_s))
                reference = DnssecStatus::Insecure;
            else
                QVERIFY2(out.contains(u"resolution failed"_s), qPrintable(out));
            const DnssecLookup ours = Test::await(validator.lookup(c.name, c.type));
            QVERIFY2(ours.status == reference,
                     qPrintable(c.name + u": Sceau "_s + DnssecStatuses.token(ours.status)
                                + u", delv: "_s + out));
        }
    }

    // The NSEC3 proofs Knot sends prove what they are about and nothing else: a proof replayed
    // for another name or type does not deny it (each check can fail).
    void nsec3ProofsAreSpecific()
    {
        using namespace DnssecCrypto;
        ResolverConfig config;
        config.servers = {Test::validatorServer()};
        config.query.dnssecOk = true;
        config.query.checkingDisabled = true;
        LiveResolver resolver(config);
        const auto nsec3In = [&](const QString &name, RrType type, LookupStatus expected) {
            const LookupResult result = Test::await(resolver.lookup(name, type));
            [&] { QCOMPARE(result.status, expected); }();
            QList<ResourceRecord> records;
            for (const ResourceRecord &record : result.authoritySection)
                if (record.type == Nsec3)
                    records << record;
            return usableNsec3(records);
        };
        const QList<ResourceRecord> nxdomain
            = nsec3In(u"nothere.nsec3.test"_s, RrType::A, LookupStatus::NxDomain);
        QVERIFY(!nxdomain.isEmpty());
        QVERIFY(nsec3Denies(u"nothere.nsec3.test"_s, RrType::A, nxdomain, true));
        QVERIFY(!nsec3Denies(u"mail.nsec3.test"_s, RrType::A, nxdomain, true));

        const QList<ResourceRecord> nodata
            = nsec3In(u"mail.nsec3.test"_s, RrType::TXT, LookupStatus::NoData);
        QVERIFY(nsec3Denies(u"mail.nsec3.test"_s, RrType::TXT, nodata, false));
        QVERIFY(!nsec3Denies(u"mail.nsec3.test"_s, RrType::A, nodata, false)); // A is there

        const QList<ResourceRecord> delegation
            = nsec3In(u"unsigned.nsec3.test"_s, RrType::DS, LookupStatus::NoData);
        QVERIFY(nsec3ProvesInsecureDelegation(u"unsigned.nsec3.test"_s, delegation));
        QVERIFY(!nsec3ProvesInsecureDelegation(u"mail.nsec3.test"_s, nodata)); // no NS there
        const QList<ResourceRecord> optOut
            = nsec3In(u"unsigned.optout.test"_s, RrType::DS, LookupStatus::NoData);
        QVERIFY(nsec3ProvesInsecureDelegation(u"unsigned.optout.test"_s, optOut));

        // 151 iterations: no record is usable, so no hashing is done (RFC 9276 §3.2)
        QVERIFY(nsec3In(u"nothere.iter.test"_s, RrType::A, LookupStatus::NxDomain).isEmpty());
    }

    // A wrong DS anchor for sceau.test (a digest of no key of it): bogus.
    void wrongAnchorIsBogus()
    {
        const Result<TrustAnchors> anchors = parseTrustAnchors(
            "sceau.test. IN DS 4242 13 2 "
            "C988EC423E3880EB8DD8A46E0BAD5E9C2A4C6A3D4C4D7B1A9E7E4D5F6A7B8C9D\n",
            u"wrong"_s);
        QVERIFY(anchors);
        ChainValidator validator(settingsFor(Test::validatorServer()), *anchors);
        const DnssecLookup result = Test::await(validator.lookup(u"sceau.test"_s, RrType::MX));
        QCOMPARE(result.status, DnssecStatus::Bogus);
        QVERIFY(result.unchecked && result.unchecked->records.size() == 1);
    }

    // A DS anchor: the DS that dane.test publishes for sub.dane.test, as the only anchor, makes
    // sub.dane.test secure; dane.test, above it, is then covered by nothing: insecure.
    void dsAnchorIsSecure()
    {
        ChainValidator probe(settingsFor(Test::validatorServer()), fixtureAnchors());
        const DnssecLookup ds = Test::await(probe.lookup(u"sub.dane.test"_s, RrType::DS));
        QCOMPARE(ds.status, DnssecStatus::Secure);
        QCOMPARE(ds.lookup.records.size(), 1);
        const Result<TrustAnchors> anchors
            = parseTrustAnchors(ds.lookup.records.first().toText().toUtf8(), u"ds"_s);
        QVERIFY(anchors);
        ChainValidator validator(settingsFor(Test::validatorServer()), *anchors);
        QCOMPARE(Test::await(validator.lookup(u"mail.sub.dane.test"_s, RrType::A)).status,
                 DnssecStatus::Secure);
        // dane.test itself is above that anchor: nothing covers it
        QCOMPARE(Test::await(validator.lookup(u"dane.test"_s, RrType::SOA)).status,
                 DnssecStatus::Insecure);
    }

    // Signatures judged a year from now have expired (Knot signs for two weeks): bogus.
    void expiredSignatureIsBogus()
    {
        ChainValidator validator(settingsFor(Test::validatorServer()), fixtureAnchors());
        validator.setValidationTime(QDateTime::currentSecsSinceEpoch() + 366 * 24 * 3600);
        const DnssecLookup result = Test::await(validator.lookup(u"sceau.test"_s, RrType::MX));
        QCOMPARE(result.status, DnssecStatus::Bogus);
        QVERIFY2(result.lookup.detail.contains(u"expired"_s), qPrintable(result.lookup.detail));
    }

    // A failed lookup, of the answer or of the chain (DNSKEY, DS): could not check, never
    // insecure or bogus; the lookup says what failed.
    void failuresCouldNotCheck_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<RrType>("failing");
        QTest::addColumn<int>("fault");
        using F = Test::CountingDnsRelay::Fault;
        QTest::newRow("answer SERVFAIL") << u"sceau.test"_s << RrType::MX << int(F::ServFail);
        QTest::newRow("answer silent") << u"sceau.test"_s << RrType::MX << int(F::Silent);
        QTest::newRow("DNSKEY SERVFAIL") << u"sceau.test"_s << RrType::DNSKEY << int(F::ServFail);
        QTest::newRow("DS silent") << u"mail.sub.dane.test"_s << RrType::DS << int(F::Silent);
    }
    void failuresCouldNotCheck()
    {
        QFETCH(QString, name);
        QFETCH(RrType, failing);
        QFETCH(int, fault);
        Test::CountingDnsRelay relay(Test::validatorServer());
        relay.fail(failing, Test::CountingDnsRelay::Fault(fault));
        ChainValidator validator(settingsFor(relay.address()), fixtureAnchors());
        const RrType type = name == u"sceau.test"_s ? RrType::MX : RrType::A;
        const DnssecLookup result = Test::await(validator.lookup(name, type));
        QCOMPARE(result.status, DnssecStatus::CouldNotCheck);
        QVERIFY(result.lookup.failed());
        QVERIFY(!result.lookup.detail.isEmpty());
    }

    // Through DnssecResolver: an anchor file in the settings selects Sceau's validation and
    // says which file; an unreadable one makes every lookup could-not-check.
    void resolverUsesTheAnchorFile()
    {
        ResolverSettings settings = settingsFor(Test::validatorServer());
        settings.trustAnchorFile = fixtureAnchorFile();
        DnssecResolver resolver(settings);
        const DnssecLookup result = Test::await(resolver.lookup(u"sceau.test"_s, RrType::MX));
        QCOMPARE(result.status, DnssecStatus::Secure);
        QCOMPARE(result.method, DnssecMethod::TrustAnchor);
        QCOMPARE(result.trustAnchorFile, fixtureAnchorFile());
        QCOMPARE(DnssecMethods.token(DnssecMethod::TrustAnchor), u"trust-anchor"_s);

        settings.trustAnchorFile = u"/nonexistent/anchors.key"_s;
        DnssecResolver broken(settings);
        const DnssecLookup failed = Test::await(broken.lookup(u"sceau.test"_s, RrType::MX));
        QCOMPARE(failed.status, DnssecStatus::CouldNotCheck);
        QCOMPARE(failed.method, DnssecMethod::TrustAnchor);
        QVERIFY(failed.lookup.detail.contains(u"/nonexistent/anchors.key"_s));
    }
};

QTEST_GUILESS_MAIN(tst_ChainValidator)
#include "tst_chainvalidator.moc"
