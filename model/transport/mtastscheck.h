#pragma once

#include "model/core/finding.h"
#include "model/dns/lookupresult.h"
#include "model/transport/certificatereport.h"
#include "model/transport/mtastsfetch.h"
#include "model/transport/mtastspolicy.h"
#include "model/transport/mtastsrecord.h"

#include <QFuture>

#include <optional>

namespace Sceau {
namespace Transport {

// The MTA-STS posture of a domain (RFC 8461): its _mta-sts record, its policy file, and
// whether the policy covers the domain's MX hosts.
struct MtaStsCheck
{
    QString domain;
    Dns::LookupResult recordLookup; // TXT _mta-sts.<domain>
    Dns::LookupResult mxLookup;     // MX <domain>
    MtaStsRecordSelection record;
    std::optional<MtaStsFetch> fetch;   // none when there is no record to fetch for
    std::optional<MtaStsPolicy> policy; // the fetched policy, when it parsed
    QString policyError;                // why the fetched body is no policy (translated)
    QStringList mxHosts;                // the domain's MX exchanges, by preference
    QList<Finding> findings;            // mta-sts.* and dns.lookup-failed

    // Some lookup or the fetch could not be done: the verdict is incomplete.
    bool incomplete() const;
};

// Looks up _mta-sts.<domain> TXT and <domain> MX through resolver and, unless the domain
// answered that it publishes no STSv1 record, fetches the policy (fetchMtaStsPolicy with
// settings), then judges it: mtaStsRecordFindings, mtaStsFetchFindings, mtaStsPolicyFindings
// and mtaStsCoverageFindings. A failed lookup or fetch is "could not check", never "no policy".
// The future always finishes with an MtaStsCheck.
QFuture<MtaStsCheck>
checkMtaSts(Dns::Resolver *resolver, const QString &domain, const TransportSettings &settings);

// Coverage (RFC 8461 §4.1): mta-sts.mx-covered for each MX host a pattern matches,
// mta-sts.mx-not-covered (an error in enforce mode, a warning in testing) for each it does not.
// Nothing in mode none.
QList<Finding> mtaStsCoverageFindings(const MtaStsPolicy &policy, const QStringList &mxHosts);

// An MX host's certificate as a probe saw it (certificate empty when no TLS was set up).
struct MxCertificate
{
    QString host;
    std::optional<CertificateReport> certificate;
};

// RFC 8461 §4.2: under a policy, senders deliver only to an MX whose certificate is trusted
// and valid for its name. For each MX a pattern matches: mta-sts.mx-cert-valid, or
// mta-sts.mx-cert-invalid (error in enforce mode, warning in testing) naming why. Nothing in
// mode none. The every-MX transport check calls it with its probes' certificates.
QList<Finding> mtaStsMxCertificateFindings(const MtaStsPolicy &policy,
                                           const QList<MxCertificate> &certificates);

} // namespace Transport
} // namespace Sceau
