#include "model/transport/addressprobe.h"
#include "smtp/smtptestserver.h"
#include "tests/support/await.h"
#include "tests/support/testenv.h"
#include "tls/testpki.h"

#include <QProcess>

#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Sceau;
using namespace Sceau::Transport;
using namespace Qt::StringLiterals;
using Mode = Test::SmtpTestServer::Mode;

Q_DECLARE_METATYPE(Sceau::Test::SmtpTestServer::Mode)

// Every server the suite can stage, classified under the three delivery modes (DESIGN.md §2b),
// with the versions it accepts.
class AddressProbeTest : public QObject
{
    Q_OBJECT
private:
    AddressProbe probe(quint16 port, int timeoutMs = 10000) const
    {
        ProbeOptions options;
        options.anchors = {false, {m_pki->caCertificate()}};
        options.heloName = u"probe.sceau.test"_s;
        options.timeoutMs = timeoutMs;
        return Test::await(
            probeAddress({u"mail.example.test"_s, QHostAddress::LocalHost, port}, options));
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Test::TestPki> m_pki;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_pki = std::make_unique<Test::TestPki>(m_dir.path());
    }

    void classify_data()
    {
        QTest::addColumn<Mode>("mode");
        QTest::addColumn<QString>("certificate"); // good, wrong-name, expired, self-signed
        QTest::addColumn<QString>("tlsMin");
        QTest::addColumn<QString>("tlsMax");
        QTest::addColumn<QStringList>("delivery"); // default, require-tls, skip-verify
        QTest::addColumn<QStringList>("accepted"); // versions the server completes

        const QString modern12 = u"TLSv1_2"_s, modern13 = u"TLSv1_3"_s;
        const QStringList current{u"tls1_2"_s, u"tls1_3"_s};
        QTest::newRow("good") << Mode::StartTls << u"good"_s << modern12 << modern13
                              << QStringList{u"encrypted-verified"_s,
                                             u"encrypted-verified"_s,
                                             u"encrypted-verified"_s}
                              << current;
        const QStringList unverified{u"plaintext"_s, u"refused"_s, u"encrypted-unverified"_s};
        QTest::newRow("wrong name")
            << Mode::StartTls << u"wrong-name"_s << modern12 << modern13 << unverified << current;
        QTest::newRow("expired") << Mode::StartTls << u"expired"_s << modern12 << modern13
                                 << unverified << current;
        QTest::newRow("self-signed")
            << Mode::StartTls << u"self-signed"_s << modern12 << modern13 << unverified << current;
        const QStringList noTls{u"plaintext"_s, u"refused"_s, u"plaintext"_s};
        QTest::newRow("TLS 1.0 only") << Mode::StartTls << u"good"_s << u"TLSv1"_s << u"TLSv1"_s
                                      << noTls << QStringList{u"tls1_0"_s};
        QTest::newRow("no STARTTLS")
            << Mode::NoStartTls << u"good"_s << modern12 << modern13 << noTls << QStringList();
        QTest::newRow("454 to STARTTLS")
            << Mode::RefuseTls << u"good"_s << modern12 << modern13 << noTls << QStringList();
        QTest::newRow("reset after STARTTLS") << Mode::ResetAfterStartTls << u"good"_s << modern12
                                              << modern13 << noTls << QStringList();
        const QStringList untested{u"could-not-test"_s, u"could-not-test"_s, u"could-not-test"_s};
        QTest::newRow("421 at connect")
            << Mode::Busy << u"good"_s << modern12 << modern13 << untested << QStringList();
    }

