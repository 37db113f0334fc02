#pragma once

#include "model/core/result.h"

#include <QByteArray>
#include <QList>

namespace Sceau {
namespace Dkim {

struct Tag
{
    QByteArray name;
    QByteArray value; // surrounding whitespace removed; inner FWS kept as received
};

// At most this many tags in one list: a DKIM-Signature defines 14 and a key record 7 (RFC 6376
// §3.5, §3.6.1). Unknown tags are allowed and ignored, but a list of more is refused so hostile
// input stays bounded (work and memory are linear in the text up to this many tags).
inline constexpr qsizetype MaxTags = 64;

// RFC 6376 §3.2 tag=value list, shared by signatures and key records. A duplicate tag name, a
// malformed tag or more than MaxTags tags makes the whole list invalid (InvalidInput).
Result<QList<Tag>> parseTagList(QByteArrayView text);

// The value with every folding whitespace removed (base64 values, colon lists; §3.2, §3.5).
QByteArray stripWhitespace(QByteArrayView value);

} // namespace Dkim
} // namespace Sceau
