#include "model/dmarc/failurereport.h"

#include "model/dmarc/tr.h"
#include "model/mail/mimeparts.h"

namespace Sceau::Dmarc {

namespace {

constexpr int MaxFieldLength = 2048; // a field value kept at most this long (bounded)

QString text(const QByteArray &headers, QByteArrayView name)
{
    return QString::fromUtf8(Mail::headerField(headers, name).left(MaxFieldLength));
}

// The headers of the reported message: in a message/rfc822 or text/rfc822-headers part
// (RFC 5965 §2 item 4).
void readOriginal(FailureReport &report, const QByteArray &entity)
{
    const Mail::Entity original = Mail::splitEntity(entity);
    report.originalFrom = text(original.headers, "From");
    report.originalSubject = text(original.headers, "Subject");
    report.originalMessageId = text(original.headers, "Message-ID");
}

// RFC 5965 §3.1 and RFC 6591 §3: the fields of the machine-readable part.
void readFeedback(FailureReport &report, const QByteArray &body)
{
    const QByteArray fields = Mail::splitEntity(body + "\n\n").headers;
    report.feedbackType = text(fields, "Feedback-Type").toLower();
    report.userAgent = text(fields, "User-Agent");
    report.authFailure = text(fields, "Auth-Failure").toLower();
    report.sourceIp = text(fields, "Source-IP");
    report.reportedDomain = text(fields, "Reported-Domain").toLower();
    report.originalMailFrom = text(fields, "Original-Mail-From");
    report.originalRcptTo = text(fields, "Original-Rcpt-To");
    report.arrivalDate = text(fields, "Arrival-Date");
    if (report.arrivalDate.isEmpty())
        report.arrivalDate = text(fields, "Received-Date");
    report.deliveryResult = text(fields, "Delivery-Result").toLower();
    report.dkimDomain = text(fields, "DKIM-Domain").toLower();
    report.dkimSelector = text(fields, "DKIM-Selector");
    report.identityAlignment = text(fields, "Identity-Alignment").toLower();
    report.authResults = text(fields, "Authentication-Results");
}

// A text-only DMARC failure report (Exim and others): "Name: value" summary lines, then the
// original headers after a line that mentions them.
bool readText(FailureReport &report, const QByteArray &body)
{
    QByteArray summary;
    QByteArray original;
    bool inOriginal = false;
    for (const QByteArray &line : body.split('\n')) {
        const QByteArray trimmed = line.trimmed();
        if (!inOriginal && trimmed.startsWith("---") && trimmed.contains("header")) {
            inOriginal = true;
            continue;
        }
        (inOriginal ? original : summary) += (inOriginal ? line : trimmed) + '\n';
    }
    report.reportedDomain = text(summary, "Sender Domain").toLower();
    report.sourceIp = text(summary, "Sender IP Address");
    if (report.reportedDomain.isEmpty() || report.sourceIp.isEmpty())
        return false;
    report.arf = false;
    report.feedbackType = QStringLiteral("auth-failure");
    report.authFailure = QStringLiteral("dmarc");
    report.arrivalDate = text(summary, "Received date");
    readOriginal(report, original.trimmed() + "\n\n");
    return true;
}

} // namespace

Result<FailureReport> parseFailureReport(const QByteArray &message)
{
    FailureReport report;
    bool feedback = false;
    QByteArray firstText;
    for (const Mail::MimePart &part : Mail::mimeParts(message)) {
        if (part.mediaType == "message/feedback-report" && !feedback) {
            readFeedback(report, part.body);
            feedback = true;
        } else if (part.mediaType == "message/rfc822" || part.mediaType == "text/rfc822-headers") {
            readOriginal(report, part.body);
        } else if ((part.mediaType == "text/plain" || part.mediaType.isEmpty())
                   && firstText.isEmpty()) {
            firstText = part.body;
        }
    }
    if (feedback)
        return report;
    if (readText(report, firstText))
        return report;
    return Error{ErrorCode::InvalidInput,
                 Tr::tr("no failure report found: the mail has no message/feedback-report part "
                        "(RFC 5965) and no DMARC failure summary")};
}

} // namespace Sceau::Dmarc
