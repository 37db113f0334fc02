#include "model/dkim/bodyhashes.h"
#include "model/dkim/canonicalization.h"
#include "model/dkim/message.h"
#include "model/dkim/signature.h"

#include <QCryptographicHash>
#include <QTest>

using namespace Sceau;
using namespace Sceau::Dkim;
using namespace Qt::StringLiterals;

class tst_Canonicalization : public QObject
{
    Q_OBJECT
private slots:
    // RFC 6376 §3.4.5, the worked example.
    void rfc6376Example()
    {
        const Message m
            = Message::parse("A: X\r\nB : Y\t\r\n\tZ  \r\n\r\n C \r\nD \t E\r\n\r\n\r\n");
        QCOMPARE(m.headers.size(), 2);
        QCOMPARE(canonicalHeader(m.headers.at(0).raw, Canonicalization::Relaxed), "a:X\r\n");
        QCOMPARE(canonicalHeader(m.headers.at(1).raw, Canonicalization::Relaxed), "b:Y Z\r\n");
        QCOMPARE(canonicalHeader(m.headers.at(1).raw, Canonicalization::Simple),
                 "B : Y\t\r\n\tZ  \r\n");
        QCOMPARE(canonicalBody(m.body, Canonicalization::Relaxed), " C\r\nD E\r\n");
        QCOMPARE(canonicalBody(m.body, Canonicalization::Simple), " C \r\nD \t E\r\n");
    }

    // §3.4.3 and §3.4.4: the empty body, and the hashes every implementation agrees on.
    void emptyBody_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("none") << QByteArray();
        QTest::newRow("one CRLF") << "\r\n"_ba;
        QTest::newRow("blank lines") << "\r\n\r\n\r\n"_ba;
    }
    void emptyBody()
    {
        QFETCH(QByteArray, body);
        const auto hash = [](const QByteArray &b) {
            return QCryptographicHash::hash(b, QCryptographicHash::Sha256).toBase64();
        };
        QCOMPARE(hash(canonicalBody(body, Canonicalization::Simple)),
                 "frcCV1k9oG9oKj3dpUqdJg1PxRT2RSN/XKdLCPjaYaY=");
        QCOMPARE(hash(canonicalBody(body, Canonicalization::Relaxed)),
                 "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=");
    }

    void missingFinalCrlf()
    {
        QCOMPARE(canonicalBody("text", Canonicalization::Simple), "text\r\n");
        QCOMPARE(canonicalBody("text \t", Canonicalization::Relaxed), "text\r\n");
        BodyHashes hashes("abc\r\n");
        const auto sha256 = QCryptographicHash::Sha256;
        QCOMPARE(hashes.hash(Canonicalization::Simple, sha256, 2).value(), // l=
                 QCryptographicHash::hash("ab", sha256));
        QVERIFY(!hashes.hash(Canonicalization::Simple, sha256, 9)); // l= beyond the body
        QCOMPARE(hashes.hash(Canonicalization::Simple, sha256, std::nullopt).value(),
                 QCryptographicHash::hash("abc\r\n", sha256));
    }

    void lfInputBecomesCrlf()
    {
        QCOMPARE(Message::toCrlf("a\nb\r\nc\n"), "a\r\nb\r\nc\r\n");
        const Message m = Message::parse("From mbox-line\nSubject: x\n\nbody\n");
        QCOMPARE(m.headers.size(), 1);
        QCOMPARE(m.body, "body\r\n");
    }

    // §5.4.2: instances are taken from the bottom; a name listed once more than it occurs
    // adds nothing (over-signing).
    void headerSelection()
    {
        const Message m
            = Message::parse("Received: 1\r\nSubject: a\r\nReceived: 2\r\nsubject: b\r\n\r\n");
        QCOMPARE(signedHeaderData(m, {"subject"}, Canonicalization::Relaxed), "subject:b\r\n");
        QCOMPARE(signedHeaderData(m, {"subject", "subject", "subject"}, Canonicalization::Simple),
                 "subject: b\r\nSubject: a\r\n");
        QCOMPARE(
            signedHeaderData(m, {"received", "x-absent", "received"}, Canonicalization::Relaxed),
            "received:2\r\nreceived:1\r\n");
    }

    // §3.7: the b= value (with its folding) is emptied, bh= is kept.
    void signatureValueRemoved()
    {
        const HeaderField field{"DKIM-Signature",
                                "DKIM-Signature: v=1; a=rsa-sha256; d=example.com; s=s; h=from;\r\n"
                                "\tbh=AAAA; b=dGVz\r\n\tdA=="};
        const auto signature = Signature::parse(field);
        QVERIFY(signature);
        QCOMPARE(signature->rawWithoutSignatureValue(),
                 "DKIM-Signature: v=1; a=rsa-sha256; d=example.com; s=s; h=from;\r\n\tbh=AAAA; b=");
        QCOMPARE(signature->signature, "test");
    }
};

QTEST_GUILESS_MAIN(tst_Canonicalization)
#include "tst_canonicalization.moc"
