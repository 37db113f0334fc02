#include "model/dkim/signer.h"
#include "model/dmarc/fromdomain.h"
#include "model/dns/liveresolver.h"
#include "model/mail/messageanalysis.h"
#include "model/mail/messageanalysisjson.h"
#include "model/mail/sendertrace.h"

#include "await.h"
#include "faultydnsserver.h"
#include "testenv.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTest>

using namespace Sceau;
using namespace Sceau::Mail;
using namespace Qt::StringLiterals;

// Message analysis against the test Knot (tests/data/zones/msg.test.zone): messages signed by
// Sceau's own signer at test time, the trace fields a receiver would have prepended.
namespace {
const QByteArray kMessage = "From: News <news@msg.test>\n"
                            "To: Bob <bob@example.net>\n"
                            "Subject: The November letter\n"
                            "Date: Mon, 30 Nov 2026 06:00:00 +0000\n"
                            "Message-ID: <letter-11@msg.test>\n"
                            "List-Unsubscribe: <mailto:u@msg.test>, <https://msg.test/u?id=42>\n"
                            "List-Unsubscribe-Post: List-Unsubscribe=One-Click\n"
                            "\n"
                            "Hello Bob,\n"
                            "\n"
                            "the news of the month.\n";

// What the receiving MX prepends: its SPF result and its Received field.
const QByteArray kTrace
    = "Received-SPF: pass (mx.example.net: domain of bounce@msg.test designates 192.0.2.25 as "
      "permitted sender) client-ip=192.0.2.25; envelope-from=\"bounce@msg.test\";\r\n"
      "\thelo=mail.msg.test;\r\n"
      "Received: from mail.msg.test (mail.msg.test [192.0.2.25])\r\n"
      "\tby mx.example.net (Postfix) with ESMTPS id 4Q1; Mon, 30 Nov 2026 06:00:02 +0000\r\n";

Dkim::PrivateKey key(const QString &file)
{
    QFile f(Test::dataPath(u"dkim/keys/"_s + file));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing key %s", qPrintable(file));
    return Dkim::PrivateKey::load(f.readAll()).value();
}

// message signed d=msg.test s=<selector>; headers: h= (empty: the signer's defaults plus
// List-Unsubscribe-Post, as an RFC 8058 sender signs).
QByteArray
sign(const QByteArray &message, const QString &selector = u"s1"_s, QList<QByteArray> headers = {})
{
    Dkim::SignOptions o;
    o.domain = u"msg.test"_s;
    o.selector = selector;
    o.headers
        = headers.isEmpty() ? Dkim::defaultSignedHeaders() << "list-unsubscribe-post" : headers;
    return Dkim::signMessage(
               message, key(selector == u"ed"_s ? u"ed25519.pem"_s : u"rsa2048.pem"_s), o)
        .value();
}

QByteArray received(const QByteArray &message)
{
    return kTrace + message;
}

QString state(StepState s)
{
    return stepStateToken(s);
}
} // namespace

class tst_MessageAnalysis : public QObject
{
    Q_OBJECT
private slots:
    void init() { m_resolver = std::make_unique<Dns::LiveResolver>(Test::knotConfig()); }

    // Every step passes: DKIM, SPF of 192.0.2.25 (read from Received-SPF), DMARC aligned under
    // p=reject, one-click signed; the selector seen.
    void goodMessage()
    {
        const MessageAnalysis a = analyze(received(sign(kMessage)));
        QVERIFY(!a.headersOnly);
        QCOMPARE(state(a.dkim.state), u"pass"_s);
        QCOMPARE(a.dkim.signatures.size(), 1);
        QVERIFY(a.dkim.signatures.first().signedHeaders.contains("list-unsubscribe-post"));
        QCOMPARE(state(a.spf.state), u"pass"_s);
        QCOMPARE(a.spf.sender.ip.toString(), u"192.0.2.25"_s);
        QCOMPARE(a.spf.sender.ipSource, TraceSource::ReceivedSpf);
        QCOMPARE(a.spf.sender.mailFrom, u"bounce@msg.test"_s);
        QCOMPARE(a.spf.sender.helo, u"mail.msg.test"_s);
        QVERIFY(!a.spf.heloIdentity);
        QCOMPARE(a.spf.evaluation->matchedTerm, u"ip4:192.0.2.0/25"_s);
        QCOMPARE(state(a.dmarc.state), u"pass"_s);
        QCOMPARE(a.dmarc.fromDomain, u"msg.test"_s);
        QVERIFY(a.dmarc.alignment->spfAligned);
        QVERIFY(a.dmarc.alignment->dkimAligned);
        QCOMPARE(a.dmarc.alignment->requested, Dmarc::Policy::Reject);
        QCOMPARE(state(a.oneClick.state), u"pass"_s);
        QCOMPARE(a.oneClick.httpsUri, u"https://msg.test/u?id=42"_s);
        QCOMPARE(a.oneClick.coveredBy, QList<qsizetype>{0});
        QCOMPARE(a.selectors.size(), 1);
        QCOMPARE(a.selectors.first().selector, u"s1"_s);
        QVERIFY(!a.hasFailure());
        QVERIFY(!a.incomplete());
        const QJsonObject json = toJson(a);
        QCOMPARE(json.value(u"dmarc"_s).toObject().value(u"state"_s).toString(), u"pass"_s);
        QCOMPARE(json.value(u"spf"_s).toObject().value(u"client_ip_source"_s).toString(),
                 u"received-spf"_s);
    }

