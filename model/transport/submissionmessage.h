#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Sceau {
namespace Transport {

// The small message a submission test sends when asked (RFC 5322): From, To, Subject, Date
// (§3.3, at now), Message-ID (§3.6.4, <random@domain>), and a short body; CRLF lines, none
// starting with "." (nothing to dot-stuff, RFC 5321 §4.5.2), ASCII only. from and to must be
// addresses without CR or LF.
// An address Sceau may put in MAIL FROM, RCPT TO and the test message's header as it is:
// local@domain in printable ASCII, at most 254 characters (RFC 5321 §4.5.3.1.3), without
// spaces, angle brackets, quotes or control characters (so no command can be smuggled in).
bool isPlainAddress(const QString &address);

struct SubmissionMessage
{
    QString messageId; // without the angle brackets
    QByteArray text;   // the DATA content, without the final "."
};
SubmissionMessage submissionMessage(const QString &from,
                                    const QString &to,
                                    const QString &domain,
                                    const QDateTime &now);

} // namespace Transport
} // namespace Sceau
