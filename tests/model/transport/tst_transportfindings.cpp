#include "model/audit/findingcatalogue.h"
#include "model/transport/transportfindings.h"

#include <QTest>

using namespace Sceau;
using namespace Sceau::Transport;
using namespace Qt::StringLiterals;
using O = SmtpTlsAttempt::Outcome;

Q_DECLARE_METATYPE(Sceau::Transport::AddressProbe)

namespace {
AddressProbe probe(O outcome)
{
    AddressProbe p;
    p.endpoint = {u"mx.example.test"_s, QHostAddress(u"192.0.2.1"_s), 25};
    p.attempt.outcome = outcome;
    p.attempt.detail = u"detail"_s;
    p.attempt.handshake.info.protocol = TlsVersion::Tls1_3;
    return p;
}

AddressProbe encrypted(bool trusted, bool name, qint64 daysLeft)
{
    AddressProbe p = probe(O::Encrypted);
    CertificateReport cert;
    cert.trusted = trusted;
    cert.trustError = trusted ? QString() : u"self-signed certificate"_s;
    cert.nameMatches = name;
    cert.daysLeft = daysLeft;
    cert.dnsNames = {u"other.example.test"_s};
    p.certificate = cert;
    p.accepted = {{TlsVersion::Tls1_0, false},
                  {TlsVersion::Tls1_1, false},
                  {TlsVersion::Tls1_2, true},
                  {TlsVersion::Tls1_3, true}};
    return p;
}
} // namespace

// Which findings each kind of server gives, and that every id has its catalogue text.
class TransportFindingsTest : public QObject
{
    Q_OBJECT
private slots:
    void findings_data()
    {
        QTest::addColumn<AddressProbe>("probe");
        QTest::addColumn<QStringList>("ids");
        QTest::newRow("good") << encrypted(true, true, 60) << QStringList{u"tls.encrypted"_s};
        QTest::newRow("expiring") << encrypted(true, true, 5)
                                  << QStringList{u"tls.encrypted"_s, u"tls.cert-expiring"_s};
        QTest::newRow("expired") << encrypted(false, true, -3)
                                 << QStringList{u"tls.encrypted"_s, u"tls.cert-expired"_s};
        QTest::newRow("untrusted, wrong name")
            << encrypted(false, false, 60)
            << QStringList{
                   u"tls.encrypted"_s, u"tls.cert-untrusted"_s, u"tls.cert-name-mismatch"_s};
        AddressProbe legacy = encrypted(true, true, 60);
        legacy.accepted[TlsVersion::Tls1_0] = true;
        QTest::newRow("legacy") << legacy
                                << QStringList{u"tls.legacy-version"_s, u"tls.encrypted"_s};
        QTest::newRow("no STARTTLS") << probe(O::NoStartTls) << QStringList{u"tls.no-starttls"_s};
        QTest::newRow("454") << probe(O::StartTlsRefused) << QStringList{u"tls.starttls-refused"_s};
        QTest::newRow("handshake")
            << probe(O::HandshakeFailed) << QStringList{u"tls.handshake-failed"_s};
        for (const O o : {O::TemporaryFailure,
                          O::RejectedAtConnect,
                          O::ConnectionFailed,
                          O::TimedOut,
                          O::NotSmtp})
            QTest::addRow("could not test %d", int(o))
                << probe(o) << QStringList{u"tls.could-not-test"_s};
    }

    void findings()
    {
        QFETCH(AddressProbe, probe);
        QFETCH(QStringList, ids);
        const QList<Finding> found = addressFindings(probe);
        QStringList seen;
        for (const Finding &f : found) {
            seen << f.id;
            QCOMPARE(f.args.value(0), u"mx.example.test [192.0.2.1]:25"_s);
            const FindingText text = Audit::FindingCatalogue::text(f);
            QVERIFY2(text.title != f.id, qPrintable(f.id)); // the catalogue knows it
            QVERIFY(!text.explanation.contains(u"%1"));
        }
        QCOMPARE(seen, ids);
        // "Could not test" is never a posture error; the others can be.
        const bool untested = ids == QStringList{u"tls.could-not-test"_s};
        QCOMPARE(std::all_of(found.cbegin(), found.cend(), isCouldNotCheck), untested);
        if (untested)
            QVERIFY(!hasPostureError(found));
    }

    void ipv6Label()
    {
        QCOMPARE(serverLabel({u"mx.example.test"_s, QHostAddress(u"2001:db8::1"_s), 25}),
                 u"mx.example.test [2001:db8::1]:25"_s);
    }
};

QTEST_GUILESS_MAIN(TransportFindingsTest)
#include "tst_transportfindings.moc"
