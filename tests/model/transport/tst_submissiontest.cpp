#include "model/audit/findingcatalogue.h"
#include "model/dns/resolverfactory.h"
#include "model/transport/submissionfindings.h"
#include "model/transport/submissiontest.h"
#include "smtp/smtptestserver.h"
#include "tests/support/testenv.h"
#include "tls/testpki.h"

#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Sceau;
using namespace Sceau::Transport;
using namespace Qt::StringLiterals;
using Mode = Test::SmtpTestServer::Mode;

Q_DECLARE_METATYPE(Sceau::Test::SmtpTestServer::Mode)
Q_DECLARE_METATYPE(Sceau::Transport::SubmissionSecurity)

// The authenticated submission test against the submission fixture's real Postfix (Cyrus
// SASL, STARTTLS on one port, implicit TLS on another) and the suite's SMTP server for what
// Postfix will not do (AUTH before TLS, LOGIN only, no STARTTLS, 421).
class SubmissionTestTest : public QObject
{
    Q_OBJECT
private:
    struct Run
    {
        SubmissionResult result;
        QList<SubmissionTest::Step> steps;
    };

    // password is copied first: the test wipes the buffer it is given, and every QByteArray
    // sharing it (Secrets::wipe), which would wipe the fixture's password for the next run.
    Run run(SubmissionRequest request,
            const QByteArray &password,
            const QString &ca,
            quint16 connectPort,
            bool cancelAtHandshake = false,
            Dns::Resolver *resolver = nullptr)
    {
        TransportSettings settings;
        settings.anchors = {false, ca.isEmpty() ? QStringList() : QStringList{ca}};
        settings.heloName = u"client.sceau.test"_s;
        settings.timeoutMs = 5000;
        settings.ports = *PortMap::parse(u"%1=%2"_s.arg(request.port).arg(connectPort));
        SubmissionTest test(
            std::move(request), QByteArray(password.constData(), password.size()), settings);
        Run result;
        bool done = false;
        connect(&test, &SubmissionTest::stepChanged, this, [&](SubmissionTest::Step step) {
            result.steps << step;
            if (cancelAtHandshake && step == SubmissionTest::Step::Handshake)
                test.cancel();
        });
        connect(&test, &SubmissionTest::finished, this, [&](const SubmissionResult &r) {
            QVERIFY(!done); // exactly once
            done = true;
            result.result = r;
        });
        test.start(resolver); // none needed for an IP literal
        if (!QTest::qWaitFor([&] { return done; }, 30000))
            qFatal("the submission test did not finish");
        return result;
    }

    static SubmissionRequest request(SubmissionSecurity security, const QString &user)
    {
        SubmissionRequest r;
        r.host = u"127.0.0.1"_s;
        r.serverName = u"mail.sceau.test"_s;
        r.security = security;
        r.port = standardPort(security);
        r.username = user;
        return r;
    }

    static QStringList ids(const SubmissionResult &result)
    {
        QStringList list;
        for (const Finding &f : result.findings) {
            list << f.id;
            // every id has its catalogue text, with its arguments filled in
            const FindingText text = Audit::FindingCatalogue::text(f);
            if (text.title == f.id || text.title.contains(u"%1"_s))
                qFatal("no catalogue text for %s", qPrintable(f.id));
        }
        return list;
    }

    // Nothing a test keeps may carry the password, plainly or in base64.
    static void verifyNoSecret(const SubmissionResult &result, const QByteArray &password)
    {
        const QByteArray all = (result.transcript.join(u'\n') + result.detail + result.authReply
                                + result.messageReply)
                                   .toUtf8();
        QVERIFY(!all.contains(password));
        QVERIFY(!all.contains(password.toBase64()));
        QVERIFY(!all.contains(
            (QByteArray(1, '\0') + result.request.username.toUtf8() + '\0' + password).toBase64()));
    }

