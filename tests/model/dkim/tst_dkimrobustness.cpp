#include "model/dkim/canonicalization.h"
#include "model/dkim/keyrecord.h"
#include "model/dkim/selectordiscovery.h"
#include "model/dkim/taglist.h"
#include "model/dkim/verifier.h"

#include "testenv.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace Sceau;
using namespace Sceau::Dkim;
using namespace Qt::StringLiterals;

// Damaged input never crashes the parsers or the verifier (run under ASan/UBSan in CI), only
// yields documented results, and a damaged signed message never passes.
namespace {
QByteArray readData(const QString &relative)
{
    return Test::readData(u"dkim/"_s + relative);
}

Dns::LookupResult keyAnswer(const QByteArray &record)
{
    Dns::LookupResult result;
    result.status = Dns::LookupStatus::Answer;
    Dns::ResourceRecord rr;
    rr.type = Dns::RrType::TXT;
    rr.txtStrings = splitTxt(record);
    result.records = {rr};
    return result;
}

const QStringList kReasons = {u""_s,
                              u"body-hash-mismatch"_s,
                              u"bad-signature"_s,
                              u"key-revoked"_s,
                              u"key-too-short"_s,
                              u"weak-algorithm"_s,
                              u"signature-expired"_s,
                              u"timestamp-in-future"_s,
                              u"no-key"_s,
                              u"dns-failure"_s,
                              u"key-syntax"_s,
                              u"key-type-mismatch"_s,
                              u"hash-not-allowed"_s,
                              u"service-not-allowed"_s,
                              u"strict-identity"_s,
                              u"signature-syntax"_s,
                              u"unsupported-algorithm"_s,
                              u"body-length-exceeds"_s};
} // namespace

