#include "tests/support/clirun.h"
#include "tests/support/dnsapi/dnsapitestserver.h"
#include "tests/support/testenv.h"
#include "tests/support/tls/testpki.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Sceau;
using namespace Qt::StringLiterals;

namespace {

const QByteArray CloudflareToken = "cf-cli-token-91c2e7d4";
const QByteArray OvhSecret = "ovh-cli-app-secret-3b8e";
const QByteArray OvhConsumer = "ovh-cli-consumer-7d21aa";
} // namespace

// sceau-cli credentials (TSIG keys, Cloudflare and OVHcloud access) and publish, end to end:
// the test Knot (TSIG, RFC 2136) and its secondary (knot-secondary, for the watch), the suite's
// Cloudflare and OVHcloud API servers, a real gnome-keyring (with-keyring.sh). Asserts the
// JSON of docs/cli.md, the exit codes, what the servers hold, and that no secret is in any
// output or file.
class PublishCliTest : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Test::TestPki> m_pki;
    QByteArray m_outputs;
    QString m_name; // this run's own name in propagate.test

    Test::CliRun cli(const QStringList &arguments, const QByteArray &input = {})
    {
        Test::CliRun run = Test::runCli(Test::knotOptions() + arguments, input);
        m_outputs += run.out + run.err;
        return run;
    }

    QStringList change(const QString &action, const QStringList &more)
    {
        return QStringList{u"--json"_s,
                           u"publish"_s,
                           action,
                           u"--zone"_s,
                           u"propagate.test"_s,
                           u"--name"_s,
                           m_name,
                           u"--credential"_s,
                           u"knot"_s}
               + more;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("SCEAU_KEYRING_HOME"), "run through with-keyring.sh");
        QVERIFY(m_dir.isValid());
        m_pki = std::make_unique<Test::TestPki>(m_dir.path());
        m_name = u"cli%1"_s.arg(QDateTime::currentMSecsSinceEpoch());
    }

    void tsigCredentials()
    {
        const QString server = u"127.0.0.1:%1"_s.arg(Test::knotServer().port);
        const QStringList add{u"--json"_s, u"credentials"_s, u"add"_s, u"tsig"_s};
        Test::CliRun run = cli(add
                                   + QStringList{u"knot"_s,
                                                 u"--zone"_s,
                                                 u"propagate.test"_s,
                                                 u"--key-name"_s,
                                                 u"sceau-test-key"_s,
                                                 u"--server"_s,
                                                 server},
                               Test::knotTsigSecret(u"tsig.secret"_s) + '\n');
        QCOMPARE(run.exitCode, 0);
        QJsonObject json = run.json();
        QCOMPARE(json.value(u"kind"_s).toString(), u"tsig"_s);
        QCOMPARE(json.value(u"zone"_s).toString(), u"propagate.test"_s);
        QCOMPARE(json.value(u"algorithm"_s).toString(), u"hmac-sha256"_s);
        QCOMPARE(json.value(u"age_days"_s).toInt(), 0);

        // Not base64, a missing --zone, an unknown algorithm: exit 2, nothing stored.
        QCOMPARE(cli(add
                         + QStringList{u"bad"_s,
                                       u"--zone"_s,
                                       u"propagate.test"_s,
                                       u"--key-name"_s,
                                       u"k"_s},
                     "not base64 !!\n")
                     .exitCode,
                 2);
        QCOMPARE(cli(add + QStringList{u"bad"_s, u"--key-name"_s, u"k"_s}, "YQ==\n").exitCode, 2);
        QCOMPARE(cli(add
                         + QStringList{u"bad"_s,
                                       u"--zone"_s,
                                       u"propagate.test"_s,
                                       u"--key-name"_s,
                                       u"k"_s,
                                       u"--algorithm"_s,
                                       u"md5"_s},
                     "YQ==\n")
                     .exitCode,
                 2);

        // A key Knot knows but lets update nothing: credentials test says refused (1).
        QCOMPARE(cli(add
                         + QStringList{u"other"_s,
                                       u"--zone"_s,
                                       u"propagate.test"_s,
                                       u"--key-name"_s,
                                       u"sceau-other-key"_s,
                                       u"--algorithm"_s,
                                       u"hmac-sha512"_s,
                                       u"--server"_s,
                                       server},
                     Test::knotTsigSecret(u"tsig-other.secret"_s) + '\n')
                     .exitCode,
                 0);
        run = cli({u"--json"_s, u"credentials"_s, u"test"_s, u"knot"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.json().value(u"accepted"_s).toBool());
        run = cli({u"--json"_s, u"credentials"_s, u"test"_s, u"other"_s});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.json().value(u"outcome"_s).toString(), u"bad-key"_s);

        // Rotation reminders: nothing is a day old yet.
        run = cli({u"--json"_s, u"credentials"_s, u"list"_s, u"--due"_s, u"1"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.json().value(u"credentials"_s).toArray().isEmpty());
        run = cli({u"--json"_s, u"credentials"_s, u"list"_s, u"--due"_s, u"0"_s});
        QCOMPARE(run.json().value(u"credentials"_s).toArray().size(), 2);
        run = cli({u"--json"_s, u"credentials"_s, u"rotate"_s, u"other"_s},
                  Test::knotTsigSecret(u"tsig-other.secret"_s) + '\n');
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(cli({u"credentials"_s, u"remove"_s, u"other"_s}).exitCode, 0);
    }

    // add, a second add refused, a stale replace refused, a replace, the watch on both
    // servers, the journal, a rollback, a delete.
    void publishWatchRollBack()
    {
        Test::CliRun run
            = cli(change(u"add"_s, {u"--value"_s, u"v=spf1 -all"_s, u"--ttl"_s, u"60"_s}));
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json().value(u"outcome"_s).toString(), u"done"_s);
        QCOMPARE(run.json().value(u"action"_s).toString(), u"add"_s);
        QCOMPARE(cli(change(u"add"_s, {u"--value"_s, u"v=spf1 ~all"_s})).exitCode, 1);

        run = cli(change(u"replace"_s,
                         {u"--value"_s, u"v=spf1 mx -all"_s, u"--expect"_s, u"v=spf1 ~all"_s}));
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.json().value(u"outcome"_s).toString(), u"changed"_s);

        // Without --expect: what is there now, quoted and split or not, is what is replaced.
        run = cli(change(u"replace"_s, {u"--value"_s, u"v=spf1 mx -all"_s, u"--ttl"_s, u"60"_s}));
        QCOMPARE(run.exitCode, 0);
        const qint64 replaced = run.json().value(u"id"_s).toInteger();
        QCOMPARE(run.json().value(u"before"_s).toArray(), QJsonArray{u"v=spf1 -all"_s});
        QCOMPARE(run.json().value(u"after"_s).toArray(), QJsonArray{u"v=spf1 mx -all"_s});

        run = cli({u"--authoritative-port"_s,
                   QString::number(Test::knotServer().port),
                   u"--json"_s,
                   u"publish"_s,
                   u"watch"_s,
                   u"--name"_s,
                   m_name + u".propagate.test"_s,
                   u"--value"_s,
                   u"\"v=spf1 \" \"mx -all\""_s,
                   u"--interval"_s,
                   u"100"_s,
                   u"--wait"_s,
                   u"20"_s});
        QVERIFY2(run.exitCode == 0, run.out.constData());
        QVERIFY(run.json().value(u"complete"_s).toBool());
        QCOMPARE(run.json().value(u"servers"_s).toArray().size(), 2);

        run = cli({u"--json"_s, u"publish"_s, u"journal"_s, u"--zone"_s, u"propagate.test"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json().value(u"entries"_s).toArray().size(), 4);

        run = cli({u"--json"_s, u"publish"_s, u"rollback"_s, QString::number(replaced)});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json().value(u"rollback_of"_s).toInteger(), replaced);
        QCOMPARE(run.json().value(u"after"_s).toArray(), QJsonArray{u"v=spf1 -all"_s});
        QCOMPARE(cli({u"publish"_s, u"rollback"_s, QString::number(replaced)}).exitCode, 1);

        QCOMPARE(cli(change(u"delete"_s, {u"--expect"_s, u"v=spf1 -all"_s})).exitCode, 0);
        QCOMPARE(cli(change(u"delete"_s, {})).exitCode, 1); // nothing left to delete
        QCOMPARE(cli(change(u"delete"_s, {u"--value"_s, u"x"_s})).exitCode, 2);
    }

    // The primary does not answer: could not read (3), and the zone snippet needs no server.
    void unreachableAndExport()
    {
        QCOMPARE(cli({u"credentials"_s,
                      u"add"_s,
                      u"tsig"_s,
                      u"closed"_s,
                      u"--zone"_s,
                      u"closed.test"_s,
                      u"--key-name"_s,
                      u"k"_s,
                      u"--server"_s,
                      u"127.0.0.1:9"_s},
                     "YWJj\n")
                     .exitCode,
                 0);
        QCOMPARE(cli({u"publish"_s,
                      u"replace"_s,
                      u"--zone"_s,
                      u"closed.test"_s,
                      u"--name"_s,
                      u"@"_s,
                      u"--value"_s,
                      u"x"_s})
                     .exitCode,
                 3);
        QCOMPARE(cli({u"publish"_s,
                      u"add"_s,
                      u"--zone"_s,
                      u"closed.test"_s,
                      u"--name"_s,
                      u"@"_s,
                      u"--value"_s,
                      u"x"_s})
                     .exitCode,
                 3);
        const Test::CliRun run = cli({u"publish"_s,
                                      u"export"_s,
                                      u"--zone"_s,
                                      u"example.com"_s,
                                      u"--name"_s,
                                      u"@"_s,
                                      u"--type"_s,
                                      u"MX"_s,
                                      u"--value"_s,
                                      u"10 mx.example.com"_s,
                                      u"--ttl"_s,
                                      u"600"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QByteArray("example.com. 600 IN MX 10 mx.example.com.\n"));
        // A relative target is the zone's, never a top-level name; a preference out of range,
        // two CNAME targets and a watch of nothing are bad input.
        const Test::CliRun relative = cli({u"publish"_s,
                                           u"export"_s,
                                           u"--zone"_s,
                                           u"example.com"_s,
                                           u"--name"_s,
                                           u"@"_s,
                                           u"--type"_s,
                                           u"MX"_s,
                                           u"--value"_s,
                                           u"10 mail"_s});
        QCOMPARE(relative.out, QByteArray("example.com. 3600 IN MX 10 mail.example.com.\n"));
        QCOMPARE(cli({u"publish"_s,
                      u"export"_s,
                      u"--zone"_s,
                      u"example.com"_s,
                      u"--name"_s,
                      u"@"_s,
                      u"--type"_s,
                      u"MX"_s,
                      u"--value"_s,
                      u"70000 mail"_s})
                     .exitCode,
                 2);
        QCOMPARE(cli({u"publish"_s,
                      u"export"_s,
                      u"--zone"_s,
                      u"example.com"_s,
                      u"--name"_s,
                      u"www"_s,
                      u"--type"_s,
                      u"CNAME"_s,
                      u"--value"_s,
                      u"a"_s,
                      u"--value"_s,
                      u"b"_s})
                     .exitCode,
                 2);
        QCOMPARE(cli({u"publish"_s, u"watch"_s, u"--name"_s, u"x.example.com"_s}).exitCode, 2);
    }

    // Both APIs through the CLI: the credential's API URL, the test CA by --ca.
    void providerApis()
    {
        const auto certificate = m_pki->issue(u"api"_s, {u"localhost"_s});
        const QJsonObject cloudflareState{
            {u"zones"_s,
             QJsonArray{QJsonObject{{u"id"_s, u"z1"_s}, {u"name"_s, u"example.test"_s}}}},
            {u"records"_s, QJsonArray{}}};
        Test::DnsApiTestServer cloudflare(Test::DnsApiTestServer::Api::Cloudflare,
                                          certificate,
                                          m_pki->caCertificate(),
                                          cloudflareState,
                                          {u"--token"_s, QString::fromLatin1(CloudflareToken)});
        Test::DnsApiTestServer ovh(Test::DnsApiTestServer::Api::Ovh,
                                   certificate,
                                   m_pki->caCertificate(),
                                   {{u"zones"_s, QJsonObject{{u"example.test"_s, QJsonArray{}}}}},
                                   {u"--application-key"_s,
                                    u"ak-1"_s,
                                    u"--application-secret"_s,
                                    QString::fromLatin1(OvhSecret),
                                    u"--consumer-key"_s,
                                    QString::fromLatin1(OvhConsumer)});
        const QStringList ca{u"--ca"_s, m_pki->caCertificate()};
        QCOMPARE(cli({u"credentials"_s,
                      u"add"_s,
                      u"cloudflare"_s,
                      u"cf"_s,
                      u"--zone"_s,
                      u"example.test"_s,
                      u"--api"_s,
                      cloudflare.baseUrl()},
                     CloudflareToken + '\n')
                     .exitCode,
                 0);
        QCOMPARE(cli({u"credentials"_s,
                      u"add"_s,
                      u"ovh"_s,
                      u"ovh"_s,
                      u"--zone"_s,
                      u"example.test"_s,
                      u"--api"_s,
                      ovh.baseUrl(),
                      u"--application-key"_s,
                      u"ak-1"_s},
                     OvhSecret + '\n' + OvhConsumer + '\n')
                     .exitCode,
                 0);
        for (const QString &credential : {u"cf"_s, u"ovh"_s}) {
            Test::CliRun run
                = cli(ca + QStringList{u"--json"_s, u"credentials"_s, u"test"_s, credential});
            QVERIFY2(run.exitCode == 0, run.out.constData());
            run = cli(ca
                      + QStringList{u"--json"_s,
                                    u"publish"_s,
                                    u"add"_s,
                                    u"--zone"_s,
                                    u"example.test"_s,
                                    u"--name"_s,
                                    u"_dmarc"_s,
                                    u"--value"_s,
                                    u"v=DMARC1; p=none"_s,
                                    u"--credential"_s,
                                    credential});
            QVERIFY2(run.exitCode == 0, run.out.constData());
            QCOMPARE(run.json().value(u"backend"_s).toString(),
                     credential == u"cf"_s ? u"cloudflare"_s : u"ovh"_s);
        }
        const QJsonArray cfRecords = cloudflare.state().value(u"records"_s).toArray();
        QCOMPARE(cfRecords.size(), 1);
        QCOMPARE(cfRecords.first().toObject().value(u"name"_s).toString(),
                 u"_dmarc.example.test"_s);
        const QJsonArray ovhRecords
            = ovh.state().value(u"zones"_s).toObject().value(u"example.test"_s).toArray();
        QCOMPARE(ovhRecords.size(), 1);
        QCOMPARE(ovhRecords.first().toObject().value(u"subDomain"_s).toString(), u"_dmarc"_s);

        // Without the test CA, the API's certificate is not trusted: not reached (3). (Seen once
        // in a few hundred runs to end with 1: what the command said is shown if it happens.)
        const Test::CliRun untrusted = cli({u"publish"_s,
                                            u"delete"_s,
                                            u"--zone"_s,
                                            u"example.test"_s,
                                            u"--name"_s,
                                            u"_dmarc"_s,
                                            u"--credential"_s,
                                            u"cf"_s});
        QVERIFY2(untrusted.exitCode == 3, (untrusted.out + untrusted.err).constData());
        QCOMPARE(cloudflare.state().value(u"records"_s).toArray().size(), 1);
    }

    // Last: no secret in any output above, nor in any file of the test's home (workspace,
    // configuration), the keyring's own encrypted files aside.
    void secretsAppearNowhere()
    {
        const QList<QByteArray> secrets{
            Test::knotTsigSecret(u"tsig.secret"_s),
            Test::knotTsigSecret(u"tsig-other.secret"_s),
            QByteArray::fromBase64(Test::knotTsigSecret(u"tsig.secret"_s)),
            CloudflareToken,
            OvhSecret,
            OvhConsumer};
        QVERIFY(!m_outputs.isEmpty());
        for (const QByteArray &secret : secrets)
            QVERIFY2(!m_outputs.contains(secret), "a CLI output holds a secret");
        int files = 0;
        QDirIterator it(qEnvironmentVariable("SCEAU_KEYRING_HOME"),
                        QDir::Files | QDir::Hidden,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.contains(u"/keyrings/"_s))
                continue;
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue; // a socket
            const QByteArray bytes = file.readAll();
            ++files;
            for (const QByteArray &secret : secrets)
                QVERIFY2(!bytes.contains(secret), qPrintable(u"%1 holds a secret"_s.arg(path)));
        }
        QVERIFY(files >= 1); // the workspace at least
    }
};

QTEST_GUILESS_MAIN(PublishCliTest)
#include "tst_publishcli.moc"
