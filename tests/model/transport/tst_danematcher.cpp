#include "model/transport/danematcher.h"
#include "model/transport/tlsagenerator.h"
#include "tls/testpki.h"

#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Sceau;
using namespace Sceau::Transport;
using namespace Qt::StringLiterals;

namespace {
QList<QByteArray> derChain(const QString &pemFile)
{
    QList<QByteArray> chain;
    for (const QSslCertificate &cert : QSslCertificate::fromPath(pemFile))
        chain << cert.toDer();
    if (chain.isEmpty())
        qFatal("no certificate in %s", qPrintable(pemFile));
    return chain;
}

// What openssl (the reference tool) prints for a shell pipeline over pem: the hex digest.
QByteArray openssl(const QString &pipeline, const QString &pem)
{
    QProcess process;
    process.start(u"/bin/sh"_s, {u"-c"_s, pipeline.arg(pem)});
    if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 30000)
        || process.exitCode() != 0)
        qFatal("openssl failed: %s", process.readAllStandardError().constData());
    const QByteArray out = process.readAllStandardOutput().trimmed();
    return out.mid(out.lastIndexOf(' ') + 1); // "SHA2-256(stdin)= <hex>"
}

TlsaRecord record(quint8 usage, quint8 selector, quint8 matching, const QByteArray &hex)
{
    return TlsaRecord{usage, selector, matching, QByteArray::fromHex(hex)};
}
} // namespace