    Test::SubmissionFixture m_fixture;
    QTemporaryDir m_dir;
    std::unique_ptr<Test::TestPki> m_pki;
    std::optional<Test::TestPki::Issued> m_cert;

private slots:
    void initTestCase()
    {
        m_fixture = Test::submissionFixture();
        QVERIFY(!m_fixture.password.isEmpty());
        QVERIFY(m_dir.isValid());
        m_pki = std::make_unique<Test::TestPki>(m_dir.path());
        m_cert = m_pki->issue(u"submission"_s, {u"mail.sceau.test"_s});
    }

    // Postfix with the right password, both ways in: authenticated with PLAIN over TLS 1.3,
    // the certificate verified, AUTH never offered in plaintext, the AUTH line redacted.
    void postfixAuthenticates_data()
    {
        QTest::addColumn<SubmissionSecurity>("security");
        QTest::newRow("587 starttls") << SubmissionSecurity::StartTls;
        QTest::newRow("465 implicit") << SubmissionSecurity::ImplicitTls;
    }
    void postfixAuthenticates()
    {
        QFETCH(SubmissionSecurity, security);
        const quint16 port
            = security == SubmissionSecurity::StartTls ? m_fixture.port : m_fixture.smtpsPort;
        const Run r
            = run(request(security, m_fixture.user), m_fixture.password, m_fixture.ca, port);
        const SubmissionResult &result = r.result;
        QCOMPARE(SubmissionOutcomes.token(result.outcome), u"authenticated"_s);
        QCOMPARE(result.authCode, 235);
        QCOMPARE(result.mechanism, u"PLAIN"_s);
        QVERIFY(result.mechanisms.contains(u"LOGIN"_s));
        QVERIFY(result.mechanismsBeforeTls.isEmpty()); // smtpd_tls_auth_only
        QVERIFY(result.tls);
        QVERIFY(result.tls->protocol >= TlsVersion::Tls1_2);
        QVERIFY(result.certificate && result.certificate->trusted
                && result.certificate->nameMatches);
        QVERIFY(result.greeting.contains(u"sceau-fixture"_s));
        QCOMPARE(result.startTlsOffered, security == SubmissionSecurity::StartTls);
        QCOMPARE(ids(result), QStringList{u"submission.authenticated"_s});
        QVERIFY(result.transcript.contains(u"C: AUTH PLAIN [credential]"_s));
        QCOMPARE(result.transcript.last(), u"S: 221 2.0.0 Bye"_s); // QUIT, no MAIL
        QVERIFY(!result.transcript.join(u'\n').contains(u"MAIL FROM"_s));
        QVERIFY(r.steps.contains(SubmissionTest::Step::Authenticating));
        verifyNoSecret(result, m_fixture.password);
    }

    void postfixRefusesWrongPassword()
    {
        const QByteArray wrong = m_fixture.password + "x";
        const Run r = run(request(SubmissionSecurity::StartTls, m_fixture.user),
                          wrong,
                          m_fixture.ca,
                          m_fixture.port);
        QCOMPARE(SubmissionOutcomes.token(r.result.outcome), u"auth-failed"_s);
        QCOMPARE(r.result.authCode, 535);
        QCOMPARE(ids(r.result), QStringList{u"submission.auth-failed"_s});
        verifyNoSecret(r.result, wrong);
    }

    // The certificate does not verify (no anchor given): the password is not sent at all,
    // unless the caller skips verification.
    void unverifiedServerGetsNoPassword()
    {
        Run r = run(request(SubmissionSecurity::ImplicitTls, m_fixture.user),
                    m_fixture.password,
                    {},
                    m_fixture.smtpsPort);
        QCOMPARE(SubmissionOutcomes.token(r.result.outcome), u"unverified"_s);
        QCOMPARE(r.result.authCode, 0);
        QVERIFY(!r.result.transcript.join(u'\n').contains(u"C: AUTH"_s));
        QCOMPARE(
            ids(r.result),
            (QStringList{u"submission.cert-untrusted"_s, u"submission.credential-withheld"_s}));

        SubmissionRequest skip = request(SubmissionSecurity::ImplicitTls, m_fixture.user);
        skip.skipVerify = true;
        r = run(skip, m_fixture.password, {}, m_fixture.smtpsPort);
        QCOMPARE(SubmissionOutcomes.token(r.result.outcome), u"authenticated"_s);
        QCOMPARE(ids(r.result),
                 (QStringList{u"submission.cert-untrusted"_s, u"submission.authenticated"_s}));
    }

