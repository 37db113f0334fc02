#include "clirun.h"
#include "testenv.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Sceau;
using namespace Qt::StringLiterals;

// The docs/cli.md contract of sceau-cli dkim for what tst_dkimcli does not cover: options,
// FILE arguments, exit codes 2 and 3, bad usage, the workspace and the keychain failing. Runs
// with a real gnome-keyring (with-keyring.sh) and the test Knot.
namespace {
using Run = Test::CliRun;

using Test::runCli;

const QStringList kUnreachable{u"--nameserver"_s, u"127.0.0.1:9"_s, u"--timeout"_s, u"300"_s};
const QByteArray kMessage
    = "From: Alice <alice@dkim.test>\nTo: bob@example.net\nSubject: Contract\n\nHello.\n";

QStringList signWithEd(const QStringList &more = {})
{
    return QStringList{u"dkim"_s,
                       u"sign"_s,
                       u"--key"_s,
                       Test::dataPath(u"dkim/keys/ed25519.pem"_s),
                       u"--selector"_s,
                       u"ed"_s,
                       u"--domain"_s,
                       u"dkim.test"_s}
           + more;
}

QByteArray bytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void write(const QString &path, const QByteArray &data)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        qFatal("cannot write %s", qPrintable(path));
}

// 63.63.63.<48>: a valid selector alone (240 characters), too long beside any domain.
const QString kLongSelector
    = QStringList{QString(63, u'a'), QString(63, u'a'), QString(63, u'a'), QString(48, u'b')}.join(
        u'.');
} // namespace

