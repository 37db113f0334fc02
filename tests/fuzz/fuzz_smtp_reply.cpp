// SMTP replies from a stranger's server (RFC 5321 §4.2): SmtpReplyReader, fed in two pieces.
#include "fuzzinput.h"

#include "model/transport/smtpreply.h"

using namespace Sceau;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = Fuzz::bytes(data, size);
    Transport::SmtpReplyReader reader;
    const qsizetype half = bytes.size() / 2;
    reader.feed(QByteArrayView(bytes).first(half));
    int replies = 0;
    const auto drain = [&] {
        while (const auto reply = reader.next()) {
            ++replies;
            SCEAU_FUZZ_ASSERT(reply->code >= 200 && reply->code <= 599);
            SCEAU_FUZZ_ASSERT(!reply->lines.isEmpty());
            SCEAU_FUZZ_ASSERT(reply->lines.size() <= Transport::SmtpReplyReader::MaxLines);
            reply->ehloKeywords();
            reply->ehloParameters(QStringLiteral("AUTH"));
        }
    };
    drain();
    reader.feed(QByteArrayView(bytes).sliced(half));
    drain();
    // Never more replies than lines.
    SCEAU_FUZZ_ASSERT(replies <= bytes.count('\n'));
    // A reader that failed never holds more than one line's worth of waiting bytes… unless it
    // failed; one that did not fail has no line over the limit waiting.
    SCEAU_FUZZ_ASSERT(reader.failed()
                      || reader.pending() <= Transport::SmtpReplyReader::MaxLineLength);
    return 0;
}
