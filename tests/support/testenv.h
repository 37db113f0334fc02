#pragma once

#include "model/dns/liveresolver.h"

#include <QString>

namespace Sceau {
namespace Test {

// Where the harness started its servers and keeps its data (set by CTest, tests/CMakeLists.txt).
Dns::NameServer knotServer();      // SCEAU_TEST_DNS, the test Knot
QString dataPath(const QString &relative); // SCEAU_TEST_DATA/relative
QByteArray readData(const QString &relative); // its content; a missing file ends the run
QString cliPath();                 // SCEAU_CLI, the sceau-cli under test
QString knotZoneFile();            // the zone file the test Knot serves

// A live resolver pointed at the test Knot, with short timeouts so the suite stays fast.
Dns::ResolverConfig knotConfig();

} // namespace Test
} // namespace Sceau
