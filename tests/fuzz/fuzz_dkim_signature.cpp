// DKIM-Signature header field (RFC 6376 §3.2 tag list, §3.5 tags): parseTagList on the value,
// Signature::parse on the field.
#include "fuzzinput.h"

#include "model/dkim/signature.h"
#include "model/dkim/taglist.h"

using namespace Sceau;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray value = Fuzz::bytes(data, size);
    const auto tags = Dkim::parseTagList(value);
    const Dkim::HeaderField field{"DKIM-Signature", "DKIM-Signature:" + value};
    const auto signature = Dkim::Signature::parse(field);
    // A signature is a valid tag list first.
    SCEAU_FUZZ_ASSERT(!signature || tags);
    if (signature)
        signature->rawWithoutSignatureValue();
    return 0;
}
