#include "model/dkim/signer.h"
#include "model/dkim/verifier.h"
#include "model/dns/liveresolver.h"

#include "await.h"
#include "testenv.h"

#include <QFile>
#include <QProcess>
#include <QTest>

using namespace Sceau;
using namespace Sceau::Dkim;
using namespace Qt::StringLiterals;

// Interoperability with python3-dkim (dkimpy): Sceau's signatures verify with dkimverify, and
// dkimsign's verify with Sceau. Keys are served by the test Knot; dkimpy reaches it through
// tests/support/pydns/sitecustomize.py.
namespace {
const QByteArray kMessage = "From: Alice <alice@dkim.test>\n"
                            "To: Bob <bob@example.net>\n"
                            "Subject:   Interop\t check \n"
                            "Date: Tue, 24 Nov 2026 06:00:00 +0000\n"
                            "Message-ID: <interop@dkim.test>\n"
                            "MIME-Version: 1.0\n"
                            "Content-Type: text/plain; charset=utf-8\n"
                            "\n"
                            "Trailing spaces   \n"
                            "\ttabs\tinside \n"
                            "\n\n\n";

QString keyPath(const QString &file)
{
    return Test::dataPath(u"dkim/keys/"_s + file);
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
};

Run python(const QString &script, const QStringList &args, const QByteArray &input)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"PYTHONPATH"_s, qEnvironmentVariable("SCEAU_PYDNS_DIR"));
    process.setProcessEnvironment(env);
    process.start(u"/usr/bin/python3"_s, QStringList{script} + args);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(30000))
        qFatal("%s did not finish", qPrintable(script));
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput() + process.readAllStandardError()};
}

const char *canonToken(bool relaxed)
{
    return relaxed ? "relaxed" : "simple";
}
} // namespace

class tst_DkimInterop : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // Required, never optional (CI installs it, .ci/packages.txt): a missing reference fails.
        const Run probe = python(u"-c"_s, {u"import dkim, dns.resolver"_s}, {});
        QVERIFY2(probe.exitCode == 0 && QFile::exists(u"/usr/bin/dkimverify"_s)
                     && QFile::exists(u"/usr/bin/dkimsign"_s),
                 qPrintable(u"dkimpy is missing (apt-get install python3-dkim): %1"_s.arg(
                     QString::fromLocal8Bit(probe.out).trimmed())));
    }

    void matrix_data()
    {
        QTest::addColumn<QString>("keyFile");
        QTest::addColumn<QString>("selector");
        QTest::addColumn<QString>("signalg");
        QTest::addColumn<bool>("relaxedHeader");
        QTest::addColumn<bool>("relaxedBody");
        for (int c = 0; c < 4; ++c) {
            const bool h = c & 1, b = c & 2;
            QTest::addRow("rsa %s/%s", canonToken(h), canonToken(b))
                << u"rsa2048.pem"_s << u"rsa"_s << u"rsa-sha256"_s << h << b;
            QTest::addRow("ed25519 %s/%s", canonToken(h), canonToken(b))
                << u"ed25519.seed"_s << u"ed"_s << u"ed25519-sha256"_s << h << b;
        }
    }

    void sceauSignsDkimpyVerifies_data() { matrix_data(); }
    void sceauSignsDkimpyVerifies()
    {
        QFETCH(QString, keyFile);
        QFETCH(QString, selector);
        QFETCH(bool, relaxedHeader);
        QFETCH(bool, relaxedBody);
        QFile file(keyPath(keyFile));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto key = PrivateKey::load(file.readAll());
        QVERIFY(key);
        SignOptions options;
        options.domain = u"dkim.test"_s;
        options.selector = selector;
        options.headerCanonicalization
            = relaxedHeader ? Canonicalization::Relaxed : Canonicalization::Simple;
        options.bodyCanonicalization
            = relaxedBody ? Canonicalization::Relaxed : Canonicalization::Simple;
        const auto signedMessage = signMessage(kMessage, *key, options);
        QVERIFY(signedMessage);

        const Run ok = python(u"/usr/bin/dkimverify"_s, {}, *signedMessage);
        QVERIFY2(ok.exitCode == 0, ok.out.constData());
        QVERIFY(ok.out.contains("signature ok"));
        QByteArray tampered = *signedMessage;
        tampered.replace("Interop", "Intercept");
        QCOMPARE(python(u"/usr/bin/dkimverify"_s, {}, tampered).exitCode, 1);
    }

    void dkimpySignsSceauVerifies_data() { matrix_data(); }
    void dkimpySignsSceauVerifies()
    {
        QFETCH(QString, keyFile);
        QFETCH(QString, selector);
        QFETCH(QString, signalg);
        QFETCH(bool, relaxedHeader);
        QFETCH(bool, relaxedBody);
        const Run signing = python(u"/usr/bin/dkimsign"_s,
                                   {u"--signalg"_s,
                                    signalg,
                                    u"--hcanon"_s,
                                    QString::fromLatin1(canonToken(relaxedHeader)),
                                    u"--bcanon"_s,
                                    QString::fromLatin1(canonToken(relaxedBody)),
                                    selector,
                                    u"dkim.test"_s,
                                    keyPath(keyFile)},
                                   Message::toCrlf(kMessage));
        QVERIFY2(signing.exitCode == 0, signing.out.constData());
        QVERIFY(signing.out.startsWith("DKIM-Signature:"));
        const QList<SignatureResult> results = verify(signing.out);
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.first().algorithm, signalg);
        QVERIFY2(results.first().status == VerifyStatus::Pass, qPrintable(results.first().reason));
        QByteArray tampered = signing.out;
        tampered.replace("tabs", "taps");
        QCOMPARE(verify(tampered).first().reason, u"body-hash-mismatch"_s);
    }

    // RFC 8301 §3.1: a correct rsa-sha1 signature is reported, but never as a pass.
    void rsaSha1IsWeak()
    {
        const Run signing = python(
            u"/usr/bin/dkimsign"_s,
            {u"--signalg"_s, u"rsa-sha1"_s, u"rsa"_s, u"dkim.test"_s, keyPath(u"rsa2048.pem"_s)},
            Message::toCrlf(kMessage));
        QVERIFY2(signing.exitCode == 0, signing.out.constData());
        const QList<SignatureResult> results = verify(signing.out);
        QCOMPARE(results.first().algorithm, u"rsa-sha1"_s);
        QCOMPARE(results.first().status, VerifyStatus::Fail);
        QCOMPARE(results.first().reason, u"weak-algorithm"_s);
        QVERIFY(results.first().weak);
    }

private:
    QList<SignatureResult> verify(const QByteArray &message)
    {
        Dns::LiveResolver resolver(Test::knotConfig());
        Verifier verifier(&resolver);
        return Test::await(verifier.verify(message)).signatures;
    }
};

QTEST_GUILESS_MAIN(tst_DkimInterop)
#include "tst_dkiminterop.moc"
