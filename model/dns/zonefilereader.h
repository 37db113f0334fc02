#pragma once

#include "model/core/result.h"
#include "model/dns/resourcerecord.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Sceau {
namespace Dns {

// Reading an RFC 1035 §5 master file, bounded: zone files are untrusted input (DESIGN.md §3).
namespace ZoneFileReader {

// Largest master file read: 1 MiB, far beyond one domain's zone (a few KiB). Measured under
// AddressSanitizer with 37 000 short records: 1.8 s of CPU and 140 MB; 16 MiB took 1 GB.
constexpr qint64 MaxBytes = 1024 * 1024;

struct Zone
{
    QString origin;                // normalized: the owner of the first SOA, else the origin given
    QList<ResourceRecord> records; // every record, in file order
};

// Parses text record by record with ldns ($ORIGIN, $TTL and the previous owner carried from
// one record to the next, RFC 1035 §5.1). origin: for relative names when the text has no
// $ORIGIN, and the zone's origin when there is no SOA. Returns ZoneFileInvalid with a plain,
// translated sentence naming the line ("line 3: split the value into strings of at most 255
// characters") for the first record that does not parse, for $INCLUDE, for text over MaxBytes,
// and when neither an SOA nor origin gives the zone its origin.
Result<Zone> read(const QByteArray &text, const QString &origin = {});

} // namespace ZoneFileReader
} // namespace Dns
} // namespace Sceau
