// DKIM key record (RFC 6376 §3.6.1): KeyRecord::parse and toText.
#include "fuzzinput.h"

#include "model/dkim/keyrecord.h"

using namespace Sceau;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto record = Dkim::KeyRecord::parse(Fuzz::bytes(data, size));
    if (!record)
        return 0;
    record->allowsHash(u"sha256");
    record->allowsEmail();
    // What Sceau writes for a parsed record parses again, to the same key.
    const auto again = Dkim::KeyRecord::parse(record->toText().toUtf8());
    SCEAU_FUZZ_ASSERT(again && again->publicKey == record->publicKey
                      && again->keyType == record->keyType);
    return 0;
}
