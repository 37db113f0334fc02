#include "smtp/smtptestserver.h"
#include "tests/support/clirun.h"
#include "tests/support/testenv.h"
#include "tls/testpki.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Sceau;
using namespace Qt::StringLiterals;
using Mode = Test::SmtpTestServer::Mode;

// sceau-cli tls probe against the real Postfix and the suite's SMTP server: the JSON of
// docs/cli.md, the delivery under each mode, the exit codes.
class TlsCliTest : public QObject
{
    Q_OBJECT
private:
    static QJsonObject firstAddress(const QJsonObject &json)
    {
        return json.value(u"addresses").toArray().first().toObject();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Test::TestPki> m_pki;
    QString m_zone;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_pki = std::make_unique<Test::TestPki>(m_dir.path());
        m_zone = m_dir.filePath(u"sceau.test.zone"_s);
        QFile zone(m_zone);
        QVERIFY(zone.open(QIODevice::WriteOnly));
        zone.write("$ORIGIN sceau.test.\n$TTL 300\n@ IN SOA ns hostmaster 1 3600 600 86400 300\n"
                   "@ IN NS ns\nns IN A 127.0.0.1\nmail IN A 127.0.0.1\n");
    }

    void postfix()
    {
        const QString target = u"mail.sceau.test:%1"_s.arg(Test::postfixPort());
        const Test::CliRun run = Test::runCli({u"tls"_s,
                                               u"probe"_s,
                                               target,
                                               u"--ca"_s,
                                               Test::postfixCa(),
                                               u"--zone-file"_s,
                                               m_zone,
                                               u"--offline"_s,
                                               u"--json"_s});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject json = run.json();
        QCOMPARE(json.value(u"host").toString(), u"mail.sceau.test"_s);
        QCOMPARE(json.value(u"port").toInt(), int(Test::postfixPort()));
        QCOMPARE(json.value(u"mode").toString(), u"default"_s);
        QCOMPARE(json.value(u"complete").toBool(), true);
        const QJsonObject address = firstAddress(json);
        QCOMPARE(address.value(u"address").toString(), u"127.0.0.1"_s);
        QCOMPARE(address.value(u"starttls").toBool(), true);
        QCOMPARE(address.value(u"delivery").toString(), u"encrypted-verified"_s);
        const QJsonObject protocols = address.value(u"protocols").toObject();
        QCOMPARE(protocols.value(u"tls1_0").toBool(true), false);
        QCOMPARE(protocols.value(u"tls1_1").toBool(true), false);
        QCOMPARE(protocols.value(u"tls1_2").toBool(), true);
        QCOMPARE(protocols.value(u"tls1_3").toBool(), true);
        QCOMPARE(address.value(u"negotiated").toObject().value(u"protocol").toString(),
                 u"tls1_3"_s);
        const QJsonObject cert = address.value(u"certificate").toObject();
        QCOMPARE(cert.value(u"trusted").toBool(), true);
        QCOMPARE(cert.value(u"name_matches").toBool(), true);
        QCOMPARE(cert.value(u"san").toArray(), QJsonArray{u"mail.sceau.test"_s});
        QCOMPARE(cert.value(u"key_type").toString(), u"EC"_s);
        QVERIFY(cert.value(u"days_left").toInt() >= 29);
        QCOMPARE(Test::findingIds(json), QStringList{u"tls.encrypted"_s});

        // Without the test CA, the certificate does not verify: plaintext by default,
        // encrypted but unverified when verification is skipped.
        const QString literal = u"127.0.0.1:%1"_s.arg(Test::postfixPort());
        const QStringList common{
            u"tls"_s, u"probe"_s, literal, u"--servername"_s, u"mail.sceau.test"_s, u"--json"_s};
        const Test::CliRun untrusted = Test::runCli(common);
        QCOMPARE(untrusted.exitCode, 0); // a warning, not an error
        QCOMPARE(firstAddress(untrusted.json()).value(u"delivery").toString(), u"plaintext"_s);
        QVERIFY(Test::findingIds(untrusted.json()).contains(u"tls.cert-untrusted"_s));
        const Test::CliRun skip = Test::runCli(common + QStringList{u"--skip-verify"_s});
        QCOMPARE(firstAddress(skip.json()).value(u"delivery").toString(),
                 u"encrypted-unverified"_s);
        const Test::CliRun require = Test::runCli(common + QStringList{u"--require-tls"_s});
        QCOMPARE(firstAddress(require.json()).value(u"delivery").toString(), u"refused"_s);
    }

    // --port-map sends "port 25 of the MX" to the local Postfix; the report keeps port 25.
    void portMapReachesAnotherPort()
    {
        const Test::CliRun run = Test::runCli({u"tls"_s,
                                               u"probe"_s,
                                               u"mail.sceau.test"_s,
                                               u"--port-map"_s,
                                               u"25=%1"_s.arg(Test::postfixPort()),
                                               u"--ca"_s,
                                               Test::postfixCa(),
                                               u"--zone-file"_s,
                                               m_zone,
                                               u"--offline"_s,
                                               u"--json"_s});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.json().value(u"port").toInt(), 25);
        const QJsonObject address = firstAddress(run.json());
        QCOMPARE(address.value(u"connected_port").toInt(), int(Test::postfixPort()));
        QCOMPARE(address.value(u"delivery").toString(), u"encrypted-verified"_s);