    // Asked for, a small message goes through MAIL FROM, RCPT TO and DATA, with a Message-ID.
    void postfixAcceptsTestMessage()
    {
        SubmissionRequest req = request(SubmissionSecurity::StartTls, m_fixture.user);
        req.sendTo = u"someone@mail.sceau.test"_s;
        const Run r = run(req, m_fixture.password, m_fixture.ca, m_fixture.port);
        QCOMPARE(SubmissionOutcomes.token(r.result.outcome), u"authenticated"_s);
        QVERIFY(r.result.messageAttempted);
        QVERIFY2(r.result.messageAccepted, qPrintable(r.result.messageReply));
        QCOMPARE(r.result.messageCode, 250);
        QVERIFY(r.result.messageId.endsWith(u"@client.sceau.test"_s));
        QCOMPARE(r.result.request.mailFrom, m_fixture.user + u"@mail.sceau.test"_s);
        QCOMPARE(ids(r.result),
                 (QStringList{u"submission.authenticated"_s, u"submission.message-sent"_s}));
    }

    // The suite's server: AUTH PLAIN and LOGIN offered before STARTTLS is flagged (RFC 4954
    // §4), yet Sceau still authenticates only over TLS; LOGIN is used when PLAIN is absent.
    void suiteServer_data()
    {
        QTest::addColumn<Mode>("mode");
        QTest::addColumn<QString>("mechanisms");
        QTest::addColumn<QString>("password"); // what Sceau sends; the server wants "s3cret"
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<QStringList>("ids");
        QTest::addColumn<QString>("mechanism");
        QTest::newRow("auth before tls")
            << Mode::AuthBeforeTls << u"PLAIN LOGIN"_s << u"s3cret"_s << u"authenticated"_s
            << QStringList{u"submission.auth-before-tls"_s, u"submission.authenticated"_s}
            << u"PLAIN"_s;
        QTest::newRow("cram only before tls: not flagged")
            << Mode::AuthBeforeTls << u"CRAM-MD5"_s << u"s3cret"_s << u"no-auth"_s
            << QStringList{u"submission.no-auth"_s} << QString();
        QTest::newRow("login only") << Mode::Auth << u"LOGIN"_s << u"s3cret"_s << u"authenticated"_s
                                    << QStringList{u"submission.authenticated"_s} << u"LOGIN"_s;
        QTest::newRow("login, wrong password")
            << Mode::Auth << u"LOGIN"_s << u"wrong"_s << u"auth-failed"_s
            << QStringList{u"submission.auth-failed"_s} << u"LOGIN"_s;
        QTest::newRow("no starttls")
            << Mode::NoStartTls << u"PLAIN"_s << u"s3cret"_s << u"tls-failed"_s
            << QStringList{u"submission.no-starttls"_s} << QString();
        QTest::newRow("421 busy") << Mode::Busy << u"PLAIN"_s << u"s3cret"_s << u"could-not-test"_s
                                  << QStringList{u"submission.could-not-test"_s} << QString();
    }
    void suiteServer()
    {
        QFETCH(Mode, mode);
        QFETCH(QString, mechanisms);
        QFETCH(QString, password);
        QFETCH(QString, outcome);
        QFETCH(QStringList, ids);
        QFETCH(QString, mechanism);
        Test::SmtpTestServer server(
            mode,
            m_cert,
            u"TLSv1_2"_s,
            u"TLSv1_3"_s,
            u"127.0.0.1"_s,
            0,
            {u"--mechanisms"_s, mechanisms, u"--user"_s, u"alice"_s, u"--password"_s, u"s3cret"_s});
        const Run r = run(request(SubmissionSecurity::StartTls, u"alice"_s),
                          password.toUtf8(),
                          m_pki->caCertificate(),
                          server.port());
        QCOMPARE(SubmissionOutcomes.token(r.result.outcome), outcome);
        QCOMPARE(this->ids(r.result), ids);
        QCOMPARE(r.result.mechanism, mechanism);
        if (mechanism == u"LOGIN"_s)
            QVERIFY(r.result.transcript.contains(u"C: [password]"_s));
        verifyNoSecret(r.result, password.toUtf8());
        // A credential never goes out before TLS: every AUTH line follows the handshake.
        const QString transcript = r.result.transcript.join(u'\n');
        const qsizetype auth = transcript.indexOf(u"C: AUTH"_s);
        if (auth >= 0)
            QVERIFY(transcript.indexOf(u"-- TLS established"_s) < auth);
    }