// TLSA records made and matched with ldns' DANE functions on chains from a CA made at test
// time; every digest cross-checked against openssl.
class DaneMatcherTest : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Test::TestPki> m_pki;
    Test::TestPki::Issued m_mail;
    QList<QByteArray> m_chain; // leaf, CA
    QByteArray m_leafSpki;     // SHA-256 of the leaf's SubjectPublicKeyInfo (openssl)
    QByteArray m_caSpki;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_pki = std::make_unique<Test::TestPki>(m_dir.path());
        m_mail = m_pki->issue(u"mail"_s, {u"mx.example.test"_s});
        m_chain = derChain(m_mail.certificate);
        QCOMPARE(m_chain.size(), 2);
        const QString spki = u"openssl x509 -in %1 -pubkey -noout | openssl pkey -pubin "
                             u"-outform DER | openssl dgst -sha256"_s;
        m_leafSpki = openssl(spki, m_mail.certificate);
        m_caSpki = openssl(spki, m_pki->caCertificate());
        QCOMPARE(m_leafSpki.size(), 64);
    }

    void parseRecord()
    {
        Dns::ResourceRecord rr{u"_25._tcp.mx.example.test"_s, Dns::RrType::TLSA, 60, {}, {}};
        rr.rdata = {u"3"_s, u"1"_s, u"1"_s, u"ABCD"_s, u"ef01"_s}; // hex split in two fields
        const auto parsed = TlsaRecord::fromRecord(rr);
        QVERIFY(parsed);
        QCOMPARE(parsed->toText(), u"3 1 1 abcdef01"_s);
        for (const QStringList &bad : {QStringList{u"3"_s, u"1"_s, u"1"_s},
                                       QStringList{u"256"_s, u"1"_s, u"1"_s, u"ab"_s},
                                       QStringList{u"3"_s, u"1"_s, u"1"_s, u"xyz"_s}}) {
            rr.rdata = bad;
            QVERIFY2(!TlsaRecord::fromRecord(rr), qPrintable(bad.join(u' ')));
        }
        QCOMPARE(tlsaName(u"mx.example.test"_s), u"_25._tcp.mx.example.test"_s);
        QVERIFY(usableForSmtp(2) && usableForSmtp(3));
        QVERIFY(!usableForSmtp(0) && !usableForSmtp(1) && !usableForSmtp(4));
    }

    void match_data()
    {
        QTest::addColumn<TlsaRecord>("tlsa");
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<int>("verdict");
        QTest::addColumn<int>("depth");
        using V = TlsaMatch::Verdict;
        const QStringList mx{u"mx.example.test"_s};
        QTest::newRow("3 1 1") << record(3, 1, 1, m_leafSpki) << mx << int(V::Matched) << 0;
        QTest::newRow("3 1 1, any name (DANE-EE ignores names)")
            << record(3, 1, 1, m_leafSpki) << QStringList{u"other.test"_s} << int(V::Matched) << 0;
        QTest::newRow("3 0 1 of the full certificate")
            << record(3,
                      0,
                      1,
                      openssl(u"openssl x509 -in %1 -outform DER | openssl dgst -sha256"_s,
                              m_mail.certificate))
            << mx << int(V::Matched) << 0;
        QTest::newRow("3 1 2 (SHA-512)")
            << record(3,
                      1,
                      2,
                      openssl(u"openssl x509 -in %1 -pubkey -noout | openssl pkey -pubin "
                              u"-outform DER | openssl dgst -sha512"_s,
                              m_mail.certificate))
            << mx << int(V::Matched) << 0;
        QTest::newRow("3 1 1 of the CA key: DANE-EE is the leaf only")
            << record(3, 1, 1, m_caSpki) << mx << int(V::NotMatched) << -1;
        QTest::newRow("2 1 1 of the CA") << record(2, 1, 1, m_caSpki) << mx << int(V::Matched) << 1;
        QTest::newRow("2 1 1, the leaf does not name the MX (RFC 7672 §3.2.3)")
            << record(2, 1, 1, m_caSpki) << QStringList{u"other.test"_s} << int(V::NameMismatch)
            << 1;
        QTest::newRow("another key")
            << record(3, 1, 1, QByteArray(64, 'a')) << mx << int(V::NotMatched) << -1;
        QTest::newRow("1 1 1: PKIX-EE is unusable for SMTP")
            << record(1, 1, 1, m_leafSpki) << mx << int(V::Unusable) << -1;
        QTest::newRow("0 1 1: PKIX-TA is unusable for SMTP")
            << record(0, 1, 1, m_caSpki) << mx << int(V::Unusable) << -1;
        QTest::newRow("unknown matching type")
            << record(3, 1, 9, m_leafSpki) << mx << int(V::Unsupported) << -1;
    }
    void match()
    {
        QFETCH(TlsaRecord, tlsa);
        QFETCH(QStringList, names);
        QFETCH(int, verdict);
        QFETCH(int, depth);
        const TlsaMatch result = matchTlsa(tlsa, m_chain, names);
        QCOMPARE(TlsaVerdicts.token(result.verdict),
                 TlsaVerdicts.token(TlsaMatch::Verdict(verdict)));
        QCOMPARE(result.depth, depth);
    }

    // DANE-TA needs the anchor in the chain the server sends (RFC 7672 §3.1.2).
    void taNotSent()
    {
        const TlsaMatch result
            = matchTlsa(record(2, 1, 1, m_caSpki), m_chain.mid(0, 1), {u"mx.example.test"_s});
        QCOMPARE(result.verdict, TlsaMatch::Verdict::NotMatched);
        QCOMPARE(matchTlsa(record(3, 1, 1, m_leafSpki), {}, {}).verdict,
                 TlsaMatch::Verdict::NotMatched);
        QCOMPARE(matchTlsa(record(3, 1, 1, m_leafSpki), {"garbage"}, {}).verdict,
                 TlsaMatch::Verdict::NotMatched);
    }

    // The generated records equal openssl's digests, and match the chain they came from.
    void generate()
    {
        const auto generated = generateTlsa(m_chain, u"mx.example.test"_s);
        QVERIFY(generated);
        QCOMPARE(generated->size(), 2);
        QCOMPARE(generated->at(0).record.toText(), u"3 1 1 "_s + QString::fromLatin1(m_leafSpki));
        QCOMPARE(generated->at(0).zoneLine,
                 u"_25._tcp.mx.example.test. IN TLSA 3 1 1 "_s + QString::fromLatin1(m_leafSpki));
        QCOMPARE(generated->at(1).record.toText(), u"2 1 1 "_s + QString::fromLatin1(m_caSpki));
        QCOMPARE(generated->at(1).depth, 1);
        for (const GeneratedTlsa &tlsa : *generated)
            QCOMPARE(matchTlsa(tlsa.record, m_chain, {u"mx.example.test"_s}).verdict,
                     TlsaMatch::Verdict::Matched);
        // A server that sends only its leaf: no DANE-TA record can be made from it.
        const auto leafOnly = generateTlsa(m_chain.mid(0, 1), u"mx.example.test"_s, 587);
        QVERIFY(leafOnly);
        QCOMPARE(leafOnly->size(), 1);
        QVERIFY(leafOnly->first().zoneLine.startsWith(u"_587._tcp.mx.example.test. "_s));
        QVERIFY(!generateTlsa({}, u"mx.example.test"_s));
        QVERIFY(!generateTlsa({"garbage"}, u"mx.example.test"_s));
    }

    // A rollover certificate (PEM or DER) against the published records.
    void nextCertificate()
    {
        QFile pem(m_mail.certificate);
        QVERIFY(pem.open(QIODevice::ReadOnly));
        const auto der = certificateDer(pem.readAll());
        QVERIFY(der);
        QCOMPARE(*der, m_chain.first());
        QCOMPARE(certificateDer(*der), der);
        QVERIFY(!certificateDer("not a certificate"));
        QVERIFY(certificateHasData(record(3, 1, 1, m_leafSpki), *der));
        const auto renewed
            = derChain(m_pki->issue(u"renewed"_s, {u"mx.example.test"_s}).certificate);
        QVERIFY(!certificateHasData(record(3, 1, 1, m_leafSpki), renewed.first()));
        const auto notAfter = certificateNotAfter(*der);
        QVERIFY(notAfter);
        QCOMPARE(notAfter->timeSpec(), Qt::UTC);
        QVERIFY(qAbs(QDateTime::currentDateTimeUtc().daysTo(*notAfter) - 29)
                <= 1); // 30 days from yesterday
    }
};

QTEST_GUILESS_MAIN(DaneMatcherTest)
#include "tst_danematcher.moc"
