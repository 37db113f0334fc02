#include "model/dkim/signer.h"
#include "model/dkim/verifier.h"
#include "model/dns/liveresolver.h"
#include "model/dns/zonefileresolver.h"

#include "await.h"
#include "testenv.h"

#include <QFile>
#include <QTest>

using namespace Sceau;
using namespace Sceau::Dkim;
using namespace Qt::StringLiterals;

// Messages signed by Sceau, keys served by the test Knot (tests/data/zones/dkim.test.zone).
namespace {
const QByteArray kMessage = "From: Alice <alice@dkim.test>\n"
                            "To: Bob <bob@example.net>\n"
                            "Subject: Quarterly figures\n"
                            "Date: Tue, 24 Nov 2026 06:00:00 +0000\n"
                            "Message-ID: <1@dkim.test>\n"
                            "\n"
                            "Hello Bob,  \n"
                            "\n"
                            "the figures are attached.\n"
                            "\n\n";

PrivateKey key(const QString &file)
{
    QFile f(Test::dataPath(u"dkim/keys/"_s + file));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing key %s", qPrintable(file));
    return PrivateKey::load(f.readAll()).value();
}

SignOptions options(const QString &selector)
{
    SignOptions o;
    o.domain = u"dkim.test"_s;
    o.selector = selector;
    return o;
}

QByteArray sign(const QByteArray &message, const QString &keyFile, const SignOptions &o)
{
    return signMessage(message, key(keyFile), o).value();
}
} // namespace

class tst_Verifier : public QObject
{
    Q_OBJECT
private slots:
    void init() { m_resolver = std::make_unique<Dns::LiveResolver>(Test::knotConfig()); }

    void results_data()
    {
        QTest::addColumn<QString>("keyFile");
        QTest::addColumn<QString>("selector");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("reason");
        QTest::newRow("rsa") << u"rsa2048.pem"_s << u"rsa"_s << u"pass"_s << QString();
        QTest::newRow("ed25519") << u"ed25519.pem"_s << u"ed"_s << u"pass"_s << QString();
        QTest::newRow("ed25519 seed file")
            << u"ed25519.seed"_s << u"ed"_s << u"pass"_s << QString();
        QTest::newRow("1024 bits") << u"rsa1024.pem"_s << u"weak"_s << u"pass"_s << QString();
        QTest::newRow("512 bits") << u"rsa2048.pem"_s << u"short"_s << u"fail"_s
                                  << u"key-too-short"_s;
        QTest::newRow("testing") << u"rsa2048.pem"_s << u"testing"_s << u"pass"_s << QString();
        QTest::newRow("revoked") << u"rsa2048.pem"_s << u"revoked"_s << u"fail"_s
                                 << u"key-revoked"_s;
        QTest::newRow("sha1 only")
            << u"rsa2048.pem"_s << u"sha1only"_s << u"permerror"_s << u"hash-not-allowed"_s;
        QTest::newRow("broken record")
            << u"rsa2048.pem"_s << u"broken"_s << u"permerror"_s << u"key-syntax"_s;
        QTest::newRow("nodata") << u"rsa2048.pem"_s << u"nokey"_s << u"permerror"_s << u"no-key"_s;
        QTest::newRow("nxdomain") << u"rsa2048.pem"_s << u"absent"_s << u"permerror"_s
                                  << u"no-key"_s;
        QTest::newRow("wrong key")
            << u"rsa1024.pem"_s << u"rsa"_s << u"fail"_s << u"bad-signature"_s;
        QTest::newRow("wrong key type")
            << u"ed25519.pem"_s << u"rsa"_s << u"permerror"_s << u"key-type-mismatch"_s;
    }
    void results()
    {
        QFETCH(QString, keyFile);
        QFETCH(QString, selector);
        QFETCH(QString, status);
        QFETCH(QString, reason);
        const QList<SignatureResult> results = verify(sign(kMessage, keyFile, options(selector)));
        QCOMPARE(results.size(), 1);
        QCOMPARE(verifyStatusToken(results.first().status), status);
        QCOMPARE(results.first().reason, reason);
        QCOMPARE(results.first().domain, u"dkim.test"_s);
        QCOMPARE(results.first().selector, selector);
        QCOMPARE(results.first().testing, selector == u"testing"_s);
        if (selector == u"weak"_s)
            QVERIFY(results.first().weak);
    }

