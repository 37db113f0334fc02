#include "marktestcertificates.h"
#include "model/bimi/markcertificate.h"

#include <QTest>

using namespace Sceau;
using namespace Sceau::Bimi;
using namespace Qt::StringLiterals;
using Leaf = Test::MarkTestCertificates::Leaf;

namespace {
const QByteArray Logo = "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.2\" "
                        "baseProfile=\"tiny-ps\" viewBox=\"0 0 10 10\"><title>Example</title>"
                        "<rect width=\"10\" height=\"10\" fill=\"#036\"/></svg>\n";

bool has(const MarkCertificate &mark, const QString &id)
{
    return std::any_of(
        mark.findings.cbegin(), mark.findings.cend(), [&](const Finding &f) { return f.id == id; });
}
} // namespace

// Mark certificates made here (openssl, a test MVA): the good one, then each defect alone.
class MarkCertificateTest : public QObject
{
    Q_OBJECT
private:
    Test::MarkTestCertificates m_pki;

    MarkCertificateContext context() const
    {
        MarkCertificateContext c;
        c.domain = u"example.com"_s;
        c.logo = Logo;
        c.roots = {m_pki.caPem()};
        return c;
    }

private slots:
    void good_data()
    {
        QTest::addColumn<bool>("gzip");
        QTest::newRow("gzip data: URI") << true;
        QTest::newRow("plain data: URI") << false;
    }
    void good()
    {
        QFETCH(bool, gzip);
        Leaf leaf;
        leaf.svg = Logo;
        leaf.gzip = gzip;
        const QByteArray pem = m_pki.issue(leaf); // before now: notBefore is the issuing second
        const MarkCertificate mark = inspectMarkCertificate(pem, context());
        QVERIFY2(!hasPostureError(mark.findings), qPrintable(mark.trustError));
        QVERIFY(mark.markEku);
        QVERIFY(mark.trusted);
        QCOMPARE(mark.chainLength, 2);
        QVERIFY(mark.logotype);
        QCOMPARE(mark.logotype->mediaType, u"image/svg+xml"_s);
        QCOMPARE(mark.logotype->hashAlgorithm, "2.16.840.1.101.3.4.2.1"_ba);
        QCOMPARE(mark.logotype->image, Logo);
        QVERIFY(mark.logotypeSvg && mark.logotypeSvg->valid());
        QCOMPARE(mark.dnsNames, QStringList{u"example.com"_s});
        QVERIFY(has(mark, u"bimi.vmc-logo-matches"_s));
        QVERIFY(has(mark, u"bimi.vmc-domain-covered"_s));
        QVERIFY(has(mark, u"bimi.vmc-trusted"_s));
        QVERIFY(mark.daysLeft > 300);
    }

    void defects_data()
    {
        QTest::addColumn<int>("defect");
        QTest::addColumn<QString>("id");
        QTest::newRow("no mark EKU") << 0 << u"bimi.vmc-no-mark-eku"_s;
        QTest::newRow("no logotype") << 1 << u"bimi.vmc-no-logotype"_s;
        QTest::newRow("logotype not DER") << 2 << u"bimi.vmc-logotype-invalid"_s;
        QTest::newRow("logo differs") << 3 << u"bimi.vmc-logo-mismatch"_s;
        QTest::newRow("other domain") << 4 << u"bimi.vmc-domain-not-covered"_s;
        QTest::newRow("expired") << 5 << u"bimi.vmc-expired"_s;
        QTest::newRow("expires soon") << 6 << u"bimi.vmc-expires-soon"_s;
        QTest::newRow("other root") << 7 << u"bimi.vmc-untrusted"_s;
        QTest::newRow("logotype SVG not Tiny PS") << 8 << u"bimi.vmc-logotype-svg-invalid"_s;
        QTest::newRow("not a certificate") << 9 << u"bimi.vmc-unreadable"_s;
    }
    void defects()
    {
        QFETCH(int, defect);
        QFETCH(QString, id);
        Leaf leaf;
        leaf.svg = Logo;
        MarkCertificateContext c = context();
        switch (defect) {
        case 0:
            leaf.eku = u"serverAuth"_s;
            break;
        case 1:
            leaf.logotype = false;
            break;
        case 2:
            leaf.logotypeDer = QByteArray::fromHex("3003020100");
            break;
        case 3:
            c.logo = QByteArray(Logo).replace("#036", "#037");
            break;
        case 4:
            c.domain = u"other.example"_s;
            break;
        case 5:
            c.now = QDateTime::currentDateTimeUtc().addDays(400);
            break;
        case 6:
            leaf.days = 10;
            break;
        case 7: {
            Test::MarkTestCertificates other;
            c.roots = {other.caPem()};
            break;
        }
        case 8:
            leaf.svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script/></svg>";
            c.logo = leaf.svg;
            break;
        }
        const QByteArray pem
            = defect == 9 ? "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n"_ba
                          : m_pki.issue(leaf);
        if (defect != 5)
            c.now = QDateTime::currentDateTimeUtc(); // after issuing: notBefore has passed
        const MarkCertificate mark = inspectMarkCertificate(pem, c);
        QVERIFY2(has(mark, id), qPrintable(id));
        QVERIFY(hasSeverity(
            mark.findings, id == "bimi.vmc-expires-soon"_L1 ? Severity::Warning : Severity::Error));
    }

    // The roots that ship with Sceau are there (compiled in), and are not the test MVA.
    void shippedRoots()
    {
        const QList<QByteArray> roots = mvaRoots();
        QCOMPARE(roots.size(), 1);
        QCOMPARE(roots.first().count("BEGIN CERTIFICATE"), 6);
        Leaf leaf;
        leaf.svg = Logo;
        MarkCertificateContext c = context();
        c.roots = roots;
        QVERIFY(has(inspectMarkCertificate(m_pki.issue(leaf), c), u"bimi.vmc-untrusted"_s));
    }
};

QTEST_GUILESS_MAIN(MarkCertificateTest)
#include "tst_markcertificate.moc"
