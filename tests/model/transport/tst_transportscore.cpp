#include "model/transport/domainprobe.h"
#include "model/transport/transportscore.h"

#include <QTest>

using namespace Sceau;
using namespace Sceau::Transport;
using namespace Qt::StringLiterals;
using Outcome = SmtpTlsAttempt::Outcome;

namespace {
// What a probe of one address found, as its fields (the probes themselves are tested against
// real servers in tst_addressprobe and tst_domainprobe).
AddressProbe address(Outcome outcome, bool verified = true, int daysLeft = 60, bool tls10 = false)
{
    AddressProbe probe;
    probe.attempt.outcome = outcome;
    if (outcome == Outcome::Encrypted) {
        CertificateReport certificate;
        certificate.trusted = verified;
        certificate.nameMatches = true;
        certificate.daysLeft = daysLeft;
        probe.certificate = certificate;
        probe.accepted = {{TlsVersion::Tls1_0, tls10}, {TlsVersion::Tls1_2, true}};
    }
    return probe;
}

MxTransport host(int preference, QList<AddressProbe> addresses)
{
    MxTransport mx;
    mx.preference = preference;
    mx.probe.addresses = std::move(addresses);
    return mx;
}
} // namespace

// The transport score of docs/cli.md: per address, per host, weighed by MX preference.
class TransportScoreTest : public QObject
{
    Q_OBJECT
private slots:
    void addressScores()
    {
        QCOMPARE(addressScore(address(Outcome::Encrypted)), 100);
        QCOMPARE(addressScore(address(Outcome::Encrypted, false)), 40);
        QCOMPARE(addressScore(address(Outcome::Encrypted, true, 60, true)), 80);
        QCOMPARE(addressScore(address(Outcome::Encrypted, true, 3)), 90);
        QCOMPARE(addressScore(address(Outcome::Encrypted, true, -1)), 40); // expired
        QCOMPARE(addressScore(address(Outcome::NoStartTls)), 0);
        QCOMPARE(addressScore(address(Outcome::HandshakeFailed)), 0);
        QCOMPARE(addressScore(address(Outcome::StartTlsRefused)), 0);
        QCOMPARE(addressScore(address(Outcome::TemporaryFailure)), std::nullopt);
        QCOMPARE(addressScore(address(Outcome::TimedOut)), std::nullopt);
    }

    void weighedByPreference()
    {
        // 10 weighs 1, 20 weighs ½, 30 weighs ¼: (100 + 0 + 40 / 4) / 1.75 = 62.9
        QCOMPARE(transportScore({host(10, {address(Outcome::Encrypted)}),
                                 host(20, {address(Outcome::NoStartTls)}),
                                 host(30, {address(Outcome::Encrypted, false)})}),
                 63);
        // equal preferences weigh the same, whatever their values: (100 + 0) / 2
        QCOMPARE(transportScore({host(5, {address(Outcome::Encrypted)}),
                                 host(5, {address(Outcome::NoStartTls)})}),
                 50);
        QCOMPARE(transportScore({host(0, {address(Outcome::NoStartTls)}),
                                 host(100, {address(Outcome::Encrypted)})}),
                 33);
        // a host is the mean of its tested addresses
        QCOMPARE(transportScore({host(10,
                                      {address(Outcome::Encrypted),
                                       address(Outcome::NoStartTls),
                                       address(Outcome::TemporaryFailure)})}),
                 50);
    }

    // Only what was tested counts; nothing tested is no score ("could not check").
    void untestedHostsDoNotCount()
    {
        QCOMPARE(transportScore({host(10, {address(Outcome::TemporaryFailure)}),
                                 host(20, {address(Outcome::Encrypted, false)})}),
                 40);
        QCOMPARE(transportScore({host(10, {address(Outcome::ConnectionFailed)})}), std::nullopt);
        QCOMPARE(transportScore({host(10, {})}), std::nullopt);
        QCOMPARE(transportScore({}), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TransportScoreTest)
#include "tst_transportscore.moc"
