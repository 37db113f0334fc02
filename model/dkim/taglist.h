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

// RFC 6376 §3.2 tag=value list, shared by signatures and key records. A duplicate tag name or
// a malformed tag makes the whole list invalid.
Result<QList<Tag>> parseTagList(QByteArrayView text);

// The value with every folding whitespace removed (base64 values, colon lists; §3.2, §3.5).
QByteArray stripWhitespace(QByteArrayView value);

} // namespace Dkim
} // namespace Sceau
