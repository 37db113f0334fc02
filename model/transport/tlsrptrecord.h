#pragma once

#include "model/core/result.h"
#include "model/transport/recordstate.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Sceau {
namespace Transport {

// The _smtp._tls TXT record of a domain (RFC 8460 §3): where senders send TLS reports.
struct TlsRptRecord
{
    QStringList rua;         // every URI, in order, as published
    QStringList unsupported; // the URIs that are neither mailto: nor https: (ignored by senders)

    bool operator==(const TlsRptRecord &other) const = default;
};

inline constexpr int MaxTlsRptRecordLength = 4096;
inline constexpr int MaxTlsRptUris = 32;

// One TXT value as a TLS-RPT record, by RFC 8460 §3: "v=TLSRPTv1" first, ";"-separated fields,
// exactly one rua= with comma-separated URIs; extensions ignored. A URI must be mailto: with
// an address (RFC 6068) or https: with a host (RFC 8460 §3); others are listed in unsupported,
// and a record with no usable URI is invalid. InvalidInput with a translated reason otherwise.
Result<TlsRptRecord> parseTlsRptRecord(const QByteArray &text);

// Which of the TXT values at _smtp._tls.<domain> is the record (RFC 8460 §3): values that do
// not begin with "v=TLSRPTv1" are discarded; none left is Absent; more than one is Multiple
// (senders then assume no TLS-RPT); one that does not parse is Invalid.
using TlsRptRecordSelection = RecordSelection<TlsRptRecord>;
TlsRptRecordSelection selectTlsRptRecord(const QList<QByteArray> &txtValues);

// Whether one rua URI is one senders can use: "mailto:addr@domain" or "https://host/…".
bool isTlsRptUri(const QString &uri);

// The record's text for URIs (each given as is): "v=TLSRPTv1; rua=mailto:a@example.com,https://…".
// Addresses without a scheme get "mailto:". Commas and semicolons inside a URI are escaped.
QString tlsRptRecordText(const QStringList &uris);

} // namespace Transport
} // namespace Sceau
