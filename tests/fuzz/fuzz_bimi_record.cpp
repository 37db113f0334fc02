// BIMI Assertion Record: parseBimiRecord, selectBimiRecord and bimiRecordText.
#include "fuzzinput.h"

#include "model/bimi/bimilookup.h"
#include "model/bimi/bimirecord.h"

using namespace Sceau;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text = Fuzz::bytes(data, size);
    Bimi::selectBimiRecord(text.split('\n'));
    const auto record = Bimi::parseBimiRecord(text);
    if (!record)
        return 0;
    // What Sceau writes for a parsed record parses again, to the same l=, a=, avp= and lps=.
    const auto again = Bimi::parseBimiRecord(Bimi::bimiRecordText(*record).toLatin1());
    SCEAU_FUZZ_ASSERT(again && again->location == record->location
                      && again->authority == record->authority
                      && again->avatarPreference == record->avatarPreference
                      && again->localPartSelectors == record->localPartSelectors);
    return 0;
}