    // A From the signer and the sender have no right to: DKIM and SPF pass for msg.test, DMARC
    // fails for org.dmarc.test (tests/data/zones/dmarc.test.zone, p=reject).
    void forgedFrom()
    {
        QByteArray forged = kMessage;
        forged.replace("news@msg.test", "ceo@org.dmarc.test");
        const MessageAnalysis a = analyze(received(sign(forged)));
        QCOMPARE(state(a.dkim.state), u"pass"_s);
        QCOMPARE(state(a.spf.state), u"pass"_s);
        QCOMPARE(state(a.dmarc.state), u"fail"_s);
        QCOMPARE(a.dmarc.reason, u"not-aligned"_s);
        QCOMPARE(a.dmarc.fromDomain, u"org.dmarc.test"_s);
        QCOMPARE(a.dmarc.alignment->requested, Dmarc::Policy::Reject);
        QVERIFY(a.hasFailure());
    }

    // A body changed in transit: the signature fails (body hash), SPF still passes and keeps
    // DMARC aligned; the one-click fields are covered only by the failing signature.
    void modifiedBody()
    {
        QByteArray message = received(sign(kMessage));
        message.replace("news of the month", "news of the week");
        const MessageAnalysis a = analyze(message);
        QCOMPARE(state(a.dkim.state), u"fail"_s);
        QCOMPARE(a.dkim.signatures.first().reason, u"body-hash-mismatch"_s);
        QCOMPARE(state(a.dmarc.state), u"pass"_s);
        QVERIFY(!a.dmarc.alignment->dkimAligned);
        QCOMPARE(state(a.oneClick.state), u"fail"_s);
        QCOMPARE(a.oneClick.reason, u"covering-signature-invalid"_s);
    }

    // A pasted header block: no signature can pass or fail (its body hash cannot be checked),
    // though its header signature is checked; with a tampered header it does not verify.
    void headersOnly()
    {
        const QByteArray message = received(sign(kMessage));
        const QByteArray headers = message.left(message.indexOf("\r\n\r\n") + 2);
        const MessageAnalysis a = analyze(headers);
        QVERIFY(a.headersOnly);
        QCOMPARE(state(a.dkim.state), u"could-not-check"_s);
        QCOMPARE(a.dkim.reason, u"body-not-checked"_s);
        QCOMPARE(state(a.dkim.signatures.first().state), u"could-not-check"_s);
        QCOMPARE(a.dkim.signatures.first().reason, u"body-not-checked"_s);
        QCOMPARE(a.dkim.signatures.first().result.status, Dkim::VerifyStatus::Pass); // b= holds
        QCOMPARE(state(a.spf.state), u"pass"_s);
        QCOMPARE(state(a.dmarc.state), u"pass"_s); // SPF aligned suffices
        QCOMPARE(state(a.oneClick.state), u"could-not-check"_s);

        QByteArray tampered = headers;
        tampered.replace("The November letter", "The December letter");
        const MessageAnalysis t = analyze(tampered);
        QCOMPARE(state(t.dkim.signatures.first().state), u"could-not-check"_s);
        QCOMPARE(t.dkim.signatures.first().result.reason, u"bad-signature"_s);

        // Forced: a whole message read as headers only is never a DKIM pass.
        const auto prepared = prepareMessage(message, InputKind::HeadersOnly);
        QVERIFY(prepared && prepared->headersOnly);
        QVERIFY(!prepareMessage(message, InputKind::Detect)->headersOnly);
    }

    // RFC 8058 §4: List-Unsubscribe outside h= (the signature itself verifies) fails the check.
    void oneClickNotSigned()
    {
        QList<QByteArray> headers = Dkim::defaultSignedHeaders();
        headers.removeAll("list-unsubscribe");
        headers << "list-unsubscribe-post";
        const MessageAnalysis a = analyze(received(sign(kMessage, u"s1"_s, headers)));
        QCOMPARE(state(a.dkim.state), u"pass"_s);
        QVERIFY(!a.dkim.signatures.first().signedHeaders.contains("list-unsubscribe"));
        QCOMPARE(state(a.oneClick.state), u"fail"_s);
        QCOMPARE(a.oneClick.reason, u"not-signed"_s);
    }

