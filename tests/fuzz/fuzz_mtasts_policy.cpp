// MTA-STS policy files (RFC 8461 §3.2) from any web server, and the HTTP response around them.
#include "fuzzinput.h"

#include "model/transport/httpresponsereader.h"
#include "model/transport/mtastspolicy.h"

using namespace Sceau;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = Fuzz::bytes(data, size);
    if (const auto policy = Transport::parseMtaStsPolicy(bytes)) {
        SCEAU_FUZZ_ASSERT(policy->maxAge >= 0 && policy->maxAge <= Transport::MaxMtaStsMaxAge);
        SCEAU_FUZZ_ASSERT(policy->mx.size() <= Transport::MaxMtaStsPatterns);
        SCEAU_FUZZ_ASSERT(!policy->mx.isEmpty() || policy->mode == Transport::MtaStsMode::None);
        // The text the wizard writes from a policy reads back as the same policy.
        const auto again = Transport::parseMtaStsPolicy(Transport::mtaStsPolicyText(*policy));
        SCEAU_FUZZ_ASSERT(again && again->mode == policy->mode && again->mx == policy->mx
                          && again->maxAge == policy->maxAge);
        for (const QString &pattern : policy->mx)
            Transport::mxMatchesPattern(pattern, pattern);
    }
    // The same bytes as an HTTP response, in two pieces, under a small limit.
    Transport::HttpResponseReader reader(1024);
    const qsizetype half = bytes.size() / 2;
    reader.feed(QByteArrayView(bytes).first(half));
    reader.feed(QByteArrayView(bytes).sliced(half));
    reader.finish();
    SCEAU_FUZZ_ASSERT(reader.done());
    SCEAU_FUZZ_ASSERT(reader.body().size() <= 1024);
    return 0;
}
