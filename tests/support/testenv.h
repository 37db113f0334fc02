#pragma once

#include "model/dns/liveresolver.h"
#include "model/dns/tsigkey.h"

#include <QString>

namespace Sceau {
namespace Test {

// Where the harness started its servers and keeps its data (set by CTest, tests/CMakeLists.txt).
Dns::NameServer knotServer();                 // SCEAU_TEST_DNS, the test Knot
QString dataPath(const QString &relative);    // SCEAU_TEST_DATA/relative
QString supportPath(const QString &relative); // SCEAU_TEST_SUPPORT/relative (servers' scripts)
QByteArray readData(const QString &relative); // its content; a missing file ends the run
QString cliPath();                            // SCEAU_CLI, the sceau-cli under test
QString knotZoneFile();                       // the zone file the test Knot serves
quint16 postfixPort();                        // SCEAU_TEST_SMTP_PORT, the test Postfix
QString postfixCa();                          // the CA of its certificate (mail.sceau.test)
QString postfixLeaf();                        // its certificate (PEM)
Dns::NameServer validatorServer();            // SCEAU_TEST_VALIDATOR, unbound of the dnssec fixture

// The submission fixture's Postfix (Cyrus SASL): its STARTTLS and implicit-TLS ports, the CA
// of its certificate (mail.sceau.test), and its one account, whose password is made at each
// start. A fixture that did not write them ends the run.
struct SubmissionFixture
{
    quint16 port = 0;      // SCEAU_TEST_SUBMISSION_PORT: STARTTLS, AUTH after it (587)
    quint16 smtpsPort = 0; // SCEAU_TEST_SMTPS_PORT: implicit TLS (465)
    QString ca;
    QString user;
    QByteArray password;
};
SubmissionFixture submissionFixture();

// Puts the test Knot's zone back to its file (knotc zone-reload on the fixture's control
// socket), undoing the RFC 2136 updates of an earlier test or an earlier run of the same test
// (ctest --repeat keeps one Knot). Returns false, with a warning, when knotc failed.
bool reloadKnotZone(const QString &zone);

// An RFC 2136 update of zone on the test Knot, signed with the fixture's TSIG key (knsupdate):
// commands are knsupdate lines ("update add NAME TTL TXT …"). Returns false, with a warning,
// when knsupdate failed.
bool updateKnotZone(const QString &zone, const QString &commands);

// The test Knot's TSIG secrets as its fixture wrote them (base64 text): "tsig.secret" for
// sceau-test-key (hmac-sha256, may update every zone), "tsig-other.secret" for sceau-other-key
// (hmac-sha512, may update none). A file that cannot be read ends the run.
QByteArray knotTsigSecret(const QString &file = QStringLiteral("tsig.secret"));
// sceau-test-key, its secret decoded.
Dns::TsigKey knotTsigKey();

// A live resolver pointed at the test Knot, with short timeouts so the suite stays fast.
Dns::ResolverConfig knotConfig();

} // namespace Test
} // namespace Sceau