    void refusedPortCouldNotTest()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        const Run r = run(request(SubmissionSecurity::ImplicitTls, u"alice"_s), "s3cret", {}, port);
        QCOMPARE(SubmissionOutcomes.token(r.result.outcome), u"could-not-test"_s);
        QCOMPARE(ids(r.result), QStringList{u"submission.could-not-test"_s});
        QVERIFY(couldNotTest(r.result));
    }

    // A name is resolved (first IPv4 address); a name without an address could not be tested,
    // and the finding still names the server.
    void resolvesTheHost()
    {
        const QString zone = m_dir.filePath(u"sceau.test.zone"_s);
        QFile file(zone);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("$ORIGIN sceau.test.\n$TTL 300\n@ IN SOA ns hostmaster 1 3600 600 86400 300\n"
                   "@ IN NS ns\nns IN A 127.0.0.1\nmail IN A 127.0.0.1\n");
        file.close();
        Dns::ResolverSettings settings;
        settings.zoneFiles = {zone};
        settings.offline = true;
        QObject owner;
        auto resolver = Dns::createResolver(settings, &owner);
        QVERIFY(resolver);
        SubmissionRequest named = request(SubmissionSecurity::ImplicitTls, m_fixture.user);
        named.host = u"mail.sceau.test"_s;
        named.serverName.clear();
        Run r = run(named, m_fixture.password, m_fixture.ca, m_fixture.smtpsPort, false, *resolver);
        QCOMPARE(SubmissionOutcomes.token(r.result.outcome), u"authenticated"_s);
        QCOMPARE(r.result.endpoint.address, QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(r.steps.first(), SubmissionTest::Step::Resolving);

        named.host = u"nothing.sceau.test"_s;
        r = run(named, m_fixture.password, m_fixture.ca, m_fixture.smtpsPort, false, *resolver);
        QCOMPARE(SubmissionOutcomes.token(r.result.outcome), u"could-not-test"_s);
        QVERIFY(r.result.endpoint.address.isNull());
        QCOMPARE(ids(r.result), QStringList{u"submission.could-not-test"_s});
        QVERIFY(r.result.findings.first().args.first().startsWith(u"nothing.sceau.test"_s));
    }

    void cancel()
    {
        const Run r = run(request(SubmissionSecurity::ImplicitTls, m_fixture.user),
                          m_fixture.password,
                          m_fixture.ca,
                          m_fixture.smtpsPort,
                          true);
        QCOMPARE(SubmissionOutcomes.token(r.result.outcome), u"canceled"_s);
        QCOMPARE(r.result.authCode, 0);
    }
};

QTEST_GUILESS_MAIN(SubmissionTestTest)
#include "tst_submissiontest.moc"
