#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringView>

namespace Sceau {
namespace Dns {

// The one rule for showing DNS text (TXT strings, records) to people and in JSON: records keep
// their bytes; what is shown escapes every octet outside printable ASCII (0x20–0x7E) as "\DDD"
// (three decimal digits) and a backslash as "\\", the master-file escapes of RFC 1035 §5.1. The
// result is printable ASCII: no control byte reaches a terminal, JSON is always valid UTF-8, and
// the bytes can be read back exactly. E.g. "a\x1b[2Jb\xff" gives "a\027[2Jb\255".
QString escapeText(QByteArrayView bytes);

// The same for text the model carries one octet per character (QString::fromLatin1 of the
// record's bytes, as the SPF parser reads it). A character above U+00FF, which no such string
// holds, is escaped as the octets of its UTF-8 form.
QString escapeLatin1Text(QStringView text);

// A <character-string> in master-file form (RFC 1035 §5.1): quoted, with escapeText()'s rule
// and '"' escaped as "\"". What "dns query" shows for TXT records.
QString quotedText(QByteArrayView bytes);

} // namespace Dns
} // namespace Sceau
