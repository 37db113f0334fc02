#include "model/bimi/svgcheck.h"
#include "tests/support/testenv.h"

#include <QTest>

using namespace Sceau;
using namespace Sceau::Bimi;
using namespace Qt::StringLiterals;

namespace {
// A valid SVG Tiny PS logo, with body inserted before </svg> and root attributes replaced.
QByteArray logo(const QByteArray &body = {},
                const QByteArray &root
                = R"(version="1.2" baseProfile="tiny-ps" viewBox="0 0 100 100")")
{
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" "
           + root + ">\n<title>Brand</title>\n<rect width=\"100\" height=\"100\" fill=\"#fff\"/>\n"
           + body + "</svg>\n";
}
} // namespace

// SVG Tiny PS: the real valid sample, then invalid cases made here, each finding on its line.
class SvgCheckTest : public QObject
{
    Q_OBJECT
private slots:
    void validSample()
    {
        const SvgValidation v = validateSvgTinyPs(Test::readData(u"bimi/svg/FM-good.svg"_s));
        QVERIFY(v.valid());
        QCOMPARE(v.findings.size(), 1);
        QCOMPARE(v.findings.first().finding.id, u"bimi.svg-valid"_s);
    }

    void validMade()
    {
        QVERIFY(validateSvgTinyPs(logo()).valid());
        QVERIFY(validateSvgTinyPs(logo("<use xlink:href=\"#a\"/>\n")).valid());
        QVERIFY(validateSvgTinyPs(
                    logo("<g xml:space=\"preserve\"><path d=\"M0 0\" fill=\"url(#g)\"/></g>\n"))
                    .valid());
    }

    void invalid_data()
    {
        QTest::addColumn<QByteArray>("svg");
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("line");
        const QByteArray okRoot = R"(version="1.2" baseProfile="tiny-ps" viewBox="0 0 100 100")";
        QTest::newRow("script") << logo("<script>alert(1)</script>\n")
                                << u"bimi.svg-forbidden-element"_s << 4;
        QTest::newRow("animate") << logo(
            "<rect width=\"1\">\n<animate attributeName=\"x\"/></rect>\n")
                                 << u"bimi.svg-forbidden-element"_s << 5;
        QTest::newRow("raster image") << logo("<image xlink:href=\"data:image/png;base64,AA\"/>\n")
                                      << u"bimi.svg-forbidden-element"_s << 4;
        QTest::newRow("foreignObject")
            << logo("<foreignObject/>\n") << u"bimi.svg-forbidden-element"_s << 4;
        QTest::newRow("external use")
            << logo("<use xlink:href=\"https://evil.example/x.svg#a\"/>\n")
            << u"bimi.svg-external-reference"_s << 4;
        QTest::newRow("external url()")
            << logo("<path d=\"M0 0\" fill=\"url(https://evil.example/p)\"/>\n")
            << u"bimi.svg-external-reference"_s << 4;
        QTest::newRow("style attribute") << logo("<path d=\"M0 0\" style=\"fill:red\"/>\n")
                                         << u"bimi.svg-attribute-not-allowed"_s << 4;
        QTest::newRow("unknown element")
            << logo("<filter/>\n") << u"bimi.svg-element-not-allowed"_s << 4;
        QTest::newRow("foreign namespace")
            << logo("<i:x xmlns:i=\"urn:x\"/>\n") << u"bimi.svg-element-not-allowed"_s << 4;
        QTest::newRow("version 1.1")
            << logo({}, R"(version="1.1" baseProfile="tiny-ps" viewBox="0 0 1 1")")
            << u"bimi.svg-version"_s << 1;
        QTest::newRow("baseProfile tiny")
            << logo({}, R"(version="1.2" baseProfile="tiny" viewBox="0 0 1 1")")
            << u"bimi.svg-base-profile"_s << 1;
        QTest::newRow("x on root")
            << logo({}, okRoot + " x=\"0\"") << u"bimi.svg-root-position"_s << 1;
        QTest::newRow("no viewBox")
            << logo({}, R"(version="1.2" baseProfile="tiny-ps")") << u"bimi.svg-no-viewbox"_s << 1;
        QTest::newRow("not square")
            << logo({}, R"(version="1.2" baseProfile="tiny-ps" viewBox="0 0 100 50")")
            << u"bimi.svg-viewbox-not-square"_s << 1;
        QTest::newRow("bad viewBox")
            << logo({}, R"(version="1.2" baseProfile="tiny-ps" viewBox="0 0 a")")
            << u"bimi.svg-viewbox-invalid"_s << 1;
        QTest::newRow("no title") << "<svg xmlns=\"http://www.w3.org/2000/svg\" "_ba + okRoot
                                         + "><rect/></svg>"
                                  << u"bimi.svg-no-title"_s << 0;
        QTest::newRow("doctype")
            << "<?xml version=\"1.0\"?>\n<!DOCTYPE svg [<!ENTITY a \"b\">]>\n"_ba + logo()
            << u"bimi.svg-doctype"_s << 2;
        QTest::newRow("not xml") << logo().replace("</svg>", "") << u"bimi.svg-not-xml"_s << 5;
        QTest::newRow("html root") << "<html/>"_ba << u"bimi.svg-root"_s << 1;
        QTest::newRow("too large") << logo("<desc>" + QByteArray(MaxSvgSize, 'a') + "</desc>\n")
                                   << u"bimi.svg-too-large"_s << 0;
        QByteArray deep;
        for (int i = 0; i < MaxSvgDepth + 1; ++i)
            deep += "<g>";
        QTest::newRow("too deep") << logo(deep) << u"bimi.svg-too-complex"_s << 4;
    }
    void invalid()
    {
        QFETCH(QByteArray, svg);
        QFETCH(QString, id);
        QFETCH(int, line);
        const SvgValidation v = validateSvgTinyPs(svg);
        QVERIFY(!v.valid());
        const auto it = std::find_if(v.findings.cbegin(),
                                     v.findings.cend(),
                                     [&](const SvgFinding &f) { return f.finding.id == id; });
        QVERIFY2(it != v.findings.cend(), qPrintable(id));
        QCOMPARE(it->line, qint64(line));
        QCOMPARE(it->finding.severity, Severity::Error);
    }

    // One fault, one finding: x and y on the root are the root rule's, not also "not allowed".
    void rootPositionOnce()
    {
        const SvgValidation v = validateSvgTinyPs(
            logo({}, R"(version="1.2" baseProfile="tiny-ps" viewBox="0 0 100 100" x="0" y="0")"));
        QCOMPARE(v.findings.size(), 1);
        QCOMPARE(v.findings.first().finding.id, u"bimi.svg-root-position"_s);
    }

    // Past MaxSvgInput nothing is parsed: one finding, at once.
    void hugeInputRefused()
    {
        const SvgValidation v = validateSvgTinyPs(QByteArray(MaxSvgInput + 1, ' '));
        QCOMPARE(v.findings.size(), 1);
        QCOMPARE(v.findings.first().finding.id, u"bimi.svg-too-large"_s);
    }
};

QTEST_GUILESS_MAIN(SvgCheckTest)
#include "tst_svgcheck.moc"
