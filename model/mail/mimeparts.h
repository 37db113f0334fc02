#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace Sceau {
namespace Mail {

// Bounds on the MIME structure read from untrusted mail.
inline constexpr int MaxMimeDepth = 4;   // multipart nested at most this deep
inline constexpr int MaxMimeParts = 100; // entities read at most

// One leaf (non-multipart) entity of a mail (RFC 2045/2046).
struct MimePart
{
    QByteArray headers;   // the entity's header fields, unfolded (one field a line)
    QByteArray mediaType; // lowercase type/subtype without parameters; empty if none given
    QByteArray fileName;  // Content-Type name= or Content-Disposition filename=, may be empty
    QByteArray body;      // decoded from base64 or quoted-printable, else as sent
};

// The header section of an entity (unfolded) and its raw body, split at the first empty line
// (CRLF or LF). An entity without an empty line is all headers.
struct Entity
{
    QByteArray headers;
    QByteArray body;
};
Entity splitEntity(const QByteArray &entity);

// The value of a header field in unfolded headers (case-insensitive name), trimmed; empty if
// absent. The first occurrence wins.
QByteArray headerField(const QByteArray &headers, QByteArrayView name);
// A parameter of a structured field value ("boundary", "name", "filename"), quotes removed.
QByteArray headerParameter(const QByteArray &value, QByteArrayView name);

// Every leaf part of a mail (RFC 5322 message, RFC 2046 multipart), depth first, in order;
// multipart nested deeper than MaxMimeDepth and entities past MaxMimeParts are not read.
// A message/rfc822 part is a leaf (its body is the embedded message, as sent).
QList<MimePart> mimeParts(const QByteArray &message);

} // namespace Mail
} // namespace Sceau
