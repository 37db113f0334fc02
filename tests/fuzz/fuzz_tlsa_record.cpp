// TLSA records (RFC 6698 §2.2) as the DNS layer hands them over: RDATA fields in presentation
// form, from anyone's zone. Fields are the input split at spaces.
#include "fuzzinput.h"

#include "model/transport/tlsarecord.h"

using namespace Sceau;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Dns::ResourceRecord record;
    record.type = Dns::RrType::TLSA;
    record.rdata = QString::fromLatin1(Fuzz::bytes(data, size)).split(u' ');
    if (const auto tlsa = Transport::TlsaRecord::fromRecord(record)) {
        SCEAU_FUZZ_ASSERT(!tlsa->data.isEmpty());
        // The presentation form it writes parses back to the same record.
        Dns::ResourceRecord again = record;
        again.rdata = tlsa->toText().split(u' ');
        const auto reparsed = Transport::TlsaRecord::fromRecord(again);
        SCEAU_FUZZ_ASSERT(reparsed && *reparsed == *tlsa);
    }
    return 0;
}
