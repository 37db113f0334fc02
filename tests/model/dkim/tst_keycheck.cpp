#include "model/dkim/dkimfindings.h"
#include "model/dkim/keycheck.h"
#include "model/dkim/privatekey.h"
#include "model/dkim/selectordiscovery.h"
#include "model/dns/liveresolver.h"

#include "await.h"
#include "testenv.h"

#include <QFile>
#include <QTest>

using namespace Sceau;
using namespace Sceau::Dkim;
using namespace Qt::StringLiterals;

// Published-key checks and selector discovery against the test Knot (dkim.test zone).
class tst_KeyCheck : public QObject
{
    Q_OBJECT
private slots:
    void init() { m_resolver = std::make_unique<Dns::LiveResolver>(Test::knotConfig()); }

    void findings_data()
    {
        QTest::addColumn<QString>("selector");
        QTest::addColumn<QStringList>("ids");
        QTest::addColumn<int>("bits");
        QTest::newRow("rsa 2048") << u"rsa"_s << QStringList{u"dkim.key-ok"_s} << 2048;
        QTest::newRow("ed25519") << u"ed"_s << QStringList{u"dkim.key-ok"_s, u"dkim.ed25519-only"_s}
                                 << 256;
        QTest::newRow("1024") << u"weak"_s << QStringList{u"dkim.key-weak"_s} << 1024;
        QTest::newRow("512") << u"short"_s << QStringList{u"dkim.key-too-short"_s} << 512;
        QTest::newRow("testing") << u"testing"_s
                                 << QStringList{u"dkim.key-ok"_s, u"dkim.testing-mode"_s} << 2048;
        QTest::newRow("revoked") << u"revoked"_s << QStringList{u"dkim.key-revoked"_s} << 0;
        QTest::newRow("sha1 only")
            << u"sha1only"_s << QStringList{u"dkim.key-ok"_s, u"dkim.sha1-only"_s} << 2048;
        QTest::newRow("syntax") << u"broken"_s << QStringList{u"dkim.syntax-error"_s} << 0;
        QTest::newRow("nodata") << u"nokey"_s << QStringList{u"dkim.selector-missing"_s} << 0;
        QTest::newRow("nxdomain") << u"absent"_s << QStringList{u"dkim.selector-missing"_s} << 0;
        QTest::newRow("bad selector")
            << u"bad_selector"_s << QStringList{u"dkim.syntax-error"_s} << 0;
    }
    void findings()
    {
        QFETCH(QString, selector);
        QFETCH(QStringList, ids);
        QFETCH(int, bits);
        const KeyCheckReport report = check(selector, std::nullopt);
        QStringList got;
        for (const Finding &f : report.findings) {
            got << f.id;
            // Every DKIM id has translated text in this module's catalogue.
            if (f.id.startsWith(u"dkim."_s)) {
                const auto text = findingText(f);
                QVERIFY2(text && !text->title.isEmpty() && !text->explanation.isEmpty(),
                         qPrintable(f.id));
            }
        }
        QCOMPARE(got, ids);
        QCOMPARE(report.keyBits, bits);
        QCOMPARE(report.canSign(),
                 selector == u"rsa"_s || selector == u"ed"_s || selector == u"weak"_s
                     || selector == u"testing"_s);
    }

    void matchesLocalKey()
    {
        const QByteArray rsa = loadKey(u"rsa2048.pem"_s).publicKeyData();
        const QByteArray ed = loadKey(u"ed25519.pem"_s).publicKeyData();
        KeyCheckReport report = check(u"rsa"_s, rsa);
        QCOMPARE(report.matchesLocalKey, std::optional<bool>(true));
        QVERIFY(report.findings.last().id == u"dkim.key-matches"_s);
        report = check(u"rsa"_s, loadKey(u"rsa1024.pem"_s).publicKeyData());
        QCOMPARE(report.matchesLocalKey, std::optional<bool>(false));
        QCOMPARE(report.findings.last().id, u"dkim.key-mismatch"_s);
        QCOMPARE(report.findings.last().severity, Severity::Error);
        QCOMPARE(check(u"ed"_s, ed).matchesLocalKey, std::optional<bool>(true));
        QCOMPARE(check(u"ed"_s, rsa).matchesLocalKey, std::optional<bool>(false)); // wrong type
    }

    // DESIGN.md §2: a DNS failure is "could not check", never "missing".
    void dnsFailure()
    {
        Dns::ResolverConfig config = Test::knotConfig();
        config.servers = {Dns::NameServer::parse(u"127.0.0.1:9"_s).value()};
        m_resolver = std::make_unique<Dns::LiveResolver>(config);
        const KeyCheckReport report = check(u"rsa"_s, std::nullopt);
        QCOMPARE(report.findings.size(), 1);
        QCOMPARE(report.findings.first().id, u"dns.lookup-failed"_s);
    }

    void discovery()
    {
        const DiscoveryResult result
            = Test::await(discoverSelectors(m_resolver.get(), this, u"discover.dkim.test"_s));
        QStringList found;
        for (const KeyCheckReport &r : result.found)
            found << r.selector;
        QCOMPARE(found,
                 (QStringList{u"google"_s, u"selector2"_s, u"k1"_s})); // commonSelectors() order
        QVERIFY(result.failed.isEmpty());
        QCOMPARE(result.found.at(2).findings.first().id, u"dkim.key-weak"_s);
    }

    void discoveryReportsFailures()
    {
        Dns::ResolverConfig config = Test::knotConfig();
        config.servers = {Dns::NameServer::parse(u"127.0.0.1:9"_s).value()};
        m_resolver = std::make_unique<Dns::LiveResolver>(config);
        const DiscoveryResult result = Test::await(discoverSelectors(
            m_resolver.get(), this, u"discover.dkim.test"_s, {u"google"_s, u"s1"_s}));
        QVERIFY(result.found.isEmpty());
        QCOMPARE(result.failed, (QStringList{u"google"_s, u"s1"_s}));
    }

    void selectorsFromMessages()
    {
        QFile mbox(Test::dataPath(u"dkim/rfc8463/signed.eml"_s));
        QVERIFY(mbox.open(QIODevice::ReadOnly));
        const QByteArray message = mbox.readAll();
        QFile other(Test::dataPath(u"dkim/dkimpy/test2.message"_s));
        QVERIFY(other.open(QIODevice::ReadOnly));
        const QByteArray box = "From sender@example Tue Nov 24 06:00:00 2026\n" + message
                               + "From sender@example Tue Nov 24 06:01:00 2026\n" + message
                               + "From x@y Tue Nov 24 06:02:00 2026\n" + other.readAll();
        const QList<SignerSelector> pairs = selectorsInMessages(box);
        QCOMPARE(pairs,
                 (QList<SignerSelector>{{u"football.example.com"_s, u"brisbane"_s, 2},
                                        {u"football.example.com"_s, u"test"_s, 2},
                                        {u"gmail.com"_s, u"20120113"_s, 1}}));
        QCOMPARE(selectorsInMessages(message).size(), 2);
    }

private:
    KeyCheckReport check(const QString &selector, const std::optional<QByteArray> &local)
    {
        return Test::await(
            checkPublishedKey(m_resolver.get(), this, u"dkim.test"_s, selector, local));
    }
    static PrivateKey loadKey(const QString &file)
    {
        QFile f(Test::dataPath(u"dkim/keys/"_s + file));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("missing key");
        return PrivateKey::load(f.readAll()).value();
    }

    std::unique_ptr<Dns::LiveResolver> m_resolver;
};

QTEST_GUILESS_MAIN(tst_KeyCheck)
#include "tst_keycheck.moc"
