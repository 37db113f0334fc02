#include "model/mail/mailbox.h"

#include <QDir>
#include <QFileInfo>

namespace Sceau::Mail {

bool isMbox(const QByteArray &content)
{
    return content.startsWith("From ");
}

QList<QByteArray> splitMbox(const QByteArray &mbox)
{
    QList<QByteArray> messages;
    QByteArray current;
    bool started = false;
    qsizetype at = 0;
    while (at < mbox.size() && messages.size() < MaxMailboxMessages) {
        qsizetype end = mbox.indexOf('\n', at);
        end = end < 0 ? mbox.size() : end + 1;
        const QByteArrayView line(mbox.constData() + at, end - at);
        at = end;
        // RFC 4155 §2: each message begins with a "From " line.
        if (line.startsWith("From ")) {
            if (started)
                messages.append(current);
            current.clear();
            started = true;
            continue;
        }
        if (!started)
            continue;
        // mboxrd: a body line ">From ", ">>From "… was escaped by one '>'.
        qsizetype quotes = 0;
        while (quotes < line.size() && line.at(quotes) == '>')
            ++quotes;
        if (quotes > 0 && line.sliced(quotes).startsWith("From "))
            current.append(line.sliced(1));
        else
            current.append(line);
    }
    if (started && messages.size() < MaxMailboxMessages)
        messages.append(current);
    return messages;
}

bool isMaildir(const QString &dir)
{
    return QFileInfo(dir + QStringLiteral("/cur")).isDir()
           && QFileInfo(dir + QStringLiteral("/new")).isDir();
}

QStringList maildirMessages(const QString &dir)
{
    QStringList files;
    for (const QString &sub : {QStringLiteral("new"), QStringLiteral("cur")}) {
        const QDir folder(dir + u'/' + sub);
        for (const QFileInfo &entry :
             folder.entryInfoList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name)) {
            if (files.size() >= MaxMailboxMessages)
                return files;
            files << entry.filePath();
        }
    }
    return files;
}

} // namespace Sceau::Mail
