// DMARC records (RFC 9989 §4.7, §4.8) as any domain publishes them at _dmarc: one TXT value.
#include "fuzzinput.h"

#include "model/dmarc/dmarccheck.h"
#include "model/dmarc/dmarcrecord.h"

using namespace Sceau;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text = Fuzz::bytes(data, size);
    const Dmarc::Record record = Dmarc::parseRecord(text);
    // Bounded: the raw text kept is capped; no more tags or URIs than the limits.
    SCEAU_FUZZ_ASSERT(record.raw.size() <= Dmarc::MaxRecordLength);
    SCEAU_FUZZ_ASSERT(record.tags.size() <= Dmarc::MaxTags);
    SCEAU_FUZZ_ASSERT(record.rua.size() <= Dmarc::MaxUris && record.ruf.size() <= Dmarc::MaxUris);
    // One rule for "is this a DMARC record": the parser agrees with isDmarcRecord.
    SCEAU_FUZZ_ASSERT(text.size() > Dmarc::MaxRecordLength
                      || record.isDmarc == Dmarc::isDmarcRecord(text));
    SCEAU_FUZZ_ASSERT(!record.valid || record.isDmarc);
    for (const Dmarc::Tag &tag : record.tags)
        SCEAU_FUZZ_ASSERT(tag.offset >= 0 && tag.offset < record.raw.size());
    for (const QString &uri : record.rua)
        SCEAU_FUZZ_ASSERT(!Dmarc::reportHost(uri).isEmpty());
    Dmarc::recordFindings(record, QStringLiteral("example.com"));
    return 0;
}
