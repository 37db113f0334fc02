// DMARC failure reports (RFC 9991, ARF RFC 5965) and the MIME reading under them.
#include "fuzzinput.h"

#include "model/dmarc/failurereport.h"
#include "model/mail/mimeparts.h"

using namespace Sceau;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = Fuzz::bytes(data, size);
    SCEAU_FUZZ_ASSERT(Mail::mimeParts(bytes).size() <= Mail::MaxMimeParts);
    if (const auto report = Dmarc::parseFailureReport(bytes)) {
        SCEAU_FUZZ_ASSERT(report->sourceIp.size() <= 2048 && report->originalFrom.size() <= 2048);
        SCEAU_FUZZ_ASSERT(report->arf || !report->reportedDomain.isEmpty());
    }
    return 0;
}
