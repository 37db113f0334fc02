// Zone-file reading (RFC 1035 §5 master files, record by record): ZoneFileResolver::addZoneText,
// then answers from the zone it loaded (CNAME, wildcard, NXDOMAIN/NODATA logic).
#include "fuzzinput.h"

#include "model/dns/zonefileresolver.h"

using namespace Sceau;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Dns::ZoneFileResolver resolver;
    if (!resolver.addZoneText(Fuzz::bytes(data, size), QStringLiteral("fuzz.test")))
        return 0;
    const QStringList zones = resolver.zones();
    SCEAU_FUZZ_ASSERT(zones.size() == 1);
    const QString origin = zones.first();
    for (const QString &name :
         {origin, QStringLiteral("www.") + origin, QStringLiteral("a.b.c.") + origin}) {
        for (const Dns::RrType type : {Dns::RrType::TXT, Dns::RrType::A, Dns::RrType::MX}) {
            // No fallback (offline): every answer, CNAME chains included, is there on return.
            const QFuture<Dns::LookupResult> answer = resolver.lookup(name, type);
            SCEAU_FUZZ_ASSERT(answer.isFinished() && answer.resultCount() == 1);
        }
    }
    return 0;
}
