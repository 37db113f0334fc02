#pragma once

#include "model/core/finding.h"
#include "model/dmarc/dmarccheck.h"
#include "model/transport/danecheck.h"
#include "model/transport/domainprobe.h"
#include "model/transport/mtastscheck.h"
#include "model/transport/tlsrptcheck.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Sceau {
namespace Audit {

struct AuditRequest
{
    QString domain;        // normalized (DomainName::fromUserInput)
    QStringList selectors; // DKIM selectors to check
    // When set, the transport of every MX is probed too (Transport::probeDomain), with these
    // settings (the Session's); `check --no-tls` leaves it unset.
    std::optional<Transport::TransportSettings> transport;
    // With transport: DANE for the MX too (RFC 7672). Its DNSSEC status comes from the AD bit
    // of the resolvers, so they must validate; never asked offline (Auditor::setDnssecSettings).
    bool dane = false;
};

struct MxHost
{
    int preference = 0;
    QString exchange;      // normalized; empty for the null MX (RFC 7505)
    QStringList addresses; // A and AAAA
};

struct DkimSelector
{
    QString selector;
    QStringList records; // TXT values found at <selector>._domainkey.<domain>
};

// The outcome of one posture audit: a value type.
struct AuditReport
{
    QString domain;
    QList<Finding> findings;
    QStringList spfRecords;   // the v=spf1 TXT values
    int spfLookups = -1;      // DNS-querying terms of the SPF tree (RFC 7208 §4.6.4); -1: unknown
    QStringList dmarcRecords; // the v=DMARC1 TXT values at _dmarc.<domain>
    // The DMARC check (RFC 9989 tree walk, record, report destinations); its findings are in
    // findings too.
    std::optional<Dmarc::DmarcCheck> dmarc;
    QList<MxHost> mx;
    QList<DkimSelector> dkim;
    // The MX transport when the request asked for it; its findings are in findings too.
    std::optional<Transport::DomainTransport> transport;
    // The MTA-STS check, with the transport (RFC 8461); its findings are in findings too, with
    // what the policy says of the probed MX servers (coverage, certificates, plaintext MX).
    std::optional<Transport::MtaStsCheck> mtaSts;
    // The TLS-RPT record (RFC 8460 §3), with the transport; its findings are in findings too.
    std::optional<Transport::TlsRptCheck> tlsRpt;
    // DANE for the MX (RFC 7672) when the request asked for it; its findings are in findings
    // too.
    std::optional<Transport::DaneReport> dane;
    int lookups = 0;       // DNS questions asked
    int failedLookups = 0; // of which failed (timeout, SERVFAIL…): those checks could not be made
    int score = 0;         // 0–100, see scoreOf()

    // Every lookup got an answer and every MX server probed could be tested. An incomplete
    // report's score is provisional: it rates only what could be checked, and a failed lookup
    // never counts as an error (DESIGN.md §2).
    bool complete() const
    {
        return failedLookups == 0 && !(transport && transport->incomplete())
               && !(mtaSts && mtaSts->incomplete()) && !(tlsRpt && tlsRpt->incomplete())
               && !(dane && dane->incomplete());
    }
    bool scoreProvisional() const { return !complete(); }
    bool resolverUnreachable() const { return lookups > 0 && failedLookups == lookups; }

    // 100, less 25 per error and 10 per warning among the posture findings (a "could not
    // check" finding does not count), never below 0.
    static int scoreOf(const QList<Finding> &findings);
};

} // namespace Audit
} // namespace Sceau

Q_DECLARE_METATYPE(Sceau::Audit::AuditReport)