class tst_DkimRobustness : public QObject
{
    Q_OBJECT
private slots:
    void mutatedMessagesNeverPass_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<QByteArray>("record");
        QTest::newRow("ed25519")
            << u"rfc8463/signed.eml"_s
            << "v=DKIM1; k=ed25519; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo="_ba;
        QTest::newRow("rsa simple")
            << u"dkimpy/rfc6376.signed.rsa.msg"_s << readData(u"dkimpy/test.txt"_s).trimmed();
    }
    void mutatedMessagesNeverPass()
    {
        QFETCH(QString, message);
        QFETCH(QByteArray, record);
        const QByteArray original = Message::toCrlf(readData(message));
        const Dns::LookupResult key = keyAnswer(record);
        const QDateTime now = QDateTime::fromSecsSinceEpoch(1700000000);
        QRandomGenerator random(20261124); // deterministic
        int checked = 0;
        for (int i = 0; i < 3000; ++i) {
            QByteArray damaged = original;
            const qsizetype at = random.bounded(damaged.size());
            switch (i % 4) {
            case 0: // flip a byte to a printable character
                damaged[at] = char(damaged.at(at) == 'x' ? 'y' : 'x');
                break;
            case 1:
                damaged.truncate(at);
                break;
            case 2:
                damaged.insert(at, random.bounded(2) ? "\r\n" : ";=:");
                break;
            case 3:
                damaged.remove(at, 1 + random.bounded(8));
                break;
            }
            const Message parsed = Message::parse(damaged);
            const QList<HeaderField> fields = parsed.headersNamed("dkim-signature");
            for (const HeaderField &field : fields) {
                const auto signature = Signature::parse(field);
                if (!signature)
                    continue;
                const SignatureResult result = verifySignature(parsed, *signature, key, now);
                QVERIFY2(kReasons.contains(result.reason), qPrintable(result.reason));
                ++checked;
                if (result.status == VerifyStatus::Pass) {
                    // Only harmless changes may still pass: relaxed whitespace, or nothing that
                    // the signature covers. Re-canonicalized, it must equal the original.
                    const Message reference = Message::parse(original);
                    const QByteArray signedBody
                        = canonicalBody(reference.body, signature->bodyCanonicalization);
                    QVERIFY2(canonicalBody(parsed.body, signature->bodyCanonicalization)
                                 .startsWith(signedBody.left(
                                     signature->bodyLength.value_or(signedBody.size()))),
                             qPrintable(u"mutation %1 passed"_s.arg(i)));
                }
            }
        }
        QVERIFY(checked > 1000);
    }

    // Hostile sizes: work and memory stay linear (a quadratic parser would not finish in the
    // test's time), and the caps say what they refused.
    void hostileSizesAreBounded()
    {
        QByteArray manyTags;
        for (int i = 0; i < 100000; ++i)
            manyTags += "t" + QByteArray::number(i) + "=1;";
        const auto tooMany = parseTagList(manyTags);
        QVERIFY(!tooMany);
        QVERIFY(tooMany.error().detail.contains(QString::number(MaxTags)));
        QVERIFY(!KeyRecord::parse("v=DKIM1; p=AB; " + manyTags));
        QByteArray capped;
        for (int i = 0; i < MaxTags; ++i)
            capped += "t" + QByteArray::number(i) + "=1;";
        QCOMPARE(parseTagList(capped).value().size(), MaxTags); // unknown tags up to the cap
        QVERIFY(!parseTagList("a=1;" + QByteArray(2000000, ' ') + "a=2")); // duplicate
        const auto longSpec = parseTagList(QByteArray(1000000, 'x'));
        QVERIFY(!longSpec);
        QVERIFY(longSpec.error().detail.size() < 200); // the message quotes an excerpt

        // 20 000 From fields, h= naming "from" 200 000 times: each field is taken once.
        QByteArray header;
        for (int i = 0; i < 20000; ++i)
            header += "From: a" + QByteArray::number(i) + "@x.test\r\n";
        const Message message = Message::parse(header + "\r\nbody\r\n");
        QCOMPARE(message.headers.size(), qsizetype(20000));
        const QList<QByteArray> names(200000, "from");
        QCOMPARE(signedHeaderData(message, names, Canonicalization::Simple).size(), header.size());

        // One field folded over 500 000 lines, and an mbox of 20 000 distinct signers.
        QByteArray folded = "Subject: x";
        for (int i = 0; i < 500000; ++i)
            folded += "\r\n y";
        QCOMPARE(Message::parse(folded + "\r\n\r\n").headers.size(), qsizetype(1));
        QByteArray mbox;
        for (int i = 0; i < 20000; ++i)
            mbox += "From x\nDKIM-Signature: v=1; d=d" + QByteArray::number(i)
                    + ".test; s=s\n\nbody\n";
        QCOMPARE(selectorsInMessages(mbox).size(), qsizetype(20000));
        QCOMPARE(Message::parse("From without a line end").headers.size(), qsizetype(0));
    }

    // Random text: parsers return errors, and any record that parses survives a round trip.
    void garbageRecordsAndMailboxes()
    {
        QRandomGenerator random(4);
        int parsedRecords = 0;
        for (int i = 0; i < 3000; ++i) {
            QByteArray junk(random.bounded(300), '\0');
            for (char &c : junk)
                c = "v=DKIM1;k=rsa ed25519p=t=y:sh=sha256\r\n\tAB/+=\"From \\"[random.bounded(45)];
            if (i % 3 == 0)
                junk.prepend("v=DKIM1; p=AB; ");
            if (const auto record = KeyRecord::parse(junk)) {
                ++parsedRecords;
                KeyRecord expected = *record;
                expected.hasVersion = true;
                const auto again = KeyRecord::parse(record->toText().toUtf8());
                QVERIFY2(again && *again == expected, junk.constData());
            }
            (void)parseTagList(junk);
            (void)selectorsInMessages("From x\n" + junk + "\nDKIM-Signature: " + junk);
            const Message m = Message::parse(junk);
            for (const HeaderField &f : m.headers)
                (void)Signature::parse(f);
        }
        QVERIFY(parsedRecords > 10);
    }
};

QTEST_GUILESS_MAIN(tst_DkimRobustness)
#include "tst_dkimrobustness.moc"
