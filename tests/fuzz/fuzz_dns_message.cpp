// DNS message decoding (RFC 1035 §4.1): Dns::Message::parse on the wire bytes, then interpret
// (the CNAME chain and the status of the lookup the question asked).
#include "fuzzinput.h"

#include "model/dns/message.h"

using namespace Sceau;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto response = Dns::Message::parse(Fuzz::bytes(data, size));
    if (!response)
        return 0;
    Dns::LookupResult result;
    result.name = response->questionName;
    result.type = response->questionType;
    Dns::Message::interpret(*response, result);
    for (const Dns::ResourceRecord &record : std::as_const(result.answerSection)) {
        record.toText();
        record.txtJoined();
        if (record.type == Dns::RrType::MX) {
            record.mxPreference();
            record.mxExchange();
        }
    }
    return 0;
}
