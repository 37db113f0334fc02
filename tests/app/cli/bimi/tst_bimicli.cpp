#include "https/httpstestserver.h"
#include "tests/model/bimi/marktestcertificates.h"
#include "tests/support/clirun.h"
#include "tests/support/testenv.h"
#include "tls/testpki.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Sceau;
using namespace Qt::StringLiterals;

namespace {
const QByteArray Logo = "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.2\" "
                        "baseProfile=\"tiny-ps\" viewBox=\"0 0 10 10\"><title>Good</title>"
                        "<rect width=\"10\" height=\"10\" fill=\"#036\"/></svg>\n";
} // namespace

// sceau-cli bimi svg, bimi vmc and bimi check as a separate process: the JSON of docs/cli.md,
// lines of SVG findings, exit codes; bimi check against the test Knot and the suite's HTTPS
// server.
class BimiCliTest : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Test::TestPki> m_pki;
    std::unique_ptr<Test::HttpsTestServer> m_server;
    Test::MarkTestCertificates m_marks;

    QString write(const QString &name, const QByteArray &content)
    {
        QFile file(m_dir.filePath(name));
        file.open(QIODevice::WriteOnly);
        file.write(content);
        return file.fileName();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_pki = std::make_unique<Test::TestPki>(m_dir.path());
        const QJsonObject sites{
            {u"logo-good.bimi.test"_s,
             QJsonObject{{u"status"_s, 200},
                         {u"type"_s, u"image/svg+xml"_s},
                         {u"body"_s, QString::fromUtf8(Logo)}}},
        };
        m_server = std::make_unique<Test::HttpsTestServer>(
            m_pki->issue(u"bimi"_s, {u"logo-good.bimi.test"_s, u"vmc-good.bimi.test"_s}), sites);
    }

    void svgValid()
    {
        const Test::CliRun run = Test::runCli(
            {u"bimi"_s, u"svg"_s, Test::dataPath(u"bimi/svg/FM-good.svg"_s), u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json().value("valid"_L1).toBool(), true);
        QCOMPARE(Test::findingIds(run.json()), QStringList{u"bimi.svg-valid"_s});
    }

    void svgInvalidWithLines()
    {
        const QString file
            = write(u"bad.svg"_s,
                    "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.2\" "
                    "baseProfile=\"tiny-ps\" viewBox=\"0 0 1 1\">\n<title>B</title>\n"
                    "<script/>\n</svg>\n");
        const Test::CliRun run = Test::runCli({u"bimi"_s, u"svg"_s, file, u"--json"_s});
        QCOMPARE(run.exitCode, 1);
        const QJsonObject json = run.json();
        QCOMPARE(json.value("valid"_L1).toBool(), false);
        const QJsonObject finding = json.value("findings"_L1).toArray().first().toObject();
        QCOMPARE(finding.value("id"_L1).toString(), u"bimi.svg-forbidden-element"_s);
        QCOMPARE(finding.value("line"_L1).toInt(), 3);
        // For people: the line is named.
        const Test::CliRun text = Test::runCli({u"bimi"_s, u"svg"_s, file});
        QVERIFY(text.out.contains("line 3:"));
        QCOMPARE(Test::runCli({u"bimi"_s, u"svg"_s, m_dir.filePath(u"absent.svg"_s)}).exitCode, 2);
    }

    // A certificate of the test MVA: everything holds except the chain to the shipped roots.
    void vmc()
    {
        Test::MarkTestCertificates::Leaf leaf;
        leaf.svg = Logo;
        const QString pem = write(u"vmc.pem"_s, m_marks.issue(leaf));
        const QString logo = write(u"logo.svg"_s, Logo);
        const Test::CliRun run = Test::runCli({u"bimi"_s,
                                               u"vmc"_s,
                                               pem,
                                               u"--domain"_s,
                                               u"example.com"_s,
                                               u"--logo"_s,
                                               logo,
                                               u"--json"_s});
        QCOMPARE(run.exitCode, 1);
        const QJsonObject json = run.json();
        QCOMPARE(json.value("mark_eku"_L1).toBool(), true);
        QCOMPARE(json.value("chain_length"_L1).toInt(), 2);
        QCOMPARE(json.value("logotype"_L1).toObject().value("svg_valid"_L1).toBool(), true);
        const QStringList ids = Test::findingIds(json);
        QVERIFY(ids.contains(u"bimi.vmc-logo-matches"_s));
        QVERIFY(ids.contains(u"bimi.vmc-domain-covered"_s));
        QVERIFY(ids.contains(u"bimi.vmc-untrusted"_s));
    }

    // The record, the logo over HTTPS, DMARC enforcing (p=reject, found by the tree walk); the
    // certificate host answers 404: exit 1 (an error-level finding stands).
    void check()
    {
        const Test::CliRun run = Test::runCli(Test::knotOptions()
                                              + QStringList{u"--ca"_s,
                                                            m_pki->caCertificate(),
                                                            u"--port-map"_s,
                                                            u"443=%1"_s.arg(m_server->port()),
                                                            u"--json"_s,
                                                            u"bimi"_s,
                                                            u"check"_s,
                                                            u"good.bimi.test"_s});
        const QJsonObject json = run.json();
        QCOMPARE(json.value("record"_L1).toObject().value("state"_L1).toString(), u"found"_s);
        QCOMPARE(json.value("dmarc_prerequisite"_L1).toString(), u"met"_s);
        QCOMPARE(json.value("logo"_L1).toObject().value("valid"_L1).toBool(), true);
        QCOMPARE(json.value("certificate_fetch"_L1).toObject().value("http_status"_L1).toInt(),
                 404);
        QCOMPARE(json.value("complete"_L1).toBool(), true); // a 404 is an answer
        QVERIFY(Test::findingIds(json).contains(u"bimi.fetch-error"_s));
        QCOMPARE(run.exitCode, 1);
        const Test::CliRun none = Test::runCli(
            Test::knotOptions()
            + QStringList{u"--json"_s, u"bimi"_s, u"check"_s, u"nothing.bimi.test"_s});
        // nothing.bimi.test has no record of its own: the organisational domain's applies (the
        // org domain from the DMARC walk); it inherits bimi.test's sp=none: DMARC is the thing
        // to fix (exit 1)
        QCOMPARE(none.json().value("record"_L1).toObject().value("state"_L1).toString(),
                 u"found"_s);
        QCOMPARE(none.json().value("org_domain"_L1).toString(), u"bimi.test"_s);
        QCOMPARE(none.json().value("record"_L1).toObject().value("from_org_domain"_L1).toBool(),
                 true);
        QCOMPARE(none.json().value("dmarc_prerequisite"_L1).toString(), u"not-met"_s);
        QVERIFY(Test::findingIds(none.json()).contains(u"bimi.dmarc-subdomain-not-enforcing"_s));
        QCOMPARE(none.exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(BimiCliTest)
#include "tst_bimicli.moc"
