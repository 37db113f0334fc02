#pragma once

#include "model/dns/rrtype.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Sceau {
namespace Dns {

// One resource record as received, a value type (crosses threads freely).
struct ResourceRecord
{
    QString owner; // normalized: lowercase, no trailing dot
    RrType type = RrType::A;
    quint32 ttl = 0;
    QStringList rdata; // RDATA fields in presentation format, e.g. MX: {"10", "mail.example."}
    // TXT and SPF: each <character-string> exactly as published (RFC 1035 §3.3.14),
    // raw bytes, so a check can count the length of each one.
    QList<QByteArray> txtStrings;

    // The strings joined with nothing between them (RFC 7208 §3.3, RFC 6376 §3.6.2.2).
    QByteArray txtJoined() const
    {
        return txtStrings.size() == 1 ? txtStrings.first() : txtStrings.join(); // one: shared
    }
    // "owner. TTL IN TYPE rdata" in master-file form.
    QString toText() const;

    // MX (RFC 1035 §3.3.9): preference and exchange (normalized; "" for the null MX target ".").
    int mxPreference() const;
    QString mxExchange() const;

    friend bool operator==(const ResourceRecord &, const ResourceRecord &) = default;
};

} // namespace Dns
} // namespace Sceau
