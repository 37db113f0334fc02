#include "model/transport/addressprobe.h"
#include "model/transport/implicittlsattempt.h"
#include "smtp/smtptestserver.h"
#include "tests/support/await.h"
#include "tls/testpki.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Sceau;
using namespace Sceau::Transport;
using namespace Qt::StringLiterals;
using Mode = Test::SmtpTestServer::Mode;
using Outcome = SmtpTlsAttempt::Outcome;

// TLS from the first byte (RFC 8314, port 465), against the suite's SMTP server speaking TLS at
// once, and against servers that do not.
class ImplicitTlsAttemptTest : public QObject
{
    Q_OBJECT
private:
    static SmtpEndpoint endpoint(quint16 port)
    {
        return {u"mail.example.test"_s, QHostAddress::LocalHost, port, SmtpSecurity::ImplicitTls};
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Test::TestPki> m_pki;
    Test::TestPki::Issued m_leaf;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_pki = std::make_unique<Test::TestPki>(m_dir.path());
        m_leaf = m_pki->issue(u"mx"_s, {u"mail.example.test"_s});
    }

    // The handshake first, then the greeting and EHLO, encrypted.
    void tlsFirst()
    {
        Test::SmtpTestServer server(Mode::ImplicitTls, m_leaf);
        const SmtpTlsAttempt attempt = Test::await(
            attemptImplicitTls(endpoint(server.port()), {}, u"probe.sceau.test"_s, 10000));
        QCOMPARE(attempt.outcome, Outcome::Encrypted);
        QVERIFY2(attempt.greeting.contains(u"Sceau test server"_s), qPrintable(attempt.greeting));
        QVERIFY(attempt.keywords.contains(u"PIPELINING"_s));
        QVERIFY(!attempt.keywords.contains(u"STARTTLS"_s));
        QCOMPARE(attempt.lastCode, 250);
        QVERIFY(!attempt.handshake.info.chain.isEmpty());
    }

    // attemptTls follows the endpoint; probeAddress sweeps the versions over implicit TLS too.
    void probeAddressOverImplicitTls()
    {
        Test::SmtpTestServer server(Mode::ImplicitTls, m_leaf, u"TLSv1_2"_s, u"TLSv1_2"_s);
        ProbeOptions options;
        options.anchors = {false, {m_pki->caCertificate()}};
        const AddressProbe probe = Test::await(probeAddress(endpoint(server.port()), options));
        QCOMPARE(probe.attempt.outcome, Outcome::Encrypted);
        QCOMPARE(probe.attempt.handshake.info.protocol, TlsVersion::Tls1_2);
        QCOMPARE(probe.accepted.value(TlsVersion::Tls1_2), true);
        QCOMPARE(probe.accepted.value(TlsVersion::Tls1_3), false);
        QCOMPARE(deliveryOf(probe, DeliveryMode::RequireTls), Delivery::EncryptedVerified);
    }

    // A plaintext SMTP server on the port: its greeting is no TLS record.
    void plaintextServerFailsTheHandshake()
    {
        Test::SmtpTestServer server(Mode::StartTls, m_leaf);
        const SmtpTlsAttempt attempt = Test::await(
            attemptImplicitTls(endpoint(server.port()), {}, u"probe.sceau.test"_s, 10000));
        QCOMPARE(attempt.outcome, Outcome::HandshakeFailed);
        QVERIFY(!attempt.couldNotTest());
    }

    void refusedPortCouldNotTest()
    {
        quint16 port = 0;
        {
            Test::SmtpTestServer gone(Mode::Busy); // a port that was just free
            port = gone.port();
        }
        const SmtpTlsAttempt attempt
            = Test::await(attemptImplicitTls(endpoint(port), {}, u"probe.sceau.test"_s, 10000));
        QVERIFY(attempt.couldNotTest());
    }
};

QTEST_GUILESS_MAIN(ImplicitTlsAttemptTest)
#include "tst_implicittlsattempt.moc"
