// DMARC aggregate reports (RFC 9990, RFC 7489) from any reporter: XML, gzip, zip, a mail or an
// mbox around them — everything Dmarc::readReports reads.
#include "fuzzinput.h"

#include "model/dmarc/aggregateparser.h"
#include "model/dmarc/reportimport.h"
#include "model/mail/mailbox.h"

using namespace Sceau;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = Fuzz::bytes(data, size);
    const QList<Dmarc::ReadReport> reports = Dmarc::readReports(bytes, QStringLiteral("fuzz"));
    SCEAU_FUZZ_ASSERT(!reports.isEmpty() && reports.size() <= Mail::MaxMailboxMessages);
    for (const Dmarc::ReadReport &read : reports) {
        // Exactly one of report, failure report and error.
        SCEAU_FUZZ_ASSERT(int(read.aggregate.has_value()) + int(read.failure.has_value())
                              + int(read.error.has_value())
                          == 1);
        if (!read.aggregate)
            continue;
        SCEAU_FUZZ_ASSERT(read.aggregate->records.size() <= Dmarc::MaxReportRecords);
        SCEAU_FUZZ_ASSERT(!read.aggregate->reportId.isEmpty());
        for (const Dmarc::ReportRecord &record : read.aggregate->records) {
            SCEAU_FUZZ_ASSERT(record.count >= 0 && !record.sourceIp.isEmpty());
            SCEAU_FUZZ_ASSERT(record.sourceIp.size() <= Dmarc::MaxReportFieldLength);
        }
    }
    return 0;
}