    void classify()
    {
        QFETCH(Mode, mode);
        QFETCH(QString, certificate);
        QFETCH(QString, tlsMin);
        QFETCH(QString, tlsMax);
        QFETCH(QStringList, delivery);
        QFETCH(QStringList, accepted);
        static int serial = 0;
        const QString label = u"leaf%1"_s.arg(++serial);
        const Test::TestPki::Issued issued
            = certificate == u"wrong-name" ? m_pki->issue(label, {u"other.example.test"_s})
              : certificate == u"expired"  ? m_pki->issue(label, {u"mail.example.test"_s}, -40, 30)
              : certificate == u"self-signed" ? m_pki->selfSigned(label, {u"mail.example.test"_s})
                                              : m_pki->issue(label, {u"mail.example.test"_s});
        Test::SmtpTestServer server(mode, issued, tlsMin, tlsMax);
        const AddressProbe result = probe(server.port());
        const QStringList seen{DeliveryTokens.token(deliveryOf(result, DeliveryMode::Default)),
                               DeliveryTokens.token(deliveryOf(result, DeliveryMode::RequireTls)),
                               DeliveryTokens.token(deliveryOf(result, DeliveryMode::SkipVerify))};
        QCOMPARE(seen, delivery);
        QStringList versions;
        for (auto it = result.accepted.cbegin(); it != result.accepted.cend(); ++it) {
            if (it.value())
                versions << TlsVersionTokens.token(it.key());
        }
        QCOMPARE(versions, accepted);
        if (!accepted.isEmpty()) // every version was tried and answered
            QCOMPARE(result.accepted.size(), 4);
    }

    // The real Postfix of the suite (TLS 1.2 and 1.3, a certificate for mail.sceau.test), and
    // the same verdicts from openssl s_client, version by version.
    void postfix()
    {
        ProbeOptions options;
        options.anchors = {false, {Test::postfixCa()}};
        options.heloName = u"probe.sceau.test"_s;
        const AddressProbe result = Test::await(probeAddress(
            {u"mail.sceau.test"_s, QHostAddress::LocalHost, Test::postfixPort()}, options));
        QCOMPARE(result.attempt.outcome, SmtpTlsAttempt::Outcome::Encrypted);
        QVERIFY(result.attempt.greeting.startsWith(u"mail.sceau.test ESMTP"));
        QCOMPARE(result.attempt.handshake.info.protocol, TlsVersion::Tls1_3);
        QVERIFY(result.certificate);
        QVERIFY2(result.certificate->trusted, qPrintable(result.certificate->trustError));
        QVERIFY(result.certificate->nameMatches);
        for (const auto mode :
             {DeliveryMode::Default, DeliveryMode::RequireTls, DeliveryMode::SkipVerify})
            QCOMPARE(deliveryOf(result, mode), Delivery::EncryptedVerified);

        static const char *const flags[] = {"-tls1", "-tls1_1", "-tls1_2", "-tls1_3"};
        for (const TlsVersion version : AllTlsVersions) {
            QProcess client;
            client.start(u"openssl"_s,
                         {u"s_client"_s,
                          u"-starttls"_s,
                          u"smtp"_s,
                          u"-connect"_s,
                          u"127.0.0.1:%1"_s.arg(Test::postfixPort()),
                          QString::fromLatin1(flags[int(version)]),
                          u"-cipher"_s,
                          u"DEFAULT@SECLEVEL=0"_s,
                          u"-CAfile"_s,
                          Test::postfixCa(),
                          u"-verify_hostname"_s,
                          u"mail.sceau.test"_s,
                          u"-verify_return_error"_s});
            client.closeWriteChannel();
            QVERIFY(client.waitForFinished(20000));
            const bool opensslAccepted = client.exitCode() == 0;
            QVERIFY2(result.accepted.contains(version),
                     qPrintable(TlsVersionTokens.token(version)));
            QCOMPARE(result.accepted.value(version), opensslAccepted);
        }
        QCOMPARE(result.accepted.value(TlsVersion::Tls1_2), true);
        QCOMPARE(result.accepted.value(TlsVersion::Tls1_1), false);
    }

    void closedPortCouldNotBeTested()
    {
        QTcpServer probeSocket;
        QVERIFY(probeSocket.listen(QHostAddress::LocalHost));
        const quint16 port = probeSocket.serverPort();
        probeSocket.close();
        const AddressProbe result = probe(port);
        for (const auto mode :
             {DeliveryMode::Default, DeliveryMode::RequireTls, DeliveryMode::SkipVerify})
            QCOMPARE(deliveryOf(result, mode), Delivery::CouldNotTest);
        QVERIFY(result.accepted.isEmpty());
        QVERIFY(!result.certificate);
    }
};

QTEST_GUILESS_MAIN(AddressProbeTest)
#include "tst_addressprobe.moc"