    void severalSignatures()
    {
        QByteArray message = sign(kMessage, u"rsa2048.pem"_s, options(u"rsa"_s));
        message = sign(message, u"ed25519.pem"_s, options(u"ed"_s));
        message = sign(message, u"rsa2048.pem"_s, options(u"revoked"_s));
        const QList<SignatureResult> results = verify(message);
        QCOMPARE(results.size(), 3);
        QCOMPARE(results.at(0).selector, u"revoked"_s); // top first
        QCOMPARE(results.at(0).status, VerifyStatus::Fail);
        QCOMPARE(results.at(1).selector, u"ed"_s);
        QCOMPARE(results.at(1).status, VerifyStatus::Pass);
        QCOMPARE(results.at(2).selector, u"rsa"_s);
        QCOMPARE(results.at(2).status, VerifyStatus::Pass);
    }

    // RFC 6376 §6.1 lets a verifier limit the signatures it tries: a message with 60 signatures
    // (varied keys, canonicalizations, l=, some over another body) has its top MaxSignatures
    // evaluated, each with the right result, and the other 10 reported as skipped.
    void manySignaturesAreCapped()
    {
        QByteArray body;
        for (int line = 0; line < 2000; ++line)
            body += "Line " + QByteArray::number(line) + " of the quarterly figures.  \n";
        QByteArray message = "From: Alice <alice@dkim.test>\nTo: bob@example.net\n"
                             "Subject: Many\n\n"
                             + body;
        const QByteArray other = "From: Alice <alice@dkim.test>\nTo: bob@example.net\n"
                                 "Subject: Many\n\nAnother body.\n";
        constexpr int Total = MaxSignatures + 10;
        QList<QString> expected; // in the order added: the last one added is at the top
        for (int i = 0; i < Total; ++i) {
            SignOptions o = options(i % 2 ? u"ed"_s : u"rsa"_s);
            o.bodyCanonicalization = i % 3 ? Canonicalization::Relaxed : Canonicalization::Simple;
            o.bodyLength = i % 4 == 0;
            const QString keyFile = i % 2 ? u"ed25519.pem"_s : u"rsa2048.pem"_s;
            if (i % 7 == 3) { // a signature made over another body: its bh= does not match
                const QByteArray field = signatureField(other, key(keyFile), o).value();
                message = field + "\r\n" + message;
                expected.prepend(u"body-hash-mismatch"_s);
            } else {
                message = sign(message, keyFile, o);
                expected.prepend(QString());
            }
        }
        Dns::ZoneFileResolver zones;
        QVERIFY(zones.addZoneFile(Test::dataPath(u"zones/dkim.test.zone"_s)));
        Verifier verifier(&zones);
        const VerifyReport report = Test::await(verifier.verify(message));
        QCOMPARE(report.skipped, qsizetype(10));
        QCOMPARE(report.signatures.size(), MaxSignatures);
        for (qsizetype i = 0; i < report.signatures.size(); ++i) {
            const SignatureResult &r = report.signatures.at(i);
            QCOMPARE(r.reason, expected.at(i));
            QCOMPARE(r.status, expected.at(i).isEmpty() ? VerifyStatus::Pass : VerifyStatus::Fail);
        }
        QVERIFY(expected.mid(0, MaxSignatures).contains(u"body-hash-mismatch"_s));
    }

    void canonicalizations_data()
    {
        QTest::addColumn<int>("canon");
        for (int c = 0; c < 4; ++c)
            QTest::addRow("%s/%s", c & 1 ? "relaxed" : "simple", c & 2 ? "relaxed" : "simple") << c;
    }
    void canonicalizations()
    {
        QFETCH(int, canon);
        SignOptions o = options(u"ed"_s);
        o.headerCanonicalization = canon & 1 ? Canonicalization::Relaxed : Canonicalization::Simple;
        o.bodyCanonicalization = canon & 2 ? Canonicalization::Relaxed : Canonicalization::Simple;
        const QByteArray signedMessage = sign(kMessage, u"ed25519.pem"_s, o);
        QCOMPARE(verify(signedMessage).first().status, VerifyStatus::Pass);
        // Relaxed tolerates whitespace changes in the header values; simple does not.
        QByteArray respaced = signedMessage;
        respaced.replace("Subject: Quarterly figures", "Subject:  Quarterly   figures ");
        QCOMPARE(verify(respaced).first().status,
                 canon & 1 ? VerifyStatus::Pass : VerifyStatus::Fail);
    }

    // l= (RFC 6376 §3.5, §8.2): content appended after the signed length is not detected.
    void bodyLength()
    {
        SignOptions o = options(u"rsa"_s);
        o.bodyLength = true;
        const QByteArray signedMessage = sign(kMessage, u"rsa2048.pem"_s, o);
        QVERIFY(signedMessage.contains("l="));
        QCOMPARE(verify(signedMessage + "appended\r\n").first().status, VerifyStatus::Pass);
        QCOMPARE(verify(sign(kMessage, u"rsa2048.pem"_s, options(u"rsa"_s)) + "appended\r\n")
                     .first()
                     .reason,
                 u"body-hash-mismatch"_s);
    }