class tst_DkimCliContract : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("SCEAU_KEYRING_HOME"), "run through with-keyring.sh");
    }

    // --testing adds t=y to the record to publish (RFC 6376 §3.6.1), and dkim check sees it.
    void keygenTesting()
    {
        const QStringList keygen{u"--json"_s,
                                 u"dkim"_s,
                                 u"keygen"_s,
                                 u"--domain"_s,
                                 u"testing.test"_s,
                                 u"--algorithm"_s,
                                 u"ed25519"_s,
                                 u"--selector"_s};
        const Run testing = runCli(keygen + QStringList{u"t1"_s, u"--testing"_s});
        QVERIFY2(testing.exitCode == 0, testing.err.constData());
        QVERIFY(testing.json()[u"record"_s].toString().contains(u"; t=y; "_s));
        const QString zoneLine = testing.json()[u"zone_line"_s].toString();
        QVERIFY(zoneLine.contains(u"t=y"_s));
        const Run plain = runCli(keygen + QStringList{u"t2"_s});
        QCOMPARE(plain.exitCode, 0);
        QVERIFY(!plain.json()[u"record"_s].toString().contains(u"; t="_s));

        QTemporaryDir dir;
        const QString zone = dir.filePath(u"testing.zone"_s);
        write(zone,
              "testing.test. 300 IN SOA ns.testing.test. h.testing.test. 1 3600 600 86400 300\n"
                  + zoneLine.toUtf8() + '\n');
        const Run checked = runCli({u"--zone-file"_s,
                                    zone,
                                    u"--offline"_s,
                                    u"--json"_s,
                                    u"dkim"_s,
                                    u"check"_s,
                                    u"testing.test"_s,
                                    u"--selector"_s,
                                    u"t1"_s});
        QCOMPARE(checked.exitCode, 0);
        QCOMPARE(checked.json()[u"testing"_s].toBool(), true);
        QVERIFY(Test::findingIds(checked.json()).contains(u"dkim.testing-mode"_s));
    }

    void signCanonicalization_data()
    {
        QTest::addColumn<QString>("option");
        QTest::newRow("simple/simple") << u"simple/simple"_s;
        QTest::newRow("relaxed/simple") << u"relaxed/simple"_s;
        QTest::newRow("simple/relaxed") << u"simple/relaxed"_s;
    }
    void signCanonicalization()
    {
        QFETCH(QString, option);
        const Run signing = runCli(
            QStringList{u"--json"_s} + signWithEd({u"--canonicalization"_s, option}), kMessage);
        QCOMPARE(signing.exitCode, 0);
        const QString field = signing.json()[u"signature"_s].toString();
        QVERIFY2(field.contains(u"c="_s + option + u";"_s), qPrintable(field));
        const Run verified = runCli(Test::knotOptions() + QStringList{u"dkim"_s, u"verify"_s},
                                    signing.json()[u"message"_s].toString().toUtf8());
        QCOMPARE(verified.exitCode, 0);
    }
    void signCanonicalizationInvalid()
    {
        const Run run = runCli(signWithEd({u"--canonicalization"_s, u"relaxed/odd"_s}), kMessage);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("--canonicalization"));
        QVERIFY(run.out.isEmpty());
    }

    // FILE instead of standard input, for sign and verify; a missing FILE or two are bad usage.
    void fileArguments()
    {
        QTemporaryDir dir;
        const QString plain = dir.filePath(u"plain.eml"_s);
        write(plain, kMessage);
        const Run signing = runCli(signWithEd({plain}));
        QCOMPARE(signing.exitCode, 0);
        QVERIFY(signing.out.startsWith("DKIM-Signature: v=1;"));
        QVERIFY(signing.out.endsWith("Subject: Contract\r\n\r\nHello.\r\n"));
        const QString signedFile = dir.filePath(u"signed.eml"_s);
        write(signedFile, signing.out);
        const Run verified = runCli(Test::knotOptions()
                                    + QStringList{u"--json"_s, u"dkim"_s, u"verify"_s, signedFile});
        QCOMPARE(verified.exitCode, 0);
        QCOMPARE(verified.json()[u"signatures"_s].toArray().first().toObject()[u"result"_s],
                 u"pass"_s);
        // FILE wins over standard input: a tampered stdin is not read.
        QCOMPARE(runCli(Test::knotOptions() + QStringList{u"dkim"_s, u"verify"_s, signedFile},
                        "From: x\n\ntampered\n")
                     .exitCode,
                 0);

        const QString missing = dir.filePath(u"missing.eml"_s);
        for (const QStringList &args : {signWithEd({missing}),
                                        QStringList{u"dkim"_s, u"verify"_s, missing},
                                        signWithEd({plain, plain}),
                                        QStringList{u"dkim"_s, u"verify"_s, plain, plain}}) {
            const Run run = runCli(args);
            QCOMPARE(run.exitCode, 2);
            QVERIFY(!run.err.isEmpty());
        }
    }

    // exit 3: the lookup failed (dkim state publish), nothing could be looked up (selectors).
    void couldNotComplete()
    {
        const Run keygen = runCli({u"dkim"_s,
                                   u"keygen"_s,
                                   u"--domain"_s,
                                   u"state.test"_s,
                                   u"--selector"_s,
                                   u"s1"_s,
                                   u"--algorithm"_s,
                                   u"ed25519"_s});
        QCOMPARE(keygen.exitCode, 0);
        const Run publish = runCli(kUnreachable
                                   + QStringList{u"dkim"_s,
                                                 u"state"_s,
                                                 u"--domain"_s,
                                                 u"state.test"_s,
                                                 u"--selector"_s,
                                                 u"s1"_s,
                                                 u"publish"_s});
        QCOMPARE(publish.exitCode, 3);
        QVERIFY(!publish.err.isEmpty());
        const Run keys
            = runCli({u"--json"_s, u"dkim"_s, u"keys"_s, u"--domain"_s, u"state.test"_s});
        QCOMPARE(keys.json()[u"keys"_s].toArray().first().toObject()[u"state"_s].toString(),
                 u"generated"_s); // not moved

        const Run selectors = runCli(
            kUnreachable + QStringList{u"--json"_s, u"dkim"_s, u"selectors"_s, u"dkim.test"_s});
        QCOMPARE(selectors.exitCode, 3);
        QVERIFY(!selectors.json()[u"failed"_s].toArray().isEmpty());
    }

    // postureExitCode(): an error-level finding (1) wins over a failed lookup (3); else 0.
    void selectorsExitCodes()
    {
        const auto run = [](const QStringList &args) {
            return runCli(Test::knotOptions() + QStringList{u"--json"_s, u"dkim"_s, u"selectors"_s}
                          + args);
        };
        const Run shortKey = run({u"dkim.test"_s, u"--selector"_s, u"short"_s});
        QCOMPARE(shortKey.exitCode, 1); // a 512-bit key: dkim.key-too-short
        QCOMPARE(shortKey.json()[u"found"_s].toArray().size(), 1);
        QCOMPARE(run({u"nothing.dkim.test"_s}).exitCode, 0); // none found, none failed
        const Run check = runCli(
            Test::knotOptions()
            + QStringList{u"dkim"_s, u"check"_s, u"dkim.test"_s, u"--selector"_s, u"short"_s});
        QCOMPARE(check.exitCode, 1);
    }

    // dkim export never overwrites: exit 2, the file keeps its bytes and its mode.
    void exportOntoExistingFile()
    {
        QCOMPARE(runCli({u"dkim"_s,
                         u"keygen"_s,
                         u"--domain"_s,
                         u"export.test"_s,
                         u"--selector"_s,
                         u"s1"_s,
                         u"--algorithm"_s,
                         u"ed25519"_s})
                     .exitCode,
                 0);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"existing.pem"_s);
        write(path, "keep me\n");
        QFile::setPermissions(
            path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);
        const Run run = runCli({u"dkim"_s,
                                u"export"_s,
                                u"--domain"_s,
                                u"export.test"_s,
                                u"--selector"_s,
                                u"s1"_s,
                                u"--out"_s,
                                path});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("existing.pem"));
        QCOMPARE(bytes(path), "keep me\n");
        QVERIFY(QFile::permissions(path) & QFileDevice::ReadOther);
        // keygen --export onto it: refused before a key is made, nothing stored.
        const Run keygen = runCli({u"dkim"_s,
                                   u"keygen"_s,
                                   u"--domain"_s,
                                   u"export.test"_s,
                                   u"--selector"_s,
                                   u"s2"_s,
                                   u"--export"_s,
                                   path});
        QCOMPARE(keygen.exitCode, 2);
        QCOMPARE(bytes(path), "keep me\n");
        QCOMPARE(runCli({u"--json"_s, u"dkim"_s, u"keys"_s, u"--domain"_s, u"export.test"_s})
                     .json()[u"keys"_s]
                     .toArray()
                     .size(),
                 1);
    }

    // An over-long selector or domain is bad usage (2) in every command, never a DNS failure.
    void overLongNames_data()
    {
        QTest::addColumn<QStringList>("arguments");
        const QString longDomain = QStringList(5, QString(60, u'd')).join(u'.');
        QTest::newRow("dkim check")
            << QStringList{u"dkim"_s, u"check"_s, u"dkim.test"_s, u"--selector"_s, kLongSelector};
        QTest::newRow("dkim check domain")
            << QStringList{u"dkim"_s, u"check"_s, longDomain, u"--selector"_s, u"s1"_s};
        QTest::newRow("dkim selectors") << QStringList{
            u"dkim"_s, u"selectors"_s, u"dkim.test"_s, u"--selector"_s, kLongSelector};
        QTest::newRow("dkim keygen") << QStringList{
            u"dkim"_s, u"keygen"_s, u"--domain"_s, u"dkim.test"_s, u"--selector"_s, kLongSelector};
        QTest::newRow("dkim sign") << QStringList{u"dkim"_s,
                                                  u"sign"_s,
                                                  u"--key"_s,
                                                  Test::dataPath(u"dkim/keys/ed25519.pem"_s),
                                                  u"--domain"_s,
                                                  u"dkim.test"_s,
                                                  u"--selector"_s,
                                                  kLongSelector};
        QTest::newRow("dkim state") << QStringList{u"dkim"_s,
                                                   u"state"_s,
                                                   u"--domain"_s,
                                                   u"dkim.test"_s,
                                                   u"--selector"_s,
                                                   kLongSelector,
                                                   u"publish"_s};
        QTest::newRow("dkim export") << QStringList{u"dkim"_s,
                                                    u"export"_s,
                                                    u"--domain"_s,
                                                    u"dkim.test"_s,
                                                    u"--selector"_s,
                                                    kLongSelector,
                                                    u"--out"_s,
                                                    u"/nonexistent"_s};
        QTest::newRow("check") << QStringList{
            u"check"_s, u"dkim.test"_s, u"--selector"_s, kLongSelector};
        QTest::newRow("check, too long alone")
            << QStringList{u"check"_s, u"dkim.test"_s, u"--selector"_s, kLongSelector + u"bb"_s};
    }
    void overLongNames()
    {
        QFETCH(QStringList, arguments);
        const Run run = runCli(Test::knotOptions() + arguments, kMessage);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("too long") || run.err.contains("longer than"),
                 run.err.constData());
        QVERIFY(!run.err.contains("malformed"));
        QVERIFY(run.out.isEmpty());
    }

    // A damaged or newer workspace: bad input (2) with a clear message naming the file, which
    // keeps every byte.
    void unusableWorkspace_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("random bytes") << u"random"_s;
        QTest::newRow("newer schema") << u"newer"_s;
    }
    void unusableWorkspace()
    {
        QFETCH(QString, kind);
        QTemporaryDir data;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_DATA_HOME"_s, data.path());
        QCOMPARE(runCli({u"dkim"_s, u"keys"_s}, {}, env).exitCode, 0); // creates the workspace
        QDirIterator found(
            data.path(), {u"workspace.sqlite"_s}, QDir::Files, QDirIterator::Subdirectories);
        QVERIFY(found.hasNext());
        const QString path = found.next();
        if (kind == u"random"_s) {
            QByteArray junk(32 * 1024, '\0');
            QRandomGenerator random(11);
            for (char &c : junk)
                c = char(random.bounded(256));
            write(path, junk);
        } else { // a valid database whose schema version is beyond this Sceau's
            QByteArray db = bytes(path);
            QVERIFY(db.size() >= 100);
            db[60] = 0, db[61] = 0, db[62] = 0x03, db[63] = char(0xe7); // user_version 999
            write(path, db);
        }
        const QByteArray before = bytes(path);
        for (const QStringList &args : {QStringList{u"dkim"_s, u"keys"_s},
                                        QStringList{u"dkim"_s,
                                                    u"keygen"_s,
                                                    u"--domain"_s,
                                                    u"w.test"_s,
                                                    u"--algorithm"_s,
                                                    u"ed25519"_s}}) {
            const Run run = runCli(args, {}, env);
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(run.err.contains("workspace"), run.err.constData());
            QVERIFY(run.err.contains(path.toUtf8()));
            QCOMPARE(bytes(path), before);
        }
    }

    // No keychain: keygen --export fails (3) and leaves no private key on disk.
    void keygenExportWithoutKeychain()
    {
        QTemporaryDir dir;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/bus"_s);
        env.insert(u"XDG_DATA_HOME"_s, dir.filePath(u"data"_s));
        const QString pem = dir.filePath(u"k.pem"_s);
        const Run run = runCli({u"dkim"_s,
                                u"keygen"_s,
                                u"--domain"_s,
                                u"nokeychain.test"_s,
                                u"--algorithm"_s,
                                u"ed25519"_s,
                                u"--export"_s,
                                pem},
                               {},
                               env);
        QCOMPARE(run.exitCode, 3);
        QVERIFY(run.err.contains("keychain"));
        QVERIFY(!QFile::exists(pem));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList());
    }
};

QTEST_GUILESS_MAIN(tst_DkimCliContract)
#include "tst_dkimclicontract.moc"
