#pragma once

#include "model/core/finding.h"
#include "model/dns/dnssecresolver.h"
#include "model/transport/danematcher.h"
#include "model/transport/smtptlsattempt.h"
#include "model/transport/transportsettings.h"

#include <QFuture>

#include <optional>

namespace Sceau {
namespace Transport {

// One address of an MX host, as a DANE client meets it.
struct DaneAddress
{
    SmtpEndpoint endpoint;
    SmtpTlsAttempt attempt;           // STARTTLS and the handshake (the presented chain)
    QList<TlsaMatch> matches;         // one per DaneHost::tlsa record, in its order; empty untested
    std::optional<QDateTime> expires; // the earliest end of validity of what matched

    bool matchesTlsa() const; // some record Matched (DANE applies only if DaneHost::inForce())
};

// One MX host: the DNSSEC status of its addresses, its TLSA records, every address matched.
struct DaneHost
{
    QString host;
    int preference = 0;
    Dns::DnssecLookup a;
    Dns::DnssecLookup aaaa;
    Dns::DnssecLookup tlsa;     // _25._tcp.<host>, a CNAME followed (tlsaName())
    QList<TlsaRecord> records;  // the TLSA RRset (shown(): a bogus set's records too)
    QStringList invalidRecords; // TLSA RDATA that does not parse
    QList<DaneAddress> addresses;
    QList<Finding> findings;

    Dns::DnssecStatus addressStatus() const; // of A and AAAA together (worst first)
    // DANE applies to this host (RFC 7672 §2.2): its TLSA RRset is DNSSEC-secure and has a
    // record usable for SMTP (usableForSmtp()).
    bool inForce() const;
};

struct DaneReport
{
    QString domain;
    Dns::DnssecLookup mx;
    QList<DaneHost> hosts;   // in MX preference order
    QList<Finding> findings; // the domain's, then every host's

    // Some lookup failed, some status could not be checked, or some server could not be tested.
    bool incomplete() const;
};

struct DaneOptions
{
    TransportSettings transport; // port map (25=…), EHLO name, timeout
    int warnDays = 30;           // a matched certificate ending sooner is dane.rollover-due
    // The certificate (DER) that will replace the current one, if the user gives it: the
    // published records must already match it (dane.rollover-unmatched otherwise).
    QByteArray nextCertificate;
};

// At most this many MX hosts and addresses per host are checked (untrusted DNS data).
inline constexpr int MaxDaneHosts = 16;
inline constexpr int MaxDaneAddresses = 8;

// DANE for SMTP to domain (RFC 7672): the MX RRset with its DNSSEC status (no MX: the domain
// itself, RFC 7672 §2.2.1 / RFC 5321 §5.1), then for every MX host its A and AAAA records,
// its TLSA RRset at _25._tcp.<host>, and, when that set has records, one STARTTLS connection
// per address (the port mapped by options.transport.ports) whose presented chain is matched
// against every record (matchTlsa). Findings: danefindings.h. Asynchronous; finishes once.
QFuture<DaneReport>
checkDane(Dns::DnssecResolver *resolver, const QString &domain, const DaneOptions &options);

} // namespace Transport
} // namespace Sceau
