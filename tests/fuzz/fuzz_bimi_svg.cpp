// BIMI logo: validateSvgTinyPs (QXmlStreamReader, bounded depth and element count).
#include "fuzzinput.h"

#include "model/bimi/svgcheck.h"

using namespace Sceau;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Bimi::SvgValidation validation = Bimi::validateSvgTinyPs(Fuzz::bytes(data, size));
    // Always a verdict: at least one finding, each line within the input's lines.
    SCEAU_FUZZ_ASSERT(!validation.findings.isEmpty());
    for (const Bimi::SvgFinding &finding : validation.findings)
        SCEAU_FUZZ_ASSERT(finding.line >= 0 && finding.line <= qint64(size) + 1);
    return 0;
}
