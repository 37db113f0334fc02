// Certificates a server presents (DER, RFC 5280): inspectCertificate on a chain cut from the
// input (two bytes of length before each certificate), against an empty trust store.
#include "fuzzinput.h"

#include "model/transport/certificatereport.h"

using namespace Sceau;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = Fuzz::bytes(data, size);
    QList<QByteArray> chain;
    qsizetype at = 0;
    while (at + 2 <= bytes.size() && chain.size() <= Transport::MaxChainLength) {
        const qsizetype length = (uchar(bytes[at]) << 8) | uchar(bytes[at + 1]);
        at += 2;
        chain << bytes.mid(at, length);
        at += length;
    }
    const auto report = Transport::inspectCertificate(chain,
                                                      QStringLiteral("mail.example.test"),
                                                      Transport::TrustAnchors{false, {}},
                                                      QDateTime::fromSecsSinceEpoch(1800000000));
    if (report) {
        SCEAU_FUZZ_ASSERT(!report->trusted); // nothing is trusted with no anchor
        SCEAU_FUZZ_ASSERT(report->expired() == (report->daysLeft < 0));
    }
    return 0;
}
