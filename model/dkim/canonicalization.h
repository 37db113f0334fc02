#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace Sceau {
namespace Dkim {

// RFC 6376 §3.4 canonicalization algorithms.
enum class Canonicalization { Simple, Relaxed };

QString canonicalizationToken(Canonicalization c); // "simple", "relaxed"
std::optional<Canonicalization> canonicalizationFromToken(QByteArrayView token);

// A header field ("Name: value", folded, without CRLF) in canonical form, CRLF appended
// (§3.4.1 simple, §3.4.2 relaxed).
QByteArray canonicalHeader(const QByteArray &rawField, Canonicalization c);
// The whole body in canonical form (§3.4.3 simple, §3.4.4 relaxed). CRLF line ends expected.
QByteArray canonicalBody(const QByteArray &body, Canonicalization c);

} // namespace Dkim
} // namespace Sceau

namespace Sceau {
namespace Dkim {

struct Message;

// The header fields named in h=, each in canonical form, chosen as §5.4.2 says: for a name
// listed n times, the n last instances from the bottom up; a name with no instance left adds
// nothing (over-signing).
QByteArray
signedHeaderData(const Message &message, const QList<QByteArray> &names, Canonicalization c);

} // namespace Dkim
} // namespace Sceau
