#include "model/transport/smtptlsattempt.h"
#include "smtp/smtptestserver.h"
#include "tests/support/await.h"
#include "tls/testpki.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Sceau;
using namespace Sceau::Transport;
using namespace Qt::StringLiterals;
using Mode = Test::SmtpTestServer::Mode;
using Outcome = SmtpTlsAttempt::Outcome;

Q_DECLARE_METATYPE(Sceau::Transport::SmtpTlsAttempt::Outcome)
Q_DECLARE_METATYPE(Sceau::Test::SmtpTestServer::Mode)

// One SMTP connection trying STARTTLS, against the suite's SMTP server in each of its modes.
class SmtpTlsAttemptTest : public QObject
{
    Q_OBJECT
private:
    static SmtpTlsAttempt
    attempt(quint16 port, const TlsClientOptions &tls = {}, int timeoutMs = 10000)
    {
        const SmtpEndpoint endpoint{u"mail.example.test"_s, QHostAddress::LocalHost, port};
        return Test::await(attemptStartTls(endpoint, tls, u"probe.sceau.test"_s, timeoutMs));
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

    void modes_data()
    {
        QTest::addColumn<Mode>("mode");
        QTest::addColumn<Outcome>("outcome");
        QTest::addColumn<int>("lastCode");
        QTest::addColumn<bool>("couldNotTest");
        QTest::newRow("STARTTLS") << Mode::StartTls << Outcome::Encrypted << 220 << false;
        QTest::newRow("no STARTTLS") << Mode::NoStartTls << Outcome::NoStartTls << 250 << false;
        QTest::newRow("421 at connect") << Mode::Busy << Outcome::TemporaryFailure << 421 << true;
        QTest::newRow("reset after STARTTLS")
            << Mode::ResetAfterStartTls << Outcome::HandshakeFailed << 220 << false;
        QTest::newRow("454 to STARTTLS")
            << Mode::RefuseTls << Outcome::StartTlsRefused << 454 << false;
    }

    void modes()
    {
        QFETCH(Mode, mode);
        QFETCH(Outcome, outcome);
        QFETCH(int, lastCode);
        QFETCH(bool, couldNotTest);
        Test::SmtpTestServer server(mode, m_leaf);
        const SmtpTlsAttempt result = attempt(server.port());
        QCOMPARE(result.outcome, outcome);
        QCOMPARE(result.lastCode, lastCode);
        QCOMPARE(result.couldNotTest(), couldNotTest);
        if (outcome == Outcome::Encrypted) {
            QCOMPARE(result.greeting, u"mail.example.test ESMTP Sceau test server"_s);
            QVERIFY(result.keywords.contains(u"STARTTLS"_s));
            QCOMPARE(result.handshake.info.protocol, TlsVersion::Tls1_3);
            QCOMPARE(result.handshake.info.chain.size(), 2);
        }
        if (outcome == Outcome::NoStartTls)
            QVERIFY(!result.keywords.contains(u"STARTTLS"_s));
    }

    void versionsOverStartTls()
    {
        Test::SmtpTestServer legacy(Mode::StartTls, m_leaf, u"TLSv1"_s, u"TLSv1"_s);
        QCOMPARE(attempt(legacy.port()).outcome, Outcome::HandshakeFailed); // default: ≥ 1.2
        const SmtpTlsAttempt old = attempt(
            legacy.port(), {u"mail.example.test"_s, TlsVersion::Tls1_0, TlsVersion::Tls1_0});
        QCOMPARE(old.outcome, Outcome::Encrypted);
        QCOMPARE(old.handshake.info.protocol, TlsVersion::Tls1_0);

        Test::SmtpTestServer modern(Mode::StartTls, m_leaf);
        const SmtpTlsAttempt twelve = attempt(
            modern.port(), {u"mail.example.test"_s, TlsVersion::Tls1_2, TlsVersion::Tls1_2});
        QCOMPARE(twelve.handshake.info.protocol, TlsVersion::Tls1_2);
    }

    void closedPort()
    {
        QTcpServer probe; // a port nobody listens on once this closes
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        const SmtpTlsAttempt result = attempt(port);
        QCOMPARE(result.outcome, Outcome::ConnectionFailed);
        QVERIFY(result.couldNotTest());
    }

    void silentServer()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        const SmtpTlsAttempt result = attempt(silent.serverPort(), {}, 300);
        QCOMPARE(result.outcome, Outcome::TimedOut);
        QVERIFY(result.couldNotTest());
    }

    void notSmtp()
    {
        QTcpServer http;
        QVERIFY(http.listen(QHostAddress::LocalHost));
        connect(&http, &QTcpServer::newConnection, &http, [&http] {
            http.nextPendingConnection()->write("HTTP/1.1 400 Bad Request\r\n\r\n");
        });
        const SmtpTlsAttempt result = attempt(http.serverPort());
        QCOMPARE(result.outcome, Outcome::NotSmtp);
        QVERIFY(result.couldNotTest());
    }
};

QTEST_GUILESS_MAIN(SmtpTlsAttemptTest)
#include "tst_smtptlsattempt.moc"
