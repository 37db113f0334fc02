#include "model/dkim/signer.h"

#include "clirun.h"
#include "testenv.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Sceau;
using namespace Qt::StringLiterals;

namespace {
const QByteArray kMessage = "From: News <news@msg.test>\n"
                            "To: Bob <bob@example.net>\n"
                            "Subject: The November letter\n"
                            "List-Unsubscribe: <https://msg.test/u?id=42>\n"
                            "List-Unsubscribe-Post: List-Unsubscribe=One-Click\n"
                            "\n"
                            "Hello Bob.\n";
const QByteArray kTrace = "Received-SPF: pass client-ip=192.0.2.25; envelope-from=bounce@msg.test;"
                          " helo=mail.msg.test\r\n"
                          "Received: from mail.msg.test (mail.msg.test [192.0.2.25]) by mx\r\n";

// kMessage (its From replaced by from) signed d=msg.test s=s1, with the receiver's trace.
QByteArray signedMessage(const QByteArray &from = "news@msg.test")
{
    QFile file(Test::dataPath(u"dkim/keys/rsa2048.pem"_s));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing key");
    Dkim::SignOptions o;
    o.domain = u"msg.test"_s;
    o.selector = u"s1"_s;
    o.headers = Dkim::defaultSignedHeaders() << "list-unsubscribe-post";
    QByteArray message = kMessage;
    message.replace("news@msg.test", from);
    return kTrace
           + Dkim::signMessage(message, Dkim::PrivateKey::load(file.readAll()).value(), o).value();
}

QString stateOf(const QJsonObject &json, const QString &step)
{
    return json.value(step).toObject().value(u"state"_s).toString();
}
} // namespace

// sceau-cli message analyze: the JSON and text of docs/cli.md, and the exit codes, against the
// test Knot (msg.test, dmarc.test).
class MessageCliTest : public QObject
{
    Q_OBJECT
private slots:
    void goodMessageFromStdin()
    {
        const Test::CliRun run = Test::runCli(
            Test::knotOptions() << u"--json"_s << u"message"_s << u"analyze"_s, signedMessage());
        QVERIFY2(run.exitCode == 0, run.out + run.err);
        const QJsonObject json = run.json();
        QCOMPARE(json.value(u"headers_only"_s).toBool(), false);
        for (const QString &step : {u"dkim"_s, u"spf"_s, u"dmarc"_s, u"one_click"_s})
            QCOMPARE(stateOf(json, step), u"pass"_s);
        const QJsonObject spf = json.value(u"spf"_s).toObject();
        QCOMPARE(spf.value(u"client_ip"_s).toString(), u"192.0.2.25"_s);
        QCOMPARE(spf.value(u"identity"_s).toString(), u"mail_from"_s);
        QCOMPARE(spf.value(u"evaluation"_s).toObject().value(u"result"_s).toString(), u"pass"_s);
        QCOMPARE(json.value(u"dmarc"_s).toObject().value(u"from_domain"_s).toString(),
                 u"msg.test"_s);
        const QJsonArray selectors = json.value(u"selectors"_s).toArray();
        QCOMPARE(selectors.size(), 1);
        QCOMPARE(selectors.first().toObject().value(u"s"_s).toString(), u"s1"_s);
    }

    // A forged From, from a file, as text: DMARC fails (exit 1) and says under which policy.
    void forgedFromFileText()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(u"forged.eml"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(signedMessage("ceo@org.dmarc.test"));
        file.close();
        const Test::CliRun run
            = Test::runCli(Test::knotOptions() << u"message"_s << u"analyze"_s << file.fileName());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains("1. DKIM: pass"), run.out);
        QVERIFY2(run.out.contains("3. DMARC: fail"), run.out);
        QVERIFY2(run.out.contains("p=reject"), run.out);
        QVERIFY2(run.out.contains("5. Selectors seen: d=msg.test s=s1"), run.out);
    }

    // A header block: DKIM could not be checked (exit 3), never pass or fail.
    void headersOnly()
    {
        const QByteArray message = signedMessage();
        const Test::CliRun run
            = Test::runCli(Test::knotOptions() << u"--json"_s << u"message"_s << u"analyze"_s,
                           message.left(message.indexOf("\r\n\r\n") + 2));
        QCOMPARE(run.exitCode, 3);
        const QJsonObject json = run.json();
        QVERIFY(json.value(u"headers_only"_s).toBool());
        QCOMPARE(stateOf(json, u"dkim"_s), u"could-not-check"_s);
        QCOMPARE(json.value(u"dkim"_s).toObject().value(u"reason"_s).toString(),
                 u"body-not-checked"_s);
        QCOMPARE(stateOf(json, u"dmarc"_s), u"pass"_s);
    }

    void badUsage()
    {
        QCOMPARE(Test::runCli({u"message"_s, u"analyze"_s, u"a"_s, u"b"_s}).exitCode, 2);
        QCOMPARE(
            Test::runCli({u"message"_s, u"analyze"_s, u"--headers-only"_s, u"--whole-message"_s},
                         signedMessage())
                .exitCode,
            2);
        const Test::CliRun empty = Test::runCli({u"message"_s, u"analyze"_s}, "no header\n");
        QCOMPARE(empty.exitCode, 2);
        QVERIFY(!empty.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(MessageCliTest)
#include "tst_messagecli.moc"
