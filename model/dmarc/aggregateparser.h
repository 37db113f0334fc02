#pragma once

#include "model/core/result.h"
#include "model/dmarc/aggregatereport.h"

#include <QByteArray>

namespace Sceau {
namespace Dmarc {

// Bounds on one aggregate report (untrusted input).
inline constexpr qsizetype MaxReportXmlSize = 64 * 1024 * 1024; // inflated XML
inline constexpr int MaxReportRecords = 200000;                 // <record> elements
inline constexpr int MaxReportFieldLength = 2048;               // characters in one value
inline constexpr int MaxAuthResults = 64;                       // dkim/spf results per record

// Parses the XML of an aggregate report with a streaming reader (QXmlStreamReader): the
// RFC 9990 schema (namespace urn:ietf:params:xml:ns:dmarc-2.0) and the RFC 7489 one, tolerant as
// real reporters need (any namespace or none, elements in any order, unknown elements skipped,
// tokens in any case, surrounding white space). Returns the report, or InvalidInput with a
// translated reason: not XML (with the line), root not <feedback>, no report_id, no period, no
// policy domain, a count that is not a number, or a bound above passed.
Result<AggregateReport> parseAggregateReport(const QByteArray &xml);

} // namespace Dmarc
} // namespace Sceau
