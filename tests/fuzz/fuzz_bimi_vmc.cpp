// Mark certificates: parseLogotypeExtension (strict DER walk, gunzip bounded) on raw bytes, and
// inspectMarkCertificate on a PEM text.
#include "fuzzinput.h"

#include "model/bimi/logotype.h"
#include "model/bimi/markcertificate.h"

using namespace Sceau;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = Fuzz::bytes(data, size);
    const auto logotype = Bimi::parseLogotypeExtension(input);
    if (logotype)
        SCEAU_FUZZ_ASSERT(logotype->image.size() <= Bimi::MaxLogotypeImage);
    Bimi::MarkCertificateContext context;
    context.domain = QStringLiteral("example.com");
    context.logo = QByteArray("<svg/>");
    const Bimi::MarkCertificate mark = Bimi::inspectMarkCertificate(input, context);
    SCEAU_FUZZ_ASSERT(!mark.findings.isEmpty());
    return 0;
}
