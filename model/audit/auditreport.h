#pragma once

#include "model/audit/areaassessment.h"
#include "model/core/finding.h"
#include "model/dkim/keyrecord.h"
#include "model/dmarc/dmarccheck.h"
#include "model/spf/spftree.h"
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
    QString domain; // normalized (DomainName::fromUserInput)
    // DKIM selectors to check; none: the common ones are probed (Dkim::discoverSelectors) and
    // only the keys found are assessed.
    QStringList selectors;
    // When set, the transport of every MX is probed too (Transport::probeDomain), with these
    // settings (the Session's); `check --no-tls` leaves it unset.
    std::optional<Transport::TransportSettings> transport;
    // With transport: DANE for the MX too (RFC 7672). Its DNSSEC status comes from the AD bit
    // of the resolvers, so they must validate; never asked offline (Auditor::setResolver).
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
    QStringList records;                // TXT values found at <selector>._domainkey.<domain>
    std::optional<Dkim::KeyRecord> key; // the key record, when one parsed (RFC 6376 §3.6.1)
    int keyBits = 0;                    // its size; 0 when no usable key
};

// The outcome of one posture audit: a value type.
struct AuditReport
{
    QString domain;
    QList<Finding> findings;
    QStringList spfRecords; // the v=spf1 TXT values
    int spfLookups = -1;    // DNS-querying terms of the SPF tree (RFC 7208 §4.6.4); -1: unknown
    // The include tree with the lookups of each branch, when the SPF record could be walked.
    std::optional<Spf::SpfTreeNode> spfTree;
    QStringList dmarcRecords; // the v=DMARC1 TXT values at _dmarc.<domain>
    // The DMARC check (RFC 9989 tree walk, record, report destinations); its findings are in
    // findings too.
    std::optional<Dmarc::DmarcCheck> dmarc;
    QList<MxHost> mx;
    QList<DkimSelector> dkim; // the given selectors; after discovery, those with a key
    // No selector was given: the common ones were probed (Dkim::commonSelectors()).
    bool dkimDiscovered = false;
    QStringList dkimSelectorsProbed; // the selectors looked up, given or probed
    QStringList dkimSelectorsFailed; // probed, but the lookup failed: unknown, not absent
    // The domain's own TXT or MX lookup answered NXDOMAIN and neither answered data (RFC 2308
    // §2.1): the domain does not exist. Never set from a failed lookup.
    bool domainNotFound = false;
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
    // Every area's state and score, and the overall score (assess(), docs/scoring.md): set
    // when the audit finishes.
    DomainAssessment assessment;

    // Every lookup got an answer and every MX server probed could be tested. An incomplete
    // report's score is provisional: it rates only what could be checked, and a failed lookup
    // never counts as an error (DESIGN.md §2).
    bool complete() const
    {
        return failedLookups == 0 && !(transport && transport->incomplete())
               && !(mtaSts && mtaSts->incomplete()) && !(tlsRpt && tlsRpt->incomplete())
               && !(dane && dane->incomplete());
    }
    // The overall score (assessment.score): none when nothing could be rated or the domain
    // does not exist; provisional when some area could not be checked.
    std::optional<int> score() const { return assessment.score; }
    bool scoreProvisional() const { return assessment.provisional; }
    bool resolverUnreachable() const { return lookups > 0 && failedLookups == lookups; }
};

} // namespace Audit
} // namespace Sceau

Q_DECLARE_METATYPE(Sceau::Audit::AuditReport)