    void oneClickFields_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("reason");
        QTest::newRow("no post") << QByteArray(
            "List-Unsubscribe-Post: List-Unsubscribe=One-Click\n")
                                 << QByteArray() << u"fail"_s << u"post-missing"_s;
        QTest::newRow("bad post") << QByteArray("=One-Click") << QByteArray("=Yes") << u"fail"_s
                                  << u"post-value"_s;
        QTest::newRow("mailto only") << QByteArray(", <https://msg.test/u?id=42>") << QByteArray()
                                     << u"fail"_s << u"no-https-uri"_s;
        QTest::newRow("none") << QByteArray("List-Unsubscribe: <mailto:u@msg.test>, "
                                            "<https://msg.test/u?id=42>\n"
                                            "List-Unsubscribe-Post: List-Unsubscribe=One-Click\n")
                              << QByteArray() << u"not-evaluated"_s << u"no-list-unsubscribe"_s;
    }
    void oneClickFields()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, state);
        QFETCH(QString, reason);
        QByteArray message = kMessage;
        QVERIFY(message.contains(from));
        message.replace(from, to);
        const MessageAnalysis a = analyze(received(sign(message)));
        QCOMPARE(stepStateToken(a.oneClick.state), state);
        QCOMPARE(a.oneClick.reason, reason);
    }

    // An IP outside the sender's SPF: SPF fails, DKIM keeps DMARC passing.
    void spfFail()
    {
        QByteArray message = received(sign(kMessage));
        message.replace("192.0.2.25", "192.0.2.200");
        const MessageAnalysis a = analyze(message);
        QCOMPARE(state(a.spf.state), u"fail"_s);
        QCOMPARE(a.spf.evaluation->verdict, Spf::Verdict::Fail);
        QCOMPARE(state(a.dmarc.state), u"pass"_s);
        QVERIFY(a.dmarc.alignment->dkimAligned);
    }

    // Nothing the receiver wrote names an IP: SPF is not evaluated, and says why.
    void noClientIp()
    {
        const MessageAnalysis a = analyze(sign(kMessage));
        QCOMPARE(state(a.spf.state), u"not-evaluated"_s);
        QCOMPARE(a.spf.reason, u"no-client-ip"_s);
        QVERIFY(!a.spf.evaluation);
        QCOMPARE(state(a.dmarc.state), u"pass"_s); // DKIM aligned
    }

    // Every lookup fails (SERVFAIL): each step that needs DNS could not be checked, none fails.
    void dnsFailure()
    {
        Test::FaultyDnsServer server{Test::FaultyDnsServer::Fault::ServFail};
        Dns::ResolverConfig config = Test::knotConfig();
        config.servers = {server.address()};
        m_resolver = std::make_unique<Dns::LiveResolver>(config);
        const MessageAnalysis a = analyze(received(sign(kMessage)));
        QCOMPARE(state(a.dkim.state), u"could-not-check"_s);
        QCOMPARE(a.dkim.signatures.first().result.status, Dkim::VerifyStatus::TempError);
        QCOMPARE(state(a.spf.state), u"could-not-check"_s);
        QCOMPARE(state(a.dmarc.state), u"could-not-check"_s);
        QCOMPARE(state(a.oneClick.state), u"could-not-check"_s);
        QVERIFY(!a.hasFailure());
        QVERIFY(a.incomplete());
        QVERIFY(server.queriesReceived() > 0);
    }

    // The fields below the second Received may be the sender's own: a Received-SPF there is
    // ignored; the topmost Received gives the IP and HELO, Return-Path the MAIL FROM.
    void senderTrace()
    {
        const QByteArray headers
            = "Return-Path: <bounce@msg.test>\r\n"
              "Authentication-Results: mx.example.net; dkim=pass header.d=msg.test;\r\n"
              " spf=pass (sender IP is 192.0.2.25) smtp.mailfrom=other@msg.test "
              "smtp.helo=mail.msg.test\r\n"
              "Received: from helo.msg.test (mail.msg.test [IPv6:2001:db8::25])\r\n"
              "\tby mx.example.net with ESMTPS; Mon, 30 Nov 2026 06:00:02 +0000\r\n"
              "Received: from inside by relay (Postfix); Mon, 30 Nov 2026 06:00:01 +0000\r\n"
              "Received-SPF: pass client-ip=198.51.100.1; envelope-from=forger@msg.test\r\n"
              "From: news@msg.test\r\n";
        const SenderTrace trace = findSender(Dkim::Message::parse(headers).headers);
        QCOMPARE(trace.ip.toString(), u"2001:db8::25"_s);
        QCOMPARE(trace.ipSource, TraceSource::Received);
        QCOMPARE(trace.mailFrom, u"other@msg.test"_s); // A-R before Return-Path
        QCOMPARE(trace.mailFromSource, TraceSource::AuthenticationResults);
        QCOMPARE(trace.helo, u"mail.msg.test"_s);
        QVERIFY(!trace.evidence.contains(u"forger"_s));
        // Bounded: what lies past MaxTraceFieldSize bytes of a field is not read.
        const QByteArray huge
            = "Received: from a" + QByteArray(MaxTraceFieldSize, ' ') + "[192.0.2.9] by b\r\n";
        QVERIFY(findSender(Dkim::Message::parse(huge).headers).ip.isNull());
        QCOMPARE(
            findSender(Dkim::Message::parse(huge.right(40).prepend("Received: from a ")).headers)
                .ip.toString(),
            u"192.0.2.9"_s);
        const SenderTrace none = findSender(Dkim::Message::parse("From: a@msg.test\r\n").headers);
        QVERIFY(none.ip.isNull());
        QVERIFY(!none.mailFromKnown);
    }

    void fromDomain_data()
    {
        QTest::addColumn<QByteArray>("headers");
        QTest::addColumn<QString>("domain"); // empty: refused
        QTest::newRow("plain") << QByteArray("From: a@Msg.Test\r\n") << u"msg.test"_s;
        QTest::newRow("display name")
            << QByteArray("From: \"Doe, John <x@evil.test>\" (c@o.test) <j@msg.test>\r\n")
            << u"msg.test"_s;
        QTest::newRow("folded") << QByteArray("From: News\r\n <news@msg.test>\r\n")
                                << u"msg.test"_s;
        QTest::newRow("two mailboxes")
            << QByteArray("From: a@msg.test, b@evil.test\r\n") << QString();
        QTest::newRow("two fields")
            << QByteArray("From: a@msg.test\r\nFrom: b@evil.test\r\n") << QString();
        QTest::newRow("none") << QByteArray("To: a@msg.test\r\n") << QString();
        QTest::newRow("no domain") << QByteArray("From: undisclosed\r\n") << QString();
        QTest::newRow("literal") << QByteArray("From: a@[192.0.2.1]\r\n") << QString();
    }
    void fromDomain()
    {
        QFETCH(QByteArray, headers);
        QFETCH(QString, domain);
        const auto from = Dmarc::fromDomain(Dkim::Message::parse(headers).headers);
        QCOMPARE(from ? *from : QString(), domain);
        if (!from)
            QVERIFY(!from.error().detail.isEmpty());
    }

    // Untrusted input is bounded: more than MaxHeaderFields fields, or nothing, is refused.
    void bounds()
    {
        QByteArray many;
        for (int i = 0; i <= MaxHeaderFields; ++i)
            many += "X-Field: " + QByteArray::number(i) + "\r\n";
        QCOMPARE(prepareMessage(many, InputKind::Detect).error().code, ErrorCode::InvalidInput);
        QVERIFY(!prepareMessage({}, InputKind::Detect));
        QVERIFY(!prepareMessage("no header here", InputKind::Detect));
    }

    // dkimpy (python3-dkim) agrees with the DKIM verdicts of goodMessage and modifiedBody.
    void dkimpyAgrees()
    {
        const QByteArray good = received(sign(kMessage));
        QByteArray bad = good;
        bad.replace("news of the month", "news of the week");
        QCOMPARE(state(analyze(good).dkim.state), u"pass"_s);
        QCOMPARE(state(analyze(bad).dkim.state), u"fail"_s);
        QCOMPARE(dkimverify(good), 0);
        QCOMPARE(dkimverify(bad), 1);
    }

private:
    MessageAnalysis analyze(const QByteArray &raw)
    {
        const auto prepared = prepareMessage(raw, InputKind::Detect);
        if (!prepared)
            qFatal("not prepared: %s", qPrintable(prepared.error().detail));
        MessageAnalyzer analyzer(m_resolver.get());
        return Test::await(analyzer.analyze(*prepared));
    }

    static int dkimverify(const QByteArray &message)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"PYTHONPATH"_s, qEnvironmentVariable("SCEAU_PYDNS_DIR"));
        process.setProcessEnvironment(env);
        process.start(u"/usr/bin/python3"_s, {u"/usr/bin/dkimverify"_s});
        process.write(message);
        process.closeWriteChannel();
        if (!process.waitForFinished(30000))
            qFatal("dkimverify did not finish");
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }

    std::unique_ptr<Dns::LiveResolver> m_resolver;
};

QTEST_GUILESS_MAIN(tst_MessageAnalysis)
#include "tst_messageanalysis.moc"