        const Test::CliRun bad = Test::runCli(
            {u"tls"_s, u"probe"_s, u"mail.sceau.test"_s, u"--port-map"_s, u"25:2525"_s});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains("--port-map"));
    }

    void plaintextServer()
    {
        Test::SmtpTestServer server(Mode::NoStartTls);
        const QString target = u"127.0.0.1:%1"_s.arg(server.port());
        const Test::CliRun run = Test::runCli({u"tls"_s, u"probe"_s, target, u"--json"_s});
        QCOMPARE(run.exitCode, 1);
        const QJsonObject address = firstAddress(run.json());
        QCOMPARE(address.value(u"starttls").toBool(true), false);
        QCOMPARE(address.value(u"delivery").toString(), u"plaintext"_s);
        QVERIFY(address.value(u"certificate").isNull());
        QCOMPARE(Test::findingIds(run.json()), QStringList{u"tls.no-starttls"_s});
        const Test::CliRun require
            = Test::runCli({u"tls"_s, u"probe"_s, target, u"--require-tls"_s, u"--json"_s});
        QCOMPARE(firstAddress(require.json()).value(u"delivery").toString(), u"refused"_s);
    }

    // --implicit-tls: TLS from the first byte (RFC 8314); the same JSON, implicit_tls true.
    void implicitTls()
    {
        Test::SmtpTestServer server(Mode::ImplicitTls,
                                    m_pki->issue(u"implicit"_s, {u"mail.sceau.test"_s}));
        const QStringList common{u"tls"_s,
                                 u"probe"_s,
                                 u"127.0.0.1:%1"_s.arg(server.port()),
                                 u"--servername"_s,
                                 u"mail.sceau.test"_s,
                                 u"--ca"_s,
                                 m_pki->caCertificate(),
                                 u"--json"_s};
        const Test::CliRun run = Test::runCli(common + QStringList{u"--implicit-tls"_s});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.json().value(u"implicit_tls").toBool(), true);
        const QJsonObject address = firstAddress(run.json());
        QCOMPARE(address.value(u"delivery").toString(), u"encrypted-verified"_s);
        QVERIFY(address.value(u"greeting").toString().contains(u"Sceau test server"_s));
        QCOMPARE(Test::findingIds(run.json()), QStringList{u"tls.encrypted"_s});
    }

    void busyServerCouldNotBeTested()
    {
        Test::SmtpTestServer server(Mode::Busy);
        const Test::CliRun run = Test::runCli(
            {u"tls"_s, u"probe"_s, u"127.0.0.1:%1"_s.arg(server.port()), u"--json"_s});
        QCOMPARE(run.exitCode, 3);
        const QJsonObject json = run.json();
        QCOMPARE(json.value(u"complete").toBool(true), false);
        const QJsonObject address = firstAddress(json);
        QCOMPARE(address.value(u"delivery").toString(), u"could-not-test"_s);
        QVERIFY(address.value(u"starttls").isNull()); // unknown, not "no"
        QCOMPARE(Test::findingIds(json), QStringList{u"tls.could-not-test"_s});
    }

    void textOutput()
    {
        Test::SmtpTestServer server(Mode::StartTls,
                                    m_pki->issue(u"text"_s, {u"mail.sceau.test"_s}));
        const Test::CliRun run = Test::runCli({u"tls"_s,
                                               u"probe"_s,
                                               u"127.0.0.1:%1"_s.arg(server.port()),
                                               u"--servername"_s,
                                               u"mail.sceau.test"_s,
                                               u"--ca"_s,
                                               m_pki->caCertificate()});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(": encrypted-verified\n"), run.out.constData());
        QVERIFY(run.out.contains("accepts tls1_2, tls1_3"));
        const Test::CliRun french
            = Test::runCli({u"tls"_s, u"probe"_s, u"127.0.0.1:%1"_s.arg(server.port())},
                           {},
                           QProcessEnvironment::systemEnvironment(),
                           u"fr"_s);
        QVERIFY2(french.out.contains("accepte tls1_2, tls1_3"), french.out.constData());
    }

    void badUsage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no host") << QStringList{};
        QTest::newRow("two hosts") << QStringList{u"a.test"_s, u"b.test"_s};
        QTest::newRow("bad port") << QStringList{u"mail.sceau.test:99999"_s};
        QTest::newRow("bad name") << QStringList{u"bad..name"_s};
        QTest::newRow("both modes")
            << QStringList{u"mail.sceau.test"_s, u"--require-tls"_s, u"--skip-verify"_s};
        QTest::newRow("unreadable CA")
            << QStringList{u"mail.sceau.test"_s, u"--ca"_s, u"/nonexistent/ca.pem"_s};
    }

    void badUsage()
    {
        QFETCH(QStringList, arguments);
        const Test::CliRun run = Test::runCli(QStringList{u"tls"_s, u"probe"_s} + arguments
                                              + QStringList{u"--offline"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!run.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TlsCliTest)
#include "tst_tlscli.moc"
