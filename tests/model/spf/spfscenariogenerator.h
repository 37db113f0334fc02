#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Sceau {
namespace Test {

// One generated check: client address and sender against the generated zone.
struct GeneratedCase
{
    QString id;
    QString ip;
    QString sender;
    QString helo;
};

// Random but reproducible SPF publications under cross.test: ip4/ip6 ranges, a/mx with CIDR
// lengths, includes (some to names without a record), exists with macros, ptr, redirect,
// exp=, every qualifier, and chains long enough to reach the §4.6.4 limits.
struct GeneratedScenarios
{
    QByteArray zoneText;    // RFC 1035 master file, origin cross.test
    QByteArray reverseText; // the PTR records, origin in-addr.arpa
    QList<GeneratedCase> cases;
};

GeneratedScenarios generateSpfScenarios(quint32 seed, int domains);

} // namespace Test
} // namespace Sceau
