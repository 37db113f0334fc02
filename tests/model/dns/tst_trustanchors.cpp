#include "model/dns/trustanchors.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Sceau;
using namespace Sceau::Dns;
using namespace Qt::StringLiterals;

class tst_TrustAnchors : public QObject
{
    Q_OBJECT
private slots:
    // unbound's trust-anchor-file syntax: comments, DS and DNSKEY, parentheses across lines.
    void parsesDsAndDnskey()
    {
        const QByteArray text = "; anchors\n"
                                "example. IN DS 2371 13 2 "
                                "C988EC423E3880EB8DD8A46E0BAD5E9C2A4C6A3D4C4D7B1A9E7E4D5F6A7B8C9D\n"
                                "sub.example. 3600 IN DNSKEY 257 3 13 (\n"
                                "  mdsswUyr3DPW132mOi8V9xESWE8jTo0dxCjjnopKl+GqJxpVXckHAeF+\n"
                                "  KkxLbxILfDLUT0rAK9iUzy1L53eKGQ== ) ; KSK\n";
        const Result<TrustAnchors> anchors = parseTrustAnchors(text, u"test"_s);
        QVERIFY2(anchors, qPrintable(anchors ? QString() : anchors.error().detail));
        QCOMPARE(anchors->records.size(), 2);
        QCOMPARE(anchors->records.at(0).type, RrType::DS);
        QCOMPARE(anchors->records.at(1).type, RrType::DNSKEY);
        QCOMPARE(anchors->records.at(1).owner, u"sub.example"_s);
        // the closest anchor above a name covers it; none covers another tree
        QCOMPARE(anchors->coveringZone(u"a.sub.example"_s), std::optional(u"sub.example"_s));
        QCOMPARE(anchors->coveringZone(u"b.example"_s), std::optional(u"example"_s));
        QCOMPARE(anchors->coveringZone(u"example"_s), std::optional(u"example"_s));
        QCOMPARE(anchors->coveringZone(u"notexample"_s), std::nullopt);
        QCOMPARE(anchors->recordsOf(u"example"_s).size(), 1);
    }

    void rejectsOtherRecords_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("an A record") << QByteArray("example. IN A 192.0.2.1\n");
        QTest::newRow("garbage") << QByteArray("example. IN DS not a digest\n");
        QTest::newRow("empty") << QByteArray("; nothing here\n\n");
    }
    void rejectsOtherRecords()
    {
        QFETCH(QByteArray, text);
        const Result<TrustAnchors> anchors = parseTrustAnchors(text, u"anchors.txt"_s);
        QVERIFY(!anchors);
        QCOMPARE(anchors.error().code, ErrorCode::InvalidInput);
        QVERIFY(anchors.error().detail.contains(u"anchors.txt"_s));
    }

    // Bounded: a file too large, or too many anchors, is refused; a missing file is unreadable.
    void bounded()
    {
        QByteArray many;
        for (int i = 0; i <= MaxTrustAnchors; ++i)
            many += "example. IN DS 2371 13 2 "
                    "C988EC423E3880EB8DD8A46E0BAD5E9C2A4C6A3D4C4D7B1A9E7E4D5F6A7B8C9D\n";
        QVERIFY(!parseTrustAnchors(many, u"many"_s));
        QTemporaryDir dir;
        QFile big(dir.filePath(u"big"_s));
        QVERIFY(big.open(QIODevice::WriteOnly));
        big.write(QByteArray(MaxTrustAnchorFileBytes + 1, ';'));
        big.close();
        QCOMPARE(loadTrustAnchors(big.fileName()).error().code, ErrorCode::InvalidInput);
        QCOMPARE(loadTrustAnchors(dir.filePath(u"missing"_s)).error().code,
                 ErrorCode::FileUnreadable);
    }
};

QTEST_GUILESS_MAIN(tst_TrustAnchors)
#include "tst_trustanchors.moc"
