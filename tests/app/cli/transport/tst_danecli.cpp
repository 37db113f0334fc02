#include "countingdnsrelay.h"
#include "tests/support/clirun.h"
#include "tests/support/testenv.h"

#include <QJsonArray>
#include <QProcess>
#include <QTest>

using namespace Sceau;
using namespace Qt::StringLiterals;

namespace {
// Global options: the validating unbound of the dnssec fixture (or server), Postfix as port 25.
QStringList options(const Dns::NameServer &server = Test::validatorServer())
{
    return {u"--nameserver"_s,
            u"%1:%2"_s.arg(server.address.toString()).arg(server.port),
            u"--timeout"_s,
            u"500"_s,
            u"--port-map"_s,
            u"25=%1"_s.arg(Test::postfixPort()),
            u"--json"_s};
}

// SHA-256 of the public key of a PEM certificate, by openssl (the reference tool).
QString opensslSpki(const QString &pem)
{
    QProcess process;
    process.start(u"/bin/sh"_s,
                  {u"-c"_s,
                   u"openssl x509 -in '%1' -pubkey -noout | openssl pkey -pubin -outform DER | "
                   u"openssl dgst -sha256"_s.arg(pem)});
    if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 30000)
        || process.exitCode() != 0)
        qFatal("openssl failed");
    const QString out = QString::fromLatin1(process.readAllStandardOutput()).trimmed();
    return out.mid(out.lastIndexOf(u' ') + 1);
}
} // namespace

// sceau-cli dane check / dane generate against the dnssec fixture and the real Postfix.
class DaneCliTest : public QObject
{
    Q_OBJECT
private slots:
    void checkSecure()
    {
        const Test::CliRun run
            = Test::runCli(options() + QStringList{u"dane"_s, u"check"_s, u"sceau.test"_s});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject json = run.json();
        QCOMPARE(json.value(u"dnssec").toObject().value(u"status").toString(), u"secure"_s);
        QCOMPARE(json.value(u"dnssec").toObject().value(u"method").toString(),
                 u"resolver-ad-bit"_s);
        QCOMPARE(json.value(u"complete").toBool(), true);
        const QJsonObject mx = json.value(u"mx").toArray().first().toObject();
        QCOMPARE(mx.value(u"host").toString(), u"mail.sceau.test"_s);
        QCOMPARE(mx.value(u"dane_in_force").toBool(), true);
        QCOMPARE(mx.value(u"tlsa").toObject().value(u"records").toArray().size(), 2);
        const QJsonObject address = mx.value(u"addresses").toArray().first().toObject();
        QCOMPARE(address.value(u"authenticated").toBool(), true);
        QCOMPARE(address.value(u"port").toInt(), int(Test::postfixPort()));
        QCOMPARE(Test::findingIds(json), (QStringList{u"dane.match"_s, u"dnssec.domain-secure"_s}));
    }

