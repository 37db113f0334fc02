#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace Sceau {
namespace Mail {

// The text of a header field's value as RFC 5322 reads it, for the fields Sceau interprets
// (From, Received, Received-SPF, Authentication-Results, List-Unsubscribe…). Work is linear in
// the value.

// The value unfolded (RFC 5322 §2.2.3: CRLF followed by whitespace is the whitespace) and
// trimmed.
QByteArray unfolded(QByteArrayView value);

// The value without its comments (RFC 5322 §3.2.2: "(…)", nested, with quoted-pairs), quoted
// strings kept as written. An unclosed comment runs to the end of the value.
QByteArray withoutComments(QByteArrayView value);

} // namespace Mail
} // namespace Sceau