    // Over-signing (§5.4.2, §8.15): a header field added later breaks an over-signed signature.
    void overSigning()
    {
        SignOptions o = options(u"rsa"_s);
        o.overSign = false;
        const QByteArray plain = sign(kMessage, u"rsa2048.pem"_s, o);
        const QByteArray overSigned = sign(kMessage, u"rsa2048.pem"_s, options(u"rsa"_s));
        QVERIFY(overSigned.contains("from:from") || overSigned.contains("from:\r\n\tfrom"));
        const auto addSubject = [](QByteArray m) {
            return m.replace("Subject: Quarterly", "Subject: Urgent\r\nSubject: Quarterly");
        };
        // RFC 6376 §5.4.2 picks the last instance: the added one above is not seen without
        // over-signing.
        QCOMPARE(verify(addSubject(plain)).first().status, VerifyStatus::Pass);
        QCOMPARE(verify(addSubject(overSigned)).first().reason, u"bad-signature"_s);
    }

    void expiration()
    {
        SignOptions o = options(u"ed"_s);
        o.timestamp = QDateTime::currentDateTimeUtc().addDays(-10);
        o.expiresAfterSeconds = 86400;
        QCOMPARE(verify(sign(kMessage, u"ed25519.pem"_s, o)).first().reason,
                 u"signature-expired"_s);
        o.timestamp = QDateTime::currentDateTimeUtc().addDays(2);
        o.expiresAfterSeconds.reset();
        QCOMPARE(verify(sign(kMessage, u"ed25519.pem"_s, o)).first().reason,
                 u"timestamp-in-future"_s);
    }

    void strictIdentity()
    {
        SignOptions o = options(u"strict"_s);
        o.identity = u"alice@mail.dkim.test"_s;
        QCOMPARE(verify(sign(kMessage, u"rsa2048.pem"_s, o)).first().reason, u"strict-identity"_s);
        o.identity = u"alice@dkim.test"_s;
        QCOMPARE(verify(sign(kMessage, u"rsa2048.pem"_s, o)).first().status, VerifyStatus::Pass);
        o.identity = u"alice@example.net"_s; // outside d=: refused (RFC 6376 §3.5)
        QVERIFY(!signMessage(kMessage, key(u"rsa2048.pem"_s), o));
    }

    // DESIGN.md §2: an unreachable server is a temperror, never "no key".
    void dnsFailureIsTempError()
    {
        Dns::ResolverConfig config = Test::knotConfig();
        config.servers = {Dns::NameServer::parse(u"127.0.0.1:9"_s).value()};
        m_resolver = std::make_unique<Dns::LiveResolver>(config);
        const auto results = verify(sign(kMessage, u"rsa2048.pem"_s, options(u"rsa"_s)));
        QCOMPARE(results.first().status, VerifyStatus::TempError);
        QCOMPARE(results.first().reason, u"dns-failure"_s);
    }

    void zoneFileOverlay()
    {
        Dns::ZoneFileResolver zones;
        QVERIFY(zones.addZoneFile(Test::dataPath(u"zones/dkim.test.zone"_s)));
        Verifier verifier(&zones);
        const VerifyReport report
            = Test::await(verifier.verify(sign(kMessage, u"ed25519.pem"_s, options(u"ed"_s))));
        QCOMPARE(report.signatures.first().status, VerifyStatus::Pass);
    }

    void unsignedAndMalformed()
    {
        QVERIFY(verify(kMessage).isEmpty());
        const auto results = verify(
            "DKIM-Signature: v=1; a=rsa-sha256; d=dkim.test; s=rsa; h=to; bh=; b=\n" + kMessage);
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.first().status, VerifyStatus::PermError);
        QCOMPARE(results.first().reason, u"signature-syntax"_s); // From not signed
        QCOMPARE(results.first().selector, u"rsa"_s);
        const auto badSelector = verify(
            "DKIM-Signature: v=1; a=rsa-sha256; d=dkim.test; s=a_b; h=from; bh=; b=\n" + kMessage);
        QCOMPARE(badSelector.first().reason, u"signature-syntax"_s);
        QVERIFY(badSelector.first().detail.contains(u"a_b"_s));
        const auto unknown = verify(
            "DKIM-Signature: v=1; a=rsa-sha512; d=dkim.test; s=rsa; h=from; bh=; b=\n" + kMessage);
        QCOMPARE(unknown.first().status, VerifyStatus::Neutral);
    }

private:
    QList<SignatureResult> verify(const QByteArray &message)
    {
        Verifier verifier(m_resolver.get());
        return Test::await(verifier.verify(message)).signatures;
    }

    std::unique_ptr<Dns::LiveResolver> m_resolver;
};

QTEST_GUILESS_MAIN(tst_Verifier)
#include "tst_verifier.moc"
