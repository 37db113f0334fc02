#pragma once

#include "model/core/finding.h"
#include "model/core/findingtext.h"
#include "model/dns/dnssecresolver.h"

#include <QDateTime>

#include <optional>

namespace Sceau {
namespace Transport {

struct DaneHost;
struct DaneOptions;

// The stable ids of DNSSEC and DANE findings (DESIGN.md §3), with their args.
namespace DaneFindingId {
inline const QString DomainSecure = QStringLiteral("dnssec.domain-secure");     // domain
inline const QString DomainInsecure = QStringLiteral("dnssec.domain-insecure"); // domain
inline const QString DomainBogus = QStringLiteral("dnssec.domain-bogus");       // domain, detail
inline const QString HostInsecure = QStringLiteral("dnssec.host-insecure");     // host
inline const QString HostBogus = QStringLiteral("dnssec.host-bogus");           // host
inline const QString NoTlsa = QStringLiteral("dane.no-tlsa");                   // host
inline const QString TlsaInsecure = QStringLiteral("dane.tlsa-insecure");       // host
inline const QString TlsaBogus = QStringLiteral("dane.tlsa-bogus");             // host
inline const QString InvalidRecord = QStringLiteral("dane.invalid-record");     // host, rdata
inline const QString UnusableUsage = QStringLiteral("dane.unusable-usage");     // host, record
inline const QString NoUsableTlsa = QStringLiteral("dane.no-usable-tlsa");      // host
inline const QString Match = QStringLiteral("dane.match");                      // server, record
inline const QString Mismatch = QStringLiteral("dane.mismatch");                // server, detail
inline const QString NoTls = QStringLiteral("dane.no-tls");                     // server, detail
inline const QString RolloverDue = QStringLiteral("dane.rollover-due");         // server, days
inline const QString RolloverUnmatched = QStringLiteral("dane.rollover-unmatched"); // host
} // namespace DaneFindingId

// The domain's: the DNSSEC status of its MX RRset (RFC 7672 §2.2.1: DANE applies only when
// it is secure). A lookup that failed gives dns.lookup-failed (could not check) only.
QList<Finding> domainFindings(const QString &domain, const Dns::DnssecLookup &mx);

// One MX host's, at now (see each id's text): the DNSSEC status of its addresses and of its
// TLSA RRset, each record's usability, every address's match, the certificates ending within
// options.warnDays, and options.nextCertificate against the records. A failed lookup is
// dns.lookup-failed and a server that could not be tested tls.could-not-test: "could not
// check", never "no DANE".
QList<Finding> hostFindings(const DaneHost &host, const DaneOptions &options, const QDateTime &now);

// The catalogue's texts for the dnssec.* and dane.* ids; nothing for another id.
std::optional<FindingText> daneFindingText(const Finding &finding);

} // namespace Transport
} // namespace Sceau
