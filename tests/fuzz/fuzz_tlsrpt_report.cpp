// SMTP TLS reports (RFC 8460 §4, §5) from any reporter: JSON, gzip, or a mail around them.
#include "fuzzinput.h"

#include "model/transport/tlsrptimport.h"

using namespace Sceau;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = Fuzz::bytes(data, size);
    if (const auto json = Transport::tlsRptJson(bytes))
        SCEAU_FUZZ_ASSERT(json->size() <= qMax(bytes.size(), Transport::MaxTlsRptJsonSize + 16384));
    if (const auto report = Transport::importTlsRptReport(bytes)) {
        SCEAU_FUZZ_ASSERT(report->policies.size() <= Transport::MaxTlsRptPolicies);
        for (const auto &policy : report->policies) {
            SCEAU_FUZZ_ASSERT(policy.successfulSessions >= 0 && policy.failedSessions >= 0);
            for (const qint64 count : policy.failuresByType())
                SCEAU_FUZZ_ASSERT(count >= 0);
        }
    }
    return 0;
}
