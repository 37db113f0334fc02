#include "model/transport/submissionmessage.h"

#include <QLocale>
#include <QUuid>

namespace Sceau::Transport {

bool isPlainAddress(const QString &address)
{
    if (address.isEmpty() || address.size() > 254)
        return false;
    for (const QChar c : address) {
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f || c == u'<' || c == u'>' || c == u'"'
            || c == u'\\')
            return false;
    }
    const qsizetype at = address.lastIndexOf(u'@');
    return at > 0 && at < address.size() - 1 && address.count(u'@') == 1;
}

SubmissionMessage submissionMessage(const QString &from,
                                    const QString &to,
                                    const QString &domain,
                                    const QDateTime &now)
{
    SubmissionMessage message;
    message.messageId
        = QStringLiteral("%1@%2").arg(QUuid::createUuid().toString(QUuid::WithoutBraces),
                                      domain.isEmpty() ? QStringLiteral("sceau.invalid") : domain);
    // RFC 5322 §3.3: day-name, day month year hour:minute:second zone — English names.
    const QString date
        = QLocale::c().toString(now.toUTC(), QStringLiteral("ddd, d MMM yyyy HH:mm:ss"))
          + QStringLiteral(" +0000");
    const QStringList lines{
        QStringLiteral("From: <%1>").arg(from),
        QStringLiteral("To: <%1>").arg(to),
        QStringLiteral("Subject: Sceau submission test"),
        QStringLiteral("Date: %1").arg(date),
        QStringLiteral("Message-ID: <%1>").arg(message.messageId),
        QStringLiteral("MIME-Version: 1.0"),
        QStringLiteral("Content-Type: text/plain; charset=us-ascii"),
        QString(),
        QStringLiteral("This message was sent by Sceau to test an authenticated submission."),
        QStringLiteral("It can be deleted."),
    };
    message.text = lines.join(QStringLiteral("\r\n")).toLatin1() + "\r\n";
    return message;
}

} // namespace Sceau::Transport
