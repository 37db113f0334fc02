#include "smtp/smtptestserver.h"
#include "tests/support/clirun.h"
#include "tests/support/testenv.h"
#include "tls/testpki.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Sceau;
using namespace Qt::StringLiterals;

// sceau-cli credentials (SMTP accounts) and submission test, against the submission fixture's
// Postfix (Cyrus SASL) with the password in a real gnome-keyring (with-keyring.sh): the JSON
// of docs/cli.md, the exit codes, and the password found in no output and no file.
class SubmissionCliTest : public QObject
{
    Q_OBJECT
private:
    // Runs the CLI and keeps what it wrote, for passwordAppearsNowhere().
    Test::CliRun cli(const QStringList &arguments,
                     const QByteArray &input = {},
                     const QProcessEnvironment &environment
                     = QProcessEnvironment::systemEnvironment())
    {
        Test::CliRun run = Test::runCli(arguments, input, environment);
        m_outputs += run.out + run.err;
        return run;
    }

    // Global options: mail.sceau.test from a zone file, 587/465 to the fixture's ports, its CA.
    QStringList test(const QString &account, const QStringList &more = {})
    {
        return QStringList{u"--zone-file"_s,
                           m_zone,
                           u"--offline"_s,
                           u"--port-map"_s,
                           u"587=%1,465=%2"_s.arg(m_fixture.port).arg(m_fixture.smtpsPort),
                           u"--ca"_s,
                           m_fixture.ca,
                           u"--json"_s,
                           u"submission"_s,
                           u"test"_s,
                           u"mail.sceau.test"_s,
                           u"--account"_s,
                           account}
               + more;
    }

    QByteArray password() const { return m_fixture.password; }

