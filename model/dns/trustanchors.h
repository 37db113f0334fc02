#pragma once

#include "model/core/result.h"
#include "model/dns/resourcerecord.h"

#include <QList>
#include <QString>

#include <optional>

namespace Sceau {
namespace Dns {

// The DNSSEC trust anchors Sceau validates from (RFC 4033 §3.1, RFC 4035 §4.4): DS or DNSKEY
// records in master-file syntax, as in unbound's trust-anchor-file ("example. IN DS 1234 13 2
// …", ";" comments, parentheses across lines).
struct TrustAnchors
{
    QString file;                  // where they were read from (said in the results)
    QList<ResourceRecord> records; // DS and DNSKEY records only

    // The anchored zone that covers name: the longest anchor owner equal to name or one of
    // its ancestors ("" for the root); nullopt when no anchor covers it (then DNSSEC says
    // "insecure").
    std::optional<QString> coveringZone(const QString &name) const;
    // The anchor records whose owner is zone.
    QList<ResourceRecord> recordsOf(const QString &zone) const;
};

// At most this many anchor records, from a file of at most MaxTrustAnchorFileBytes.
inline constexpr int MaxTrustAnchors = 64;
inline constexpr qint64 MaxTrustAnchorFileBytes = 256 * 1024;

// Reads file: FileUnreadable when it cannot be read, InvalidInput (with the line) when a
// record does not parse, is neither DS nor DNSKEY, or when there are none or too many.
Result<TrustAnchors> loadTrustAnchors(const QString &file);
// The same from text; origin names the source in error messages.
Result<TrustAnchors> parseTrustAnchors(const QByteArray &text, const QString &origin);

// true when name is zone or below it (labels compared, normalized names).
bool isAtOrBelow(const QString &name, const QString &zone);

} // namespace Dns
} // namespace Sceau
