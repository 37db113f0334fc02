#pragma once

#include "model/core/finding.h"
#include "model/core/findingtext.h"
#include "model/dns/lookupresult.h"
#include "model/transport/tlsrptrecord.h"

#include <QFuture>

#include <optional>

namespace Sceau {
namespace Dns {
class Resolver;
} // namespace Dns
} // namespace Sceau

namespace Sceau {
namespace Transport {

// The stable ids of TLS-RPT findings (RFC 8460); args beside each id.
namespace TlsRptId {
inline const QString NoRecord = QStringLiteral("tls-rpt.no-record");               // domain
inline const QString MultipleRecords = QStringLiteral("tls-rpt.multiple-records"); // domain, texts
inline const QString InvalidRecord = QStringLiteral("tls-rpt.invalid-record");     // text, reason
inline const QString UnsupportedUri = QStringLiteral("tls-rpt.unsupported-uri");   // uri
inline const QString RecordValid = QStringLiteral("tls-rpt.record-valid");         // uris
} // namespace TlsRptId

// The TLS-RPT posture of a domain: its _smtp._tls record (RFC 8460 §3).
struct TlsRptCheck
{
    QString domain;
    Dns::LookupResult lookup; // TXT _smtp._tls.<domain>
    TlsRptRecordSelection record;
    QList<Finding> findings;

    bool incomplete() const; // the lookup failed: could not check
};

// The findings of a looked-up record (dns.lookup-failed when the lookup failed, never
// "no record"); one function every path calls.
QList<Finding> tlsRptFindings(const QString &domain,
                              const Dns::LookupResult &lookup,
                              const TlsRptRecordSelection &record);

// Looks up TXT _smtp._tls.<domain> through resolver and judges it (tlsRptFindings). The future
// always finishes with a TlsRptCheck.
QFuture<TlsRptCheck> checkTlsRpt(Dns::Resolver *resolver, const QString &domain);

// The catalogue's texts for the tls-rpt.* ids; nothing for another id.
std::optional<FindingText> tlsRptFindingText(const Finding &finding);

} // namespace Transport
} // namespace Sceau
