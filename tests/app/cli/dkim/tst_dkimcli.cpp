#include "clirun.h"
#include "model/dkim/selectordiscovery.h"
#include "testenv.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Sceau;
using namespace Qt::StringLiterals;

// sceau-cli dkim … against the test Knot, with a real gnome-keyring (with-keyring.sh) and a
// workspace in the test's private XDG_DATA_HOME.
namespace {
using Run = Test::CliRun;

using Test::runCli;

QStringList knot()
{
    return Test::knotOptions();
}

const QByteArray kMessage
    = "From: Alice <alice@dkim.test>\nTo: bob@example.net\nSubject: CLI\n\nHello.\n";
} // namespace

class tst_DkimCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("SCEAU_KEYRING_HOME"), "run through with-keyring.sh");
    }

    void signAndVerify_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("selector");
        QTest::newRow("rsa") << u"rsa2048.pem"_s << u"rsa"_s;
        QTest::newRow("ed25519") << u"ed25519.pem"_s << u"ed"_s;
    }
    void signAndVerify()
    {
        QFETCH(QString, key);
        QFETCH(QString, selector);
        const Run signing = runCli({u"dkim"_s,
                                    u"sign"_s,
                                    u"--key"_s,
                                    Test::dataPath(u"dkim/keys/"_s + key),
                                    u"--selector"_s,
                                    selector,
                                    u"--domain"_s,
                                    u"dkim.test"_s},
                                   kMessage);
        QCOMPARE(signing.exitCode, 0);
        QVERIFY(signing.out.startsWith("DKIM-Signature: v=1;"));
        const Run verified
            = runCli(knot() + QStringList{u"--json"_s, u"dkim"_s, u"verify"_s}, signing.out);
        QCOMPARE(verified.exitCode, 0);
        const QJsonObject sig = verified.json()[u"signatures"_s].toArray().first().toObject();
        QCOMPARE(sig[u"result"_s].toString(), u"pass"_s);
        QCOMPARE(sig[u"d"_s].toString(), u"dkim.test"_s);
        QCOMPARE(sig[u"s"_s].toString(), selector);

        QByteArray tampered = signing.out;
        tampered.replace("Hello.", "Hello!");
        const Run failed
            = runCli(knot() + QStringList{u"--json"_s, u"dkim"_s, u"verify"_s}, tampered);
        QCOMPARE(failed.exitCode, 1);
        QCOMPARE(
            failed.json()[u"signatures"_s].toArray().first().toObject()[u"reason"_s].toString(),
            u"body-hash-mismatch"_s);
        // An unreachable resolver: could not complete.
        QCOMPARE(runCli({u"--nameserver"_s,
                         u"127.0.0.1:9"_s,
                         u"--timeout"_s,
                         u"200"_s,
                         u"dkim"_s,
                         u"verify"_s},
                        signing.out)
                     .exitCode,
                 3);
    }

    void keygenSignVerifyWithWorkspaceKey()
    {
        const Run keygen = runCli({u"--json"_s,
                                   u"dkim"_s,
                                   u"keygen"_s,
                                   u"--domain"_s,
                                   u"what-if.test"_s,
                                   u"--selector"_s,
                                   u"s1"_s,
                                   u"--algorithm"_s,
                                   u"rsa-2048"_s});
        QVERIFY2(keygen.exitCode == 0, keygen.err.constData());
        const QJsonObject key = keygen.json();
        QVERIFY(key[u"record"_s].toString().startsWith(u"v=DKIM1; k=rsa; p=MII"_s));
        QCOMPARE(key[u"strings"_s].toArray().size(), 2); // 2048-bit key: over 255 bytes
        QCOMPARE(key[u"state"_s].toString(), u"generated"_s);
        const QString zoneLine = key[u"zone_line"_s].toString();
        QVERIFY(zoneLine.startsWith(u"s1._domainkey.what-if.test. 3600 IN TXT \""_s));

        // The same selector again is refused; the first key stays.
        QCOMPARE(runCli({u"dkim"_s,
                         u"keygen"_s,
                         u"--domain"_s,
                         u"what-if.test"_s,
                         u"--selector"_s,
                         u"s1"_s})
                     .exitCode,
                 2);

        // Sign with the workspace key; verify against a zone file holding the zone line.
        const Run signing = runCli(
            {u"dkim"_s, u"sign"_s, u"--selector"_s, u"s1"_s, u"--domain"_s, u"what-if.test"_s},
            kMessage);
        QVERIFY2(signing.exitCode == 0, signing.err.constData());
        QTemporaryDir dir;
        QFile zone(dir.filePath(u"what-if.zone"_s));
        QVERIFY(zone.open(QIODevice::WriteOnly));
        zone.write(
            "what-if.test. 300 IN SOA ns1.what-if.test. h.what-if.test. 1 3600 600 86400 300\n");
        zone.write(zoneLine.toUtf8() + '\n');
        zone.close();
        const Run verified = runCli({u"--zone-file"_s,
                                     zone.fileName(),
                                     u"--offline"_s,
                                     u"--json"_s,
                                     u"dkim"_s,
                                     u"verify"_s},
                                    signing.out);
        QVERIFY2(verified.exitCode == 0, verified.out.constData());

        // dkim check compares with the workspace key of the selector.
        const Run checked = runCli({u"--zone-file"_s,
                                    zone.fileName(),
                                    u"--offline"_s,
                                    u"--json"_s,
                                    u"dkim"_s,
                                    u"check"_s,
                                    u"what-if.test"_s,
                                    u"--selector"_s,
                                    u"s1"_s});
        QCOMPARE(checked.exitCode, 0);
        QCOMPARE(checked.json()[u"matches_local_key"_s].toBool(), true);

        const Run keys
            = runCli({u"--json"_s, u"dkim"_s, u"keys"_s, u"--domain"_s, u"what-if.test"_s});
        QCOMPARE(keys.exitCode, 0);
        QCOMPARE(keys.json()[u"keys"_s].toArray().size(), 1);
        QCOMPARE(keys.json()[u"due"_s].toArray().first().toObject()[u"action"_s].toString(),
                 u"publish"_s);
    }

    // The rotation lifecycle from the CLI. The DNS steps ask every authoritative nameserver of
    // life.test (its NS is the test Knot, asked on --authoritative-port); the records are
    // published by RFC 2136 updates.
    void lifecycle()
    {
        QVERIFY(Test::reloadKnotZone(u"life.test"_s));
        const Run keygen = runCli({u"--json"_s,
                                   u"dkim"_s,
                                   u"keygen"_s,
                                   u"--domain"_s,
                                   u"life.test"_s,
                                   u"--selector"_s,
                                   u"s1"_s,
                                   u"--algorithm"_s,
                                   u"ed25519"_s});
        QCOMPARE(keygen.exitCode, 0);
        QTemporaryDir dir;
        const QStringList dns
            = knot()
              + QStringList{u"--authoritative-port"_s, QString::number(Test::knotServer().port)};
        const QStringList key{u"--domain"_s, u"life.test"_s, u"--selector"_s, u"s1"_s};
        const auto state = [&](const QStringList &options, const QString &step) {
            return runCli(options + QStringList{u"--json"_s, u"dkim"_s, u"state"_s} + key
                          + QStringList{step});
        };

        const Run absent = state(dns, u"publish"_s);
        QCOMPARE(absent.exitCode, 1); // DNS does not serve the key
        QCOMPARE(absent.json()[u"state"_s].toString(), u"generated"_s);
        const QJsonObject report = absent.json()[u"publication"_s].toObject();
        QCOMPARE(report[u"zone"_s].toString(), u"life.test"_s);
        QCOMPARE(report[u"serving"_s].toInt(), 0);
        QCOMPARE(report[u"servers"_s].toArray().size(), 1);
        QCOMPARE(report[u"servers"_s].toArray().first().toObject()[u"status"_s].toString(),
                 u"nxdomain"_s);
        QCOMPARE(state({}, u"activate"_s).exitCode, 2); // not published yet
        QVERIFY(Test::updateKnotZone(u"life.test"_s,
                                     u"update add "_s + keygen.json()[u"zone_line"_s].toString()));
        const Run publish = state(dns, u"publish"_s);
        QCOMPARE(publish.exitCode, 0);
        QCOMPARE(publish.json()[u"state"_s].toString(), u"published"_s);
        QCOMPARE(publish.json()[u"publication"_s].toObject()[u"serving"_s].toInt(), 1);
        QCOMPARE(state({}, u"activate"_s).json()[u"state"_s].toString(), u"active"_s);
        QCOMPARE(state({}, u"retire"_s).json()[u"state"_s].toString(), u"retiring"_s);
        QCOMPARE(state(dns, u"revoke"_s).exitCode, 1); // the key is still published
        QVERIFY(Test::updateKnotZone(
            u"life.test"_s,
            u"update delete s1._domainkey.life.test. TXT\n"
            "update add s1._domainkey.life.test. 300 TXT \"v=DKIM1; k=ed25519; p=\""_s));
        const Run revoked = state(dns, u"revoke"_s);
        QCOMPARE(revoked.exitCode, 0);
        QCOMPARE(revoked.json()[u"state"_s].toString(), u"revoked"_s);

        const QString pem = dir.filePath(u"s1.pem"_s);
        const Run exported
            = runCli(QStringList{u"--json"_s, u"dkim"_s, u"export"_s, u"--out"_s, pem} + key);
        QCOMPARE(exported.exitCode, 0);
        QFile file(pem);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().startsWith("-----BEGIN PRIVATE KEY-----"));
        QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());

        QCOMPARE(state({}, u"destroy"_s).json()[u"state"_s].toString(), u"destroyed"_s);
        QCOMPARE(
            runCli(QStringList{u"dkim"_s, u"export"_s, u"--out"_s, dir.filePath(u"again.pem"_s)}
                   + key)
                .exitCode,
            2);
        const QJsonObject keys
            = runCli({u"--json"_s, u"dkim"_s, u"keys"_s, u"--domain"_s, u"life.test"_s}).json();
        QCOMPARE(keys[u"keys"_s].toArray().first().toObject()[u"state"_s].toString(),
                 u"destroyed"_s);
        QVERIFY(keys[u"due"_s].toArray().isEmpty());
    }

    void keygenExport()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"k.pem"_s);
        const QStringList args{u"dkim"_s,
                               u"keygen"_s,
                               u"--domain"_s,
                               u"example.com"_s,
                               u"--algorithm"_s,
                               u"ed25519"_s,
                               u"--no-store"_s,
                               u"--export"_s,
                               path};
        const Run exported = runCli(QStringList{u"--json"_s} + args);
        QCOMPARE(exported.exitCode, 0);
        QVERIFY(exported.json()[u"snippets"_s].toObject()[u"opendkim"_s].toString().contains(path));
        QVERIFY(!exported.json().contains(u"id"_s)); // not stored
        QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        QCOMPARE(runCli(args).exitCode, 2); // never overwrites
        QCOMPARE(runCli({u"dkim"_s, u"keygen"_s, u"--domain"_s, u"example.com"_s, u"--no-store"_s})
                     .exitCode,
                 2);
        QCOMPARE(runCli({u"dkim"_s,
                         u"keygen"_s,
                         u"--domain"_s,
                         u"example.com"_s,
                         u"--algorithm"_s,
                         u"dsa"_s})
                     .exitCode,
                 2);
    }

    void keychainAbsentExitsThree()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/bus"_s);
        const Run run = runCli({u"dkim"_s,
                                u"keygen"_s,
                                u"--domain"_s,
                                u"example.org"_s,
                                u"--algorithm"_s,
                                u"ed25519"_s},
                               {},
                               env);
        QCOMPARE(run.exitCode, 3);
        QVERIFY(run.err.contains("keychain"));
    }

    void check_data()
    {
        QTest::addColumn<QString>("selector");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("firstId");
        QTest::newRow("good") << u"rsa"_s << 0 << u"dkim.key-ok"_s;
        QTest::newRow("too short") << u"short"_s << 1 << u"dkim.key-too-short"_s;
        QTest::newRow("missing") << u"absent"_s << 1 << u"dkim.selector-missing"_s;
    }
    void check()
    {
        QFETCH(QString, selector);
        QFETCH(int, exitCode);
        QFETCH(QString, firstId);
        const Run run = runCli(
            knot()
            + QStringList{
                u"--json"_s, u"dkim"_s, u"check"_s, u"dkim.test"_s, u"--selector"_s, selector});
        QCOMPARE(run.exitCode, exitCode);
        const QJsonObject finding = run.json()[u"findings"_s].toArray().first().toObject();
        QCOMPARE(finding[u"id"_s].toString(), firstId);
        QVERIFY(!finding[u"title"_s].toString().isEmpty());
    }

    void checkWithKey()
    {
        const Run match = runCli(knot()
                                 + QStringList{u"--json"_s,
                                               u"dkim"_s,
                                               u"check"_s,
                                               u"dkim.test"_s,
                                               u"--selector"_s,
                                               u"ed"_s,
                                               u"--key"_s,
                                               Test::dataPath(u"dkim/keys/ed25519.seed"_s)});
        QCOMPARE(match.exitCode, 0);
        QCOMPARE(match.json()[u"matches_local_key"_s].toBool(), true);
        const Run mismatch = runCli(knot()
                                    + QStringList{u"--json"_s,
                                                  u"dkim"_s,
                                                  u"check"_s,
                                                  u"dkim.test"_s,
                                                  u"--selector"_s,
                                                  u"rsa"_s,
                                                  u"--key"_s,
                                                  Test::dataPath(u"dkim/keys/rsa1024.pem"_s)});
        QCOMPARE(mismatch.exitCode, 1);
        QCOMPARE(mismatch.json()[u"matches_local_key"_s].toBool(), false);
        QCOMPARE(runCli({u"--nameserver"_s,
                         u"127.0.0.1:9"_s,
                         u"--timeout"_s,
                         u"200"_s,
                         u"dkim"_s,
                         u"check"_s,
                         u"dkim.test"_s,
                         u"--selector"_s,
                         u"rsa"_s})
                     .exitCode,
                 3);
    }

    void selectors()
    {
        const Run run = runCli(
            knot() + QStringList{u"--json"_s, u"dkim"_s, u"selectors"_s, u"discover.dkim.test"_s});
        QCOMPARE(run.exitCode, 0);
        QStringList found;
        for (const QJsonValue &v : run.json()[u"found"_s].toArray())
            found << v.toObject()[u"selector"_s].toString();
        QCOMPARE(found, (QStringList{u"google"_s, u"selector2"_s, u"k1"_s}));
        const Run fromFile = runCli({u"--json"_s,
                                     u"dkim"_s,
                                     u"selectors"_s,
                                     u"--from-file"_s,
                                     Test::dataPath(u"dkim/rfc8463/signed.eml"_s)});
        QCOMPARE(fromFile.exitCode, 0);
        QCOMPARE(fromFile.json()[u"pairs"_s].toArray().size(), 2);
    }

    // The selector inventory learns from stored DMARC aggregate reports: brand2026, which no
    // list of common selectors has, is probed and found with --from-reports only; a selector
    // that is not one, and another signer's, are not probed.
    void selectorsFromReports()
    {
        QTemporaryDir home;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"XDG_DATA_HOME"_s, home.path());
        const auto authResult = [](const char *domain, const char *selector) {
            return "<dkim><domain>"_ba + domain + "</domain><result>pass</result><selector>"
                   + selector + "</selector></dkim>";
        };
        const QByteArray report
            = "<feedback><report_metadata><org_name>Reporter</org_name><email>r@example.net"
              "</email><report_id>learn-1</report_id><date_range><begin>1700000000</begin>"
              "<end>1700086399</end></date_range></report_metadata><policy_published><domain>"
              "discover.dkim.test</domain><p>none</p></policy_published><record><row>"
              "<source_ip>192.0.2.1</source_ip><count>3</count><policy_evaluated><disposition>"
              "none</disposition><dkim>pass</dkim><spf>fail</spf></policy_evaluated></row>"
              "<identifiers><header_from>discover.dkim.test</header_from></identifiers>"
              "<auth_results>"_ba
              + authResult("DISCOVER.dkim.test", "brand2026")
              + authResult("discover.dkim.test", "not a selector")
              + authResult("other.example", "elsewhere") + "</auth_results></record></feedback>";
        QFile file(home.filePath(u"report.xml"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(report);
        file.close();
        QCOMPARE(runCli({u"dmarc"_s, u"report"_s, u"--store"_s, file.fileName()}, {}, environment)
                     .exitCode,
                 0);

        const QStringList selectors
            = knot() + QStringList{u"--json"_s, u"dkim"_s, u"selectors"_s, u"discover.dkim.test"_s};
        const auto foundIn = [](const Run &run) {
            QStringList found;
            for (const QJsonValue &v : run.json()[u"found"_s].toArray())
                found << v.toObject()[u"selector"_s].toString();
            return found;
        };
        const Run plain = runCli(selectors, {}, environment);
        QCOMPARE(plain.exitCode, 0);
        QVERIFY(!foundIn(plain).contains(u"brand2026"_s));

        const Run learned = runCli(selectors + QStringList{u"--from-reports"_s}, {}, environment);
        QCOMPARE(learned.exitCode, 0);
        QCOMPARE(foundIn(learned),
                 (QStringList{u"google"_s, u"selector2"_s, u"k1"_s, u"brand2026"_s}));
        const QJsonArray probed = learned.json()[u"probed"_s].toArray();
        QCOMPARE(probed.last().toString(), u"brand2026"_s);
        QCOMPARE(probed.size(), Dkim::commonSelectors().size() + 1);
    }
};

QTEST_GUILESS_MAIN(tst_DkimCli)
#include "tst_dkimcli.moc"