    void checkExitCodes_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("finding");
        QTest::newRow("mismatch") << u"mismatch.dane.test"_s << 1 << u"dane.mismatch"_s;
        QTest::newRow("bogus") << u"bogus.test"_s << 1 << u"dane.tlsa-bogus"_s;
        QTest::newRow("insecure") << u"insecure.test"_s << 0 << u"dane.tlsa-insecure"_s;
        QTest::newRow("no TLSA") << u"none.dane.test"_s << 0 << u"dane.no-tlsa"_s;
    }
    void checkExitCodes()
    {
        QFETCH(QString, domain);
        QFETCH(int, exitCode);
        QFETCH(QString, finding);
        const Test::CliRun run
            = Test::runCli(options() + QStringList{u"dane"_s, u"check"_s, domain});
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY(Test::findingIds(run.json()).contains(finding));
    }

    // A TLSA lookup that fails: exit 3 (could not complete), never "no DANE".
    // --trust-anchor: Sceau validates from the fixture's anchors (the same verdicts as the AD
    // bit of unbound, which validates from that file), and says so and from which file; the
    // text output names the method too. A file that is not anchors is bad usage.
    void checkWithTrustAnchor()
    {
        const QString anchors
            = qEnvironmentVariable("SCEAU_TEST_WORKDIR") + u"/dnssec/anchors.key"_s;
        const QStringList withAnchor = options() + QStringList{u"--trust-anchor"_s, anchors};
        const Test::CliRun run
            = Test::runCli(withAnchor + QStringList{u"dane"_s, u"check"_s, u"sceau.test"_s});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject json = run.json();
        const QJsonObject dnssec = json.value(u"dnssec").toObject();
        QCOMPARE(dnssec.value(u"status").toString(), u"secure"_s);
        QCOMPARE(dnssec.value(u"method").toString(), u"trust-anchor"_s);
        QCOMPARE(dnssec.value(u"trust_anchor").toString(), anchors);
        const QJsonObject mx = json.value(u"mx").toArray().first().toObject();
        QCOMPARE(mx.value(u"dane_in_force").toBool(), true);
        QCOMPARE(
            mx.value(u"tlsa").toObject().value(u"dnssec").toObject().value(u"method").toString(),
            u"trust-anchor"_s);

        const Test::CliRun bogus
            = Test::runCli(withAnchor + QStringList{u"dane"_s, u"check"_s, u"bogus.test"_s});
        QCOMPARE(bogus.exitCode, 1);
        QVERIFY(Test::findingIds(bogus.json()).contains(u"dane.tlsa-bogus"_s));

        QStringList text = withAnchor;
        text.removeAll(u"--json"_s);
        const Test::CliRun plain
            = Test::runCli(text + QStringList{u"dane"_s, u"check"_s, u"sceau.test"_s});
        QVERIFY(QString::fromUtf8(plain.out).contains(u"trust anchors in "_s + anchors));

        const Test::CliRun notAnchors = Test::runCli(
            options()
            + QStringList{
                u"--trust-anchor"_s, Test::postfixCa(), u"dane"_s, u"check"_s, u"sceau.test"_s});
        QCOMPARE(notAnchors.exitCode, 2);
        QVERIFY(QString::fromUtf8(notAnchors.err).contains(u"--trust-anchor"_s));
    }

    void checkTlsaServFail()
    {
        Test::CountingDnsRelay relay(Test::validatorServer());
        relay.fail(Dns::RrType::TLSA, Test::CountingDnsRelay::Fault::ServFail);
        const Test::CliRun run = Test::runCli(
            options(relay.address()) + QStringList{u"dane"_s, u"check"_s, u"sceau.test"_s});
        QCOMPARE(run.exitCode, 3);
        const QJsonObject json = run.json();
        QCOMPARE(json.value(u"complete").toBool(), false);
        const QStringList ids = Test::findingIds(json);
        QVERIFY(ids.contains(u"dns.lookup-failed"_s));
        QVERIFY(!ids.contains(u"dane.no-tlsa"_s));
        const QJsonObject tlsa
            = json.value(u"mx").toArray().first().toObject().value(u"tlsa").toObject();
        QCOMPARE(tlsa.value(u"dnssec").toObject().value(u"status").toString(),
                 u"could-not-check"_s);
    }

    void checkBadUsage()
    {
        QCOMPARE(Test::runCli(options() + QStringList{u"dane"_s, u"check"_s}).exitCode, 2);
        QCOMPARE(
            Test::runCli(
                options()
                + QStringList{u"dane"_s, u"check"_s, u"sceau.test"_s, u"--warn-days"_s, u"x"_s})
                .exitCode,
            2);
        QCOMPARE(Test::runCli(options()
                              + QStringList{u"dane"_s,
                                            u"check"_s,
                                            u"sceau.test"_s,
                                            u"--next-cert"_s,
                                            u"/nonexistent"_s})
                     .exitCode,
                 2);
    }

    // The records generated from Postfix's live certificate equal openssl's digests of the
    // fixture's certificate files, and are what the secure zone publishes.
    void generate()
    {
        const Test::CliRun run
            = Test::runCli(options() + QStringList{u"dane"_s, u"generate"_s, u"mail.sceau.test"_s});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonArray records = run.json().value(u"records").toArray();
        QCOMPARE(records.size(), 2);
        const QString leaf = opensslSpki(Test::postfixLeaf());
        const QString ca = opensslSpki(Test::postfixCa());
        QCOMPARE(records.at(0).toObject().value(u"zone_line").toString(),
                 u"_25._tcp.mail.sceau.test. IN TLSA 3 1 1 "_s + leaf);
        QCOMPARE(records.at(1).toObject().value(u"zone_line").toString(),
                 u"_25._tcp.mail.sceau.test. IN TLSA 2 1 1 "_s + ca);
        QCOMPARE(records.at(1).toObject().value(u"depth").toInt(), 1);

        QStringList text = options();
        text.removeAll(u"--json"_s);
        const Test::CliRun plain
            = Test::runCli(text + QStringList{u"dane"_s, u"generate"_s, u"mail.sceau.test"_s});
        QCOMPARE(plain.exitCode, 0);
        QCOMPARE(QString::fromLatin1(plain.out).split(u'\n', Qt::SkipEmptyParts).first(),
                 u"_25._tcp.mail.sceau.test. IN TLSA 3 1 1 "_s + leaf);
    }

    // Nothing listens: could not complete (3), not "no certificate" as a posture.
    void generateUnreachable()
    {
        const Test::CliRun run
            = Test::runCli({u"--port-map"_s, u"25=1"_s, u"dane"_s, u"generate"_s, u"127.0.0.1"_s});
        QCOMPARE(run.exitCode, 3);
    }

    // check --dane: the audit carries the same DANE report as dane check, its findings merged
    // (each once); without --dane no DANE is asked; --dane without MX probes is a usage error.
    void checkWithDane()
    {
        const Test::CliRun run
            = Test::runCli(options() + QStringList{u"check"_s, u"sceau.test"_s, u"--dane"_s});
        const QJsonObject json = run.json();
        QVERIFY2(json.contains(u"dane"_s), run.out.constData());
        const QJsonObject dane = json.value(u"dane"_s).toObject();
        QCOMPARE(dane.value(u"dnssec"_s).toObject().value(u"status"_s).toString(), u"secure"_s);
        QCOMPARE(dane.value(u"mx"_s).toArray().first().toObject().value(u"dane_in_force"_s),
                 QJsonValue(true));
        const QStringList ids = Test::findingIds(json);
        QCOMPARE(ids.count(u"dane.match"_s), 1);
        QCOMPARE(ids.count(u"dnssec.domain-secure"_s), 1);
        QVERIFY(json.contains(u"transport"_s));

        const Test::CliRun mismatch = Test::runCli(
            options() + QStringList{u"check"_s, u"mismatch.dane.test"_s, u"--dane"_s});
        QCOMPARE(mismatch.exitCode, 1);
        QVERIFY(Test::findingIds(mismatch.json()).contains(u"dane.mismatch"_s));

        const Test::CliRun plain
            = Test::runCli(options() + QStringList{u"check"_s, u"sceau.test"_s});
        QVERIFY(!plain.json().contains(u"dane"_s));
        for (const QString &id : Test::findingIds(plain.json()))
            QVERIFY2(!id.startsWith(u"dane."_s), qPrintable(id));

        const Test::CliRun noTls = Test::runCli(
            options() + QStringList{u"check"_s, u"sceau.test"_s, u"--dane"_s, u"--no-tls"_s});
        QCOMPARE(noTls.exitCode, 2);
        QVERIFY(noTls.err.contains("--dane"));
    }
};

QTEST_GUILESS_MAIN(DaneCliTest)
#include "tst_danecli.moc"
