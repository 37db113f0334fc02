#pragma once

#include "model/core/result.h"

#include <QByteArray>
#include <QString>

namespace Sceau {
namespace Bimi {

// The subject logotype of a mark certificate (RFC 9399 §4.1, id-pe-logotype
// 1.3.6.1.5.5.7.1.12): the first image of subjectLogo, given directly.
struct Logotype
{
    QString mediaType;        // imageDetails.mediaType, e.g. "image/svg+xml"
    QString uri;              // the first logotypeURI (for BIMI a data: URI)
    QByteArray hashAlgorithm; // the OID of the first logotypeHash, dotted
    QByteArray hash;          // its value
    QByteArray image;         // the data: URI's content, base64-decoded, gunzipped if gzip
};

// Bounds on untrusted DER: at most MaxLogotypeImage bytes of image after decompression.
inline constexpr qsizetype MaxLogotypeImage = 1024 * 1024;

// Reads the DER of a LogotypeExtn (RFC 9399 §4.1) — SEQUENCE { [0] communityLogos, [1]
// issuerLogo, [2] subjectLogo, [3] otherLogos } with subjectLogo = direct [0] LogotypeData —
// and decodes its first image's data: URI (RFC 2397; base64; RFC 9399 §4.4: an SVG may be
// gzip-compressed). Strict DER lengths, nesting bounded. InvalidInput naming what is wrong.
Result<Logotype> parseLogotypeExtension(const QByteArray &der);

} // namespace Bimi
} // namespace Sceau
