#include "model/transport/certificatereport.h"
#include "tls/testpki.h"

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
} // namespace

// Certificate verdicts (trust, name, dates, key) on chains from a CA made at test time.
class CertificateReportTest : public QObject
{
    Q_OBJECT
private:
    TrustAnchors testCa() const { return {false, {m_pki->caCertificate()}}; }

    QTemporaryDir m_dir;
    std::unique_ptr<Test::TestPki> m_pki;
    const QDateTime m_now = QDateTime::currentDateTimeUtc();

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_pki = std::make_unique<Test::TestPki>(m_dir.path());
    }

    void names_data()
    {
        QTest::addColumn<QStringList>("sans");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("matches");
        const QStringList mail{u"mail.example.test"_s};
        const QStringList wildcard{u"*.example.test"_s};
        QTest::newRow("exact") << mail << u"mail.example.test"_s << true;
        QTest::newRow("case-insensitive") << mail << u"MAIL.Example.TEST"_s << true;
        QTest::newRow("other host") << mail << u"mx.example.test"_s << false;
        QTest::newRow("parent") << mail << u"example.test"_s << false;
        QTest::newRow("wildcard, one label") << wildcard << u"mx.example.test"_s << true;
        QTest::newRow("wildcard, two labels") << wildcard << u"a.mx.example.test"_s << false;
        QTest::newRow("wildcard, bare domain") << wildcard << u"example.test"_s << false;
        QTest::newRow("partial wildcard refused")
            << QStringList{u"m*.example.test"_s} << u"mx.example.test"_s << false;
        QTest::newRow("second SAN") << QStringList{u"a.example.test"_s, u"mx.example.test"_s}
                                    << u"mx.example.test"_s << true;
    }

    void names()
    {
        QFETCH(QStringList, sans);
        QFETCH(QString, name);
        QFETCH(bool, matches);
        static int serial = 0;
        const auto issued = m_pki->issue(u"names-%1"_s.arg(++serial), sans);
        const auto report = inspectCertificate(derChain(issued.certificate), name, testCa(), m_now);
        QVERIFY(report);
        QCOMPARE(report->nameMatches, matches);
        QVERIFY(report->trusted); // the name never changes the trust verdict
        QCOMPARE(report->dnsNames, sans);
    }

    void trustedChainFacts()
    {
        const auto issued = m_pki->issue(u"facts"_s, {u"mail.example.test"_s}, -1, 31);
        const auto report = inspectCertificate(
            derChain(issued.certificate), u"mail.example.test"_s, testCa(), m_now);
        QVERIFY(report);
        QVERIFY2(report->trusted, qPrintable(report->trustError));
        QCOMPARE(report->subject, u"CN=mail.example.test"_s);
        QCOMPARE(report->issuer, u"CN=Sceau Test CA"_s);
        QCOMPARE(report->keyType, u"EC"_s);
        QCOMPARE(report->keyBits, 256);
        QCOMPARE(report->signatureAlgorithm, u"ecdsa-with-SHA256"_s);
        QVERIFY(!report->expired());
        // Days left are whole days to notAfter, at the time asked.
        const auto tenDays = inspectCertificate(derChain(issued.certificate),
                                                u"mail.example.test"_s,
                                                testCa(),
                                                report->notAfter.addDays(-10).addSecs(-3600));
        QCOMPARE(tenDays->daysLeft, 10);
        QVERIFY(tenDays->trusted);
        const auto after = inspectCertificate(derChain(issued.certificate),
                                              u"mail.example.test"_s,
                                              testCa(),
                                              report->notAfter.addSecs(1));
        QCOMPARE(after->daysLeft, -1);
        QVERIFY(after->expired());
        QVERIFY(!after->trusted);
    }

    void rsaKey()
    {
        const auto issued = m_pki->issue(u"rsa"_s, {u"mail.example.test"_s}, -1, 30, u"rsa:3072"_s);
        const auto report = inspectCertificate(derChain(issued.certificate), {}, testCa(), m_now);
        QVERIFY(report);
        QCOMPARE(report->keyType, u"RSA"_s);
        QCOMPARE(report->keyBits, 3072);
        QVERIFY(!report->nameMatches); // no name asked: never a match
    }

    void expired()
    {
        const auto issued = m_pki->issue(u"expired"_s, {u"mail.example.test"_s}, -40, 30);
        const auto report = inspectCertificate(
            derChain(issued.certificate), u"mail.example.test"_s, testCa(), m_now);
        QVERIFY(report);
        QVERIFY(!report->trusted);
        QCOMPARE(report->trustError, u"certificate has expired"_s);
        QVERIFY(report->expired());
        QCOMPARE(report->daysLeft, -10);
        QVERIFY(report->nameMatches);
    }

    void untrusted()
    {
        const auto self = m_pki->selfSigned(u"self"_s, {u"mail.example.test"_s});
        const auto report = inspectCertificate(
            derChain(self.certificate), u"mail.example.test"_s, testCa(), m_now);
        QVERIFY(report);
        QVERIFY(!report->trusted);
        QCOMPARE(report->trustError, u"self-signed certificate"_s);

        // The test CA is in no system store.
        const auto issued = m_pki->issue(u"system"_s, {u"mail.example.test"_s});
        const auto system = inspectCertificate(
            derChain(issued.certificate), u"mail.example.test"_s, TrustAnchors{}, m_now);
        QVERIFY(system);
        QVERIFY(!system->trusted);
        QVERIFY(!system->trustError.isEmpty());

        // Leaf alone (the server did not send its intermediate): still trusted when the CA is
        // the anchor itself.
        const auto leafOnly = inspectCertificate(
            {derChain(issued.certificate).first()}, u"mail.example.test"_s, testCa(), m_now);
        QVERIFY(leafOnly && leafOnly->trusted);
    }

    void hostileInput()
    {
        QCOMPARE(inspectCertificate({}, {}, testCa(), m_now).error().code, ErrorCode::InvalidInput);
        QCOMPARE(inspectCertificate({QByteArray("garbage")}, {}, testCa(), m_now).error().code,
                 ErrorCode::InvalidInput);
        const auto issued = m_pki->issue(u"long"_s, {u"mail.example.test"_s});
        const QByteArray leaf = derChain(issued.certificate).first();
        QCOMPARE(inspectCertificate({leaf + "x"}, {}, testCa(), m_now).error().code,
                 ErrorCode::InvalidInput); // trailing bytes
        QCOMPARE(
            inspectCertificate(QList<QByteArray>(MaxChainLength + 1, leaf), {}, testCa(), m_now)
                .error()
                .code,
            ErrorCode::InvalidInput);
        // A broken intermediate only costs trust.
        const auto broken
            = inspectCertificate({leaf, QByteArray(100, '\x30')}, {}, testCa(), m_now);
        QVERIFY(broken);
        QVERIFY(broken->trusted); // the anchor is the issuer; the junk is ignored
    }
};

QTEST_GUILESS_MAIN(CertificateReportTest)
#include "tst_certificatereport.moc"
