// What a server answers to an RFC 2136 UPDATE (Dns::interpretUpdateResponse, its TSIG read and
// verified), and a record value as a person types it (Publish::canonicalValue, read by ldns).
// and zone-file lines read back as one RRset (Publish::rrsetOfSnippet, what the wizards publish).
// Properties: a response never reads as Applied without a valid TSIG over it; a value that is
// read goes back to master-file form and reads again as the same value; an RRset read from
// lines, written again by zoneSnippet, reads as the same RRset.
#include "fuzzinput.h"

#include "model/dns/dnsupdate.h"
#include "model/dns/recordtext.h"
#include "model/publish/recordvalue.h"
#include "model/publish/zonesnippet.h"

#include <QRegularExpression>

using namespace Sceau;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = Fuzz::bytes(data, size);
    const Dns::TsigKey key{
        QStringLiteral("fuzz-key"), Dns::TsigAlgorithm::HmacSha256, QByteArray(32, '\x42')};
    const Dns::UpdateResult result
        = Dns::interpretUpdateResponse(input, 0x4242, key, QByteArray(32, '\x17'));
    // No input signs with a key it does not hold: never applied.
    SCEAU_FUZZ_ASSERT(result.outcome != Dns::UpdateOutcome::Applied);

    const QString typed = QString::fromUtf8(input.left(2048));
    for (const Dns::RrType type : {Dns::RrType::TXT, Dns::RrType::MX}) {
        const auto value = Publish::canonicalValue(type, typed);
        if (!value)
            continue;
        const auto again = Dns::parseRecord(
            QStringLiteral("value.invalid"), type, 0, Publish::presentationRdata(type, *value));
        if (type == Dns::RrType::TXT) {
            SCEAU_FUZZ_ASSERT(bool(again));
            SCEAU_FUZZ_ASSERT(Publish::canonicalValue(*again) == *value);
        }
    }
    if (const auto rrset = Publish::rrsetOfSnippet(typed)) {
        const Publish::RrsetRef ref{QString(), rrset->owner, rrset->type};
        const auto again
            = Publish::rrsetOfSnippet(Publish::zoneSnippet(ref, rrset->values, rrset->ttl));
        // Owners as zones hold them (letters, digits, '-', '_', '.'); others, with quotes or
        // escapes, the wizards never write.
        static const QRegularExpression hostname(QStringLiteral("^[A-Za-z0-9_.-]+$"));
        if (rrset->type == Dns::RrType::TXT && hostname.match(rrset->owner).hasMatch()) {
            SCEAU_FUZZ_ASSERT(bool(again));
            SCEAU_FUZZ_ASSERT(Publish::sameRrset(again->values, rrset->values));
        }
    }
    return 0;
}
