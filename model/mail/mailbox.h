#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Sceau {
namespace Mail {

// Messages read at most from one mbox or Maildir (untrusted input is bounded).
inline constexpr int MaxMailboxMessages = 10000;

// True when content is an mbox (RFC 4155): it starts with a "From " separator line.
bool isMbox(const QByteArray &content);

// The messages of an mbox (RFC 4155): split at lines beginning with "From ", the separator
// lines dropped, ">From " unescaped (mboxrd). At most MaxMailboxMessages.
QList<QByteArray> splitMbox(const QByteArray &mbox);

// True when dir is a Maildir: it has cur/ and new/ subfolders.
bool isMaildir(const QString &dir);

// The message files of a Maildir (its new/ then cur/, by name); at most MaxMailboxMessages.
QStringList maildirMessages(const QString &dir);

} // namespace Mail
} // namespace Sceau
