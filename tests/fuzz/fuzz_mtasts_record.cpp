// The _mta-sts and _smtp._tls TXT records (RFC 8461 §3.1, RFC 8460 §3): anyone's DNS.
#include "fuzzinput.h"

#include "model/transport/mtastsrecord.h"
#include "model/transport/tlsrptrecord.h"

using namespace Sceau;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = Fuzz::bytes(data, size);
    if (const auto record = Transport::parseMtaStsRecord(bytes)) {
        SCEAU_FUZZ_ASSERT(!record->id.isEmpty() && record->id.size() <= 32);
        // What the builder writes from a parsed id parses to the same id.
        const auto again
            = Transport::parseMtaStsRecord(Transport::mtaStsRecordText(record->id).toUtf8());
        SCEAU_FUZZ_ASSERT(again && again->id == record->id);
    }
    const auto selection = Transport::selectMtaStsRecord(bytes.split('\n'));
    SCEAU_FUZZ_ASSERT(selection.state != Transport::MtaStsRecordSelection::State::Valid
                      || !selection.record.id.isEmpty());
    if (const auto record = Transport::parseTlsRptRecord(bytes)) {
        SCEAU_FUZZ_ASSERT(!record->rua.isEmpty());
        SCEAU_FUZZ_ASSERT(record->unsupported.size() < record->rua.size());
        SCEAU_FUZZ_ASSERT(record->rua.size() <= Transport::MaxTlsRptUris);
    }
    Transport::selectTlsRptRecord(bytes.split('\n'));
    return 0;
}
