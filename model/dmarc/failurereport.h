#pragma once

#include "model/core/result.h"

#include <QByteArray>
#include <QString>

namespace Sceau {
namespace Dmarc {

// A failure (ruf) report (RFC 9991, an ARF report of RFC 5965 with the auth-failure fields of
// RFC 6591): the identifiers that failed. Values as the reporter wrote them, trimmed.
struct FailureReport
{
    bool arf = true;           // false: a plain-text report without message/feedback-report
    QString feedbackType;      // Feedback-Type (auth-failure)
    QString userAgent;         // User-Agent
    QString authFailure;       // Auth-Failure: dmarc, dkim, spf, adsp…
    QString sourceIp;          // Source-IP
    QString reportedDomain;    // Reported-Domain
    QString originalMailFrom;  // Original-Mail-From (RFC 5321.MailFrom)
    QString originalRcptTo;    // Original-Rcpt-To
    QString arrivalDate;       // Arrival-Date
    QString deliveryResult;    // Delivery-Result: delivered, spam, policy, reject, other…
    QString dkimDomain;        // DKIM-Domain (d=)
    QString dkimSelector;      // DKIM-Selector (s=)
    QString identityAlignment; // Identity-Alignment (RFC 9991): none, dkim, spf, or both
    QString authResults;       // Authentication-Results of the report
    QString originalFrom;      // From of the reported message (RFC 5322.From)
    QString originalSubject;   // Subject of the reported message
    QString originalMessageId; // Message-ID of the reported message
};

// Parses the failure report in a mail (RFC 5965 §2: multipart/report whose second part is
// message/feedback-report and third the original message or its headers). Reporters that send
// only text ("Sender Domain:", "Sender IP Address:" lines, then the original headers) are read
// too, with arf false. InvalidInput (translated) when the mail has neither.
Result<FailureReport> parseFailureReport(const QByteArray &message);

} // namespace Dmarc
} // namespace Sceau