    Test::SubmissionFixture m_fixture;
    QTemporaryDir m_dir;
    std::unique_ptr<Test::TestPki> m_pki;
    QString m_zone;
    QByteArray m_outputs;

private slots:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("SCEAU_KEYRING_HOME"), "run through with-keyring.sh");
        m_fixture = Test::submissionFixture();
        QVERIFY(m_dir.isValid());
        m_pki = std::make_unique<Test::TestPki>(m_dir.path());
        m_zone = m_dir.filePath(u"sceau.test.zone"_s);
        QFile zone(m_zone);
        QVERIFY(zone.open(QIODevice::WriteOnly));
        zone.write("$ORIGIN sceau.test.\n$TTL 300\n@ IN SOA ns hostmaster 1 3600 600 86400 300\n"
                   "@ IN NS ns\nns IN A 127.0.0.1\nmail IN A 127.0.0.1\n");
    }

    void credentials()
    {
        const QStringList add{u"--json"_s, u"credentials"_s, u"add"_s, u"smtp"_s};
        const QStringList account{
            u"--host"_s, u"mail.sceau.test"_s, u"--username"_s, m_fixture.user};
        Test::CliRun run = cli(add + QStringList{u"good"_s} + account, password() + "\n");
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QJsonObject json = run.json();
        QCOMPARE(json.value(u"name").toString(), u"good"_s);
        QCOMPARE(json.value(u"kind").toString(), u"smtp"_s);
        QCOMPARE(json.value(u"port").toInt(), 587);
        QCOMPARE(json.value(u"security").toString(), u"starttls"_s);
        QCOMPARE(json.value(u"username").toString(), m_fixture.user);
        QVERIFY(!json.contains(u"password"_s) && !json.contains(u"secret_key"_s));

        run = cli(add + QStringList{u"wrong"_s} + account, password() + "x\r\n");
        QCOMPARE(run.exitCode, 0);
        run = cli(add + QStringList{u"tls465"_s, u"--implicit-tls"_s} + account, password());
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json().value(u"port").toInt(), 465);
        QCOMPARE(run.json().value(u"security").toString(), u"implicit"_s);

        // Refused: a taken name, a bad name, no --host, no password on stdin.
        QCOMPARE(cli(add + QStringList{u"good"_s} + account, "other\n").exitCode, 2);
        QCOMPARE(cli(add + QStringList{u"bad name"_s} + account, "x\n").exitCode, 2);
        QCOMPARE(cli(add + QStringList{u"nohost"_s, u"--username"_s, u"u"_s}, "x\n").exitCode, 2);
        run = cli(add + QStringList{u"empty"_s} + account, {});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("no secret"));

        run = cli({u"--json"_s, u"credentials"_s, u"list"_s});
        QCOMPARE(run.exitCode, 0);
        QStringList names;
        for (const QJsonValue &c : run.json().value(u"credentials"_s).toArray())
            names << c.toObject().value(u"name"_s).toString();
        QCOMPARE(names, (QStringList{u"good"_s, u"tls465"_s, u"wrong"_s}));
    }

    void authenticated_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("account");
        QTest::addColumn<int>("port");
        QTest::newRow("starttls") << QStringList() << u"good"_s << int(m_fixture.port);
        QTest::newRow("--implicit-tls")
            << QStringList{u"--implicit-tls"_s} << u"good"_s << int(m_fixture.smtpsPort);
        QTest::newRow("implicit account")
            << QStringList() << u"tls465"_s << int(m_fixture.smtpsPort);
    }
    void authenticated()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, account);
        QFETCH(int, port);
        const Test::CliRun run = cli(test(account, options));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject json = run.json();
        QCOMPARE(json.value(u"outcome").toString(), u"authenticated"_s);
        QCOMPARE(json.value(u"connected_port").toInt(), port);
        QCOMPARE(json.value(u"address").toString(), u"127.0.0.1"_s);
        QCOMPARE(json.value(u"auth"_s).toObject().value(u"code"_s).toInt(), 235);
        QCOMPARE(json.value(u"mechanism").toString(), u"PLAIN"_s);
        QVERIFY(json.value(u"mechanisms").toArray().contains(u"LOGIN"_s));
        QVERIFY(json.value(u"auth_before_tls").toArray().isEmpty());
        QVERIFY(
            json.value(u"tls"_s).toObject().value(u"protocol"_s).toString().startsWith(u"tls1_"_s));
        QVERIFY(json.value(u"certificate"_s).toObject().value(u"trusted"_s).toBool());
        QVERIFY(json.value(u"message"_s).isNull());
        QCOMPARE(Test::findingIds(json), QStringList{u"submission.authenticated"_s});
        QVERIFY(json.value(u"transcript"_s).toArray().contains(u"C: AUTH PLAIN [credential]"_s));
    }

    void wrongPassword()
    {
        const Test::CliRun run = cli(test(u"wrong"_s));
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.json().value(u"outcome").toString(), u"auth-failed"_s);
        QCOMPARE(run.json().value(u"auth"_s).toObject().value(u"code"_s).toInt(), 535);
        QCOMPARE(Test::findingIds(run.json()), QStringList{u"submission.auth-failed"_s});
    }

    void testMessage()
    {
        const Test::CliRun run
            = cli(test(u"good"_s, {u"--send-to"_s, u"someone@mail.sceau.test"_s}));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject message = run.json().value(u"message"_s).toObject();
        QVERIFY(message.value(u"accepted"_s).toBool());
        QCOMPARE(message.value(u"to"_s).toString(), u"someone@mail.sceau.test"_s);
        QVERIFY(!message.value(u"message_id"_s).toString().isEmpty());
        QCOMPARE(cli(test(u"good"_s, {u"--send-to"_s, u"a\r\nRSET"_s})).exitCode, 2);
    }

    // Without the CA the certificate does not verify: no password is sent (exit 1), unless
    // --skip-verify.
    void unverified()
    {
        QStringList args = test(u"good"_s);
        args.removeAt(args.indexOf(u"--ca"_s) + 1);
        args.removeOne(u"--ca"_s);
        Test::CliRun run = cli(args);
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.json().value(u"outcome").toString(), u"unverified"_s);
        QVERIFY(run.json().value(u"auth"_s).isNull());
        run = cli(args + QStringList{u"--skip-verify"_s});
        QCOMPARE(run.exitCode, 1); // authenticated, but the untrusted certificate is an error
        QCOMPARE(run.json().value(u"outcome").toString(), u"authenticated"_s);
    }

    // The suite's server offers AUTH PLAIN before STARTTLS: flagged, exit 1.
    void authBeforeTls()
    {
        QCOMPARE(cli({u"credentials"_s,
                      u"add"_s,
                      u"smtp"_s,
                      u"suite"_s,
                      u"--host"_s,
                      u"127.0.0.1"_s,
                      u"--username"_s,
                      u"alice"_s},
                     "s3cret\n")
                     .exitCode,
                 0);
        Test::SmtpTestServer server(Test::SmtpTestServer::Mode::AuthBeforeTls,
                                    m_pki->issue(u"suite"_s, {u"mail.sceau.test"_s}),
                                    u"TLSv1_2"_s,
                                    u"TLSv1_3"_s,
                                    u"127.0.0.1"_s,
                                    0,
                                    {u"--user"_s, u"alice"_s, u"--password"_s, u"s3cret"_s});
        const Test::CliRun run = cli({u"--ca"_s,
                                      m_pki->caCertificate(),
                                      u"--json"_s,
                                      u"submission"_s,
                                      u"test"_s,
                                      u"127.0.0.1:%1"_s.arg(server.port()),
                                      u"--servername"_s,
                                      u"mail.sceau.test"_s,
                                      u"--account"_s,
                                      u"suite"_s});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.json().value(u"outcome").toString(), u"authenticated"_s);
        QCOMPARE(Test::findingIds(run.json()),
                 (QStringList{u"submission.auth-before-tls"_s, u"submission.authenticated"_s}));
        QCOMPARE(run.json().value(u"auth_before_tls"_s).toArray().size(), 2);
    }

    void usage()
    {
        QCOMPARE(cli(test(u"nobody"_s)).exitCode, 2);
        QCOMPARE(cli({u"submission"_s, u"test"_s, u"mail.sceau.test"_s}).exitCode, 2);
        QCOMPARE(cli({u"credentials"_s, u"remove"_s, u"nobody"_s}).exitCode, 2);
    }

    // No Secret Service on the bus: a clear error, exit 3, nothing on stdout.
    void noKeychain()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/bus"_s);
        Test::CliRun run = cli(test(u"good"_s), {}, environment);
        QCOMPARE(run.exitCode, 3);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains("keychain"), run.err.constData());
        run = cli({u"credentials"_s,
                   u"add"_s,
                   u"smtp"_s,
                   u"locked"_s,
                   u"--host"_s,
                   u"h.example"_s,
                   u"--username"_s,
                   u"u"_s},
                  "secret\n",
                  environment);
        QCOMPARE(run.exitCode, 3);
        QCOMPARE(cli({u"--json"_s, u"credentials"_s, u"list"_s})
                     .json()
                     .value(u"credentials"_s)
                     .toArray()
                     .size(),
                 4); // nothing stored for "locked"
    }

    void remove()
    {
        QCOMPARE(cli({u"credentials"_s, u"remove"_s, u"wrong"_s}).exitCode, 0);
        const Test::CliRun run = cli(test(u"wrong"_s));
        QCOMPARE(run.exitCode, 2);
    }

    // Last: the password (plainly, in base64, or as the AUTH PLAIN response) is in no output of
    // any run above, and in no file of the test's home, temporary directory, workspace, or the
    // fixture's Postfix log — only in the keychain (its encrypted keyring file is skipped) and
    // the fixture's own password file.
    void passwordAppearsNowhere()
    {
        const QList<QByteArray> forms{
            password(),
            password().toBase64(),
            (QByteArray(1, '\0') + m_fixture.user.toUtf8() + '\0' + password()).toBase64(),
            (QByteArray(1, '\0') + m_fixture.user.toUtf8() + '\0' + password() + 'x').toBase64(),
        };
        QVERIFY(!m_outputs.isEmpty());
        for (const QByteArray &form : forms)
            QVERIFY2(!m_outputs.contains(form), "a CLI output holds the password");
        const QString fixture = qEnvironmentVariable("SCEAU_TEST_WORKDIR") + u"/submission"_s;
        int files = 0;
        for (const QString &root :
             {qEnvironmentVariable("SCEAU_KEYRING_HOME"), fixture, m_dir.path()}) {
            QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                if (path.contains(u"/keyrings/"_s) || path == fixture + u"/password"_s)
                    continue;
                QFile file(path);
                if (!file.open(QIODevice::ReadOnly))
                    continue; // a socket
                const QByteArray bytes = file.readAll();
                ++files;
                for (const QByteArray &form : forms)
                    QVERIFY2(!bytes.contains(form),
                             qPrintable(u"%1 holds the password"_s.arg(path)));
            }
        }
        QVERIFY(files > 3); // the workspace, postfix.log, certificates… were read
    }
};

QTEST_GUILESS_MAIN(SubmissionCliTest)
#include "tst_submissioncli.moc"
