// SPF record syntax (RFC 7208 §4.5, §12): SpfRecord::isSpfRecord, parse, syntaxError, toText.
#include "fuzzinput.h"

#include "model/spf/spfrecord.h"

using namespace Sceau;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString txt = QString::fromUtf8(Fuzz::bytes(data, size));
    Spf::SpfRecord::isSpfRecord(txt);
    const auto record = Spf::SpfRecord::parse(txt);
    // parse and syntaxError are two views of one rule.
    SCEAU_FUZZ_ASSERT(bool(record) == !Spf::SpfRecord::syntaxError(txt).has_value());
    if (!record)
        return 0;
    record->directives();
    record->dnsQueryingTerms();
    // The canonical text is itself a valid record, with the same canonical text.
    const QString canonical = record->toText();
    const auto again = Spf::SpfRecord::parse(canonical);
    SCEAU_FUZZ_ASSERT(again && again->toText() == canonical);
    return 0;
}
