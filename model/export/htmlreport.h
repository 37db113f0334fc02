#pragma once

#include "model/export/exportedcheck.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Sceau {
namespace Export {

// A report to hand to a client (issue 12 §4), in the current language (Translations): for
// each check, the domain's state and score and when it was checked; each area's state and
// score (docs/scoring.md); what to fix — errors, then warnings, each with the catalogue's
// title, explanation and remediation and its RFC section linked; what could not be checked;
// and the records behind it (SPF, DMARC, DKIM selectors, the MX hosts with their addresses and
// STARTTLS). Several checks start with a summary table.
//
// HTML that QTextDocument renders (pdfFromHtml), self-contained: no script, no remote
// resource. Every value read from a record, a server or the workspace is escaped. A stored
// report that is not a check (Audit::factsFromJson fails) is said to be unreadable, never
// skipped silently. generatedAt is printed in local time.
QString htmlReport(const QList<ExportedCheck> &checks, const QDateTime &generatedAt);

// The address of an RFC section cited by a finding ("RFC 7208 §4.6.4" →
// https://www.rfc-editor.org/rfc/rfc7208#section-4.6.4); empty when rfc names no RFC.
QString rfcUrl(const QString &rfc);

} // namespace Export
} // namespace Sceau
