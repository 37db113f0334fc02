// RFC 5322 message header/body splitting (Dkim::Message::parse) and the RFC 6376 §3.4
// canonicalization of what it splits, and the body hashes of §3.7 with l= (§3.5).
#include "fuzzinput.h"

#include "model/dkim/bodyhashes.h"
#include "model/dkim/canonicalization.h"
#include "model/dkim/message.h"

using namespace Sceau;
using Dkim::Canonicalization;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Dkim::Message message = Dkim::Message::parse(Fuzz::bytes(data, size));
    message.headersNamed("DKIM-Signature");
    QList<QByteArray> names;
    for (const Dkim::HeaderField &field : message.headers) {
        field.value();
        names << field.name.toLower();
    }
    Dkim::BodyHashes hashes(message.body);
    for (const Canonicalization c : {Canonicalization::Simple, Canonicalization::Relaxed}) {
        Dkim::signedHeaderData(message, names, c);
        const QByteArray body = Dkim::canonicalBody(message.body, c);
        // §3.4.3, §3.4.4: a canonical body is empty or ends in exactly one CRLF.
        SCEAU_FUZZ_ASSERT(body.isEmpty() || body.endsWith("\r\n"));
        // §3.5 l=: a length beyond the canonical body has no hash, one within it has one.
        const qint64 length = qint64(size % 64);
        const auto hash = hashes.hash(c, QCryptographicHash::Sha256, length);
        SCEAU_FUZZ_ASSERT(hash.has_value() == (length <= body.size()));
    }
    return 0;
}
