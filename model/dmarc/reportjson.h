#pragma once

#include "model/dmarc/aggregatereport.h"
#include "model/dmarc/failurereport.h"

#include <QJsonObject>

namespace Sceau {
namespace Dmarc {

// The JSON of docs/cli.md "dmarc report": format rfc9990/rfc7489, org_name, report_id, begin
// and end (ISO 8601 UTC), policy_domain, policy (as published), records[] (source_ip, count,
// disposition, dkim, spf, header_from, envelope_from, reasons, auth_results).
QJsonObject toJson(const AggregateReport &report);
// format "arf", arf_part, feedback_type, auth_failure, source_ip, reported_domain, original_from,
// original_mail_from, original_rcpt_to, dkim_domain, dkim_selector, delivery_result,
// identity_alignment, arrival_date, subject, message_id.
QJsonObject toJson(const FailureReport &report);

} // namespace Dmarc
} // namespace Sceau
