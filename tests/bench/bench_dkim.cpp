// bench_dkim [--runs N] [--messages N] [--openssl PATH]
// DKIM benchmark (issue 4):
//  - key generation, median of N runs: Sceau (OpenSSL EVP in process) next to `openssl genpkey`
//    (a process per key: its start-up time is measured and shown apart);
//  - sign and verify throughput in messages per second (RSA-2048, Ed25519, relaxed/relaxed,
//    key record given directly: no DNS), printed as JSON lines for run-dkim-bench.sh.
#include "model/dkim/keygenerator.h"
#include "model/dkim/keyrecord.h"
#include "model/dkim/signer.h"
#include "model/dkim/verifier.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Sceau;
using namespace Sceau::Dkim;

namespace {
double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

double runProcessMs(const QString &program, const QStringList &arguments)
{
    QElapsedTimer clock;
    clock.start();
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(-1); // a benchmark, not UI code
    if (process.exitCode() != 0)
        qFatal("%s failed", qPrintable(program));
    return clock.nsecsElapsed() / 1e6;
}

QStringList genpkeyArguments(const KeySpec &spec, const QString &out)
{
    if (spec.algorithm == KeyAlgorithm::Ed25519)
        return {QStringLiteral("genpkey"),
                QStringLiteral("-algorithm"),
                QStringLiteral("ED25519"),
                QStringLiteral("-out"),
                out};
    return {QStringLiteral("genpkey"),
            QStringLiteral("-algorithm"),
            QStringLiteral("RSA"),
            QStringLiteral("-pkeyopt"),
            QStringLiteral("rsa_keygen_bits:%1").arg(spec.bits),
            QStringLiteral("-out"),
            out};
}

QByteArray testMessage()
{
    QByteArray body;
    for (int i = 0; i < 40; ++i) // about 3 kB of text
        body += "Line " + QByteArray::number(i)
                + " of a typical message body,   with  some spaces.  \n";
    return "From: Alice <alice@bench.test>\nTo: Bob <bob@example.net>\nSubject: Benchmark\n"
           "Date: Tue, 24 Nov 2026 06:00:00 +0000\nMessage-ID: <bench@bench.test>\n"
           "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n"
           + body;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("key generations per type"),
                                        QStringLiteral("N"),
                                        QStringLiteral("20"));
    const QCommandLineOption messagesOption(QStringLiteral("messages"),
                                            QStringLiteral("messages signed and verified"),
                                            QStringLiteral("N"),
                                            QStringLiteral("2000"));
    const QCommandLineOption opensslOption(QStringLiteral("openssl"),
                                           QStringLiteral("openssl binary"),
                                           QStringLiteral("PATH"),
                                           QStringLiteral("openssl"));
    parser.addOptions({runsOption, messagesOption, opensslOption});
    parser.process(app);
    const int runs = parser.value(runsOption).toInt();
    const int messages = parser.value(messagesOption).toInt();
    const QString openssl = parser.value(opensslOption);
    QTemporaryDir dir;

    QList<double> startup;
    for (int i = 0; i < runs; ++i)
        startup << runProcessMs(openssl, {QStringLiteral("version")});
    std::printf("{\"bench\":\"openssl-startup\",\"median_ms\":%.2f}\n", median(startup));

    for (const QString &token :
         {QStringLiteral("rsa-2048"), QStringLiteral("rsa-4096"), QStringLiteral("ed25519")}) {
        const KeySpec spec = *KeySpec::fromToken(token);
        QList<double> sceau, genpkey;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer clock;
            clock.start();
            if (!generateKeyPair(spec))
                qFatal("keygen failed");
            sceau << clock.nsecsElapsed() / 1e6;
            genpkey << runProcessMs(
                openssl, genpkeyArguments(spec, dir.filePath(QStringLiteral("k%1.pem").arg(i))));
        }
        std::printf("{\"bench\":\"keygen\",\"key\":\"%s\",\"runs\":%d,\"sceau_median_ms\":%.2f,"
                    "\"openssl_genpkey_median_ms\":%.2f}\n",
                    qPrintable(token),
                    runs,
                    median(sceau),
                    median(genpkey));
    }

    const QByteArray message = testMessage();
    for (const QString &token : {QStringLiteral("rsa-2048"), QStringLiteral("ed25519")}) {
        const auto pair = generateKeyPair(*KeySpec::fromToken(token));
        SignOptions options;
        options.domain = QStringLiteral("bench.test");
        options.selector = QStringLiteral("bench");
        QElapsedTimer clock;
        clock.start();
        QByteArray signedMessage;
        for (int i = 0; i < messages; ++i)
            signedMessage = signMessage(message, pair->privateKey, options).value();
        const double signSeconds = clock.nsecsElapsed() / 1e9;

        Dns::LookupResult key;
        key.status = Dns::LookupStatus::Answer;
        Dns::ResourceRecord rr;
        rr.type = Dns::RrType::TXT;
        rr.txtStrings
            = splitTxt(recordForKey(pair->spec.algorithm, pair->publicKeyData).toText().toLatin1());
        key.records = {rr};
        const QDateTime now = QDateTime::currentDateTimeUtc();
        clock.restart();
        int passed = 0;
        for (int i = 0; i < messages; ++i) {
            const Message parsed = Message::parse(signedMessage);
            const auto signature = Signature::parse(parsed.headersNamed("dkim-signature").first());
            passed += verifySignature(parsed, *signature, key, now).status == VerifyStatus::Pass;
        }
        const double verifySeconds = clock.nsecsElapsed() / 1e9;
        if (passed != messages)
            qFatal("verification failed");
        std::printf("{\"bench\":\"sign-verify\",\"impl\":\"sceau\",\"key\":\"%s\",\"messages\":%d,"
                    "\"sign_per_s\":%.0f,\"verify_per_s\":%.0f}\n",
                    qPrintable(token),
                    messages,
                    messages / signSeconds,
                    messages / verifySeconds);
    }
    return 0;
}
