#pragma once

#include "model/core/result.h"
#include "model/core/tokentable.h"
#include "model/dns/resourcerecord.h"

#include <QByteArray>
#include <QString>

namespace Sceau {
namespace Transport {

// TLSA certificate usages (RFC 6698 §2.1.1, names from RFC 7218 §2.1).
enum class TlsaUsage : quint8 { PkixTa = 0, PkixEe = 1, DaneTa = 2, DaneEe = 3 };
inline constexpr TokenTable<TlsaUsage, 4> TlsaUsages{{{
    {TlsaUsage::PkixTa, "pkix-ta"},
    {TlsaUsage::PkixEe, "pkix-ee"},
    {TlsaUsage::DaneTa, "dane-ta"},
    {TlsaUsage::DaneEe, "dane-ee"},
}}};

// One TLSA record (RFC 6698 §2.1): what to match, how, and the data to match.
struct TlsaRecord
{
    quint8 usage = 3;        // certificate usage, 0-255 (0-3 defined)
    quint8 selector = 1;     // 0 full certificate, 1 SubjectPublicKeyInfo (RFC 6698 §2.1.2)
    quint8 matchingType = 1; // 0 exact, 1 SHA-256, 2 SHA-512 (RFC 6698 §2.1.3)
    QByteArray data;         // the certificate association data, raw bytes

    // The TLSA record of a lookup (rdata "3", "1", "1", "<hex>"). InvalidInput when it is not a
    // TLSA record or its fields do not parse.
    static Result<TlsaRecord> fromRecord(const Dns::ResourceRecord &record);

    // "3 1 1 <lowercase hex>": the RDATA in presentation form (RFC 6698 §2.2).
    QString toText() const;

    friend bool operator==(const TlsaRecord &, const TlsaRecord &) = default;
};

// The one rule of RFC 7672 §3.1.3: SMTP clients treat PKIX-TA(0) and PKIX-EE(1) records as
// unusable; only DANE-TA(2) and DANE-EE(3) count.
constexpr bool usableForSmtp(quint8 usage)
{
    return usage == quint8(TlsaUsage::DaneTa) || usage == quint8(TlsaUsage::DaneEe);
}

// The TLSA owner name of a service (RFC 6698 §3): "_<port>._tcp.<host>"; for SMTP to an MX,
// port 25 (RFC 7672 §2.2.3) whatever port a lab maps it to.
QString tlsaName(const QString &host, quint16 port = 25);

} // namespace Transport
} // namespace Sceau
