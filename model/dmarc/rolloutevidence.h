#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Sceau {
namespace Dmarc {

// One sending source as imported aggregate reports (RFC 9990 §3.1.1.7, <record>) saw it for a
// policy domain over a period: rows of the same source IP and header From added up.
struct SourceImpact
{
    QString sourceIp;           // textual IPv4 or IPv6 address
    QString headerFrom;         // the RFC 5322.From domain of the rows
    qint64 messages = 0;        // sum of <count>
    qint64 failingMessages = 0; // messages where neither SPF nor DKIM passed aligned
    bool spfAligned = false;    // some rows passed SPF aligned (policy_evaluated spf=pass)
    bool dkimAligned = false;   // some rows passed DKIM aligned (policy_evaluated dkim=pass)
    QStringList spfDomains;     // auth_results SPF domains seen (MAIL FROM / HELO)
    QStringList dkimDomains;    // auth_results DKIM d= seen
};

// What the imported aggregate reports say about one policy domain's mail between begin and end:
// the evidence a rollout step (none → t=y → quarantine → reject) is safe. Computed from the
// workspace's stored reports; built by hand in tests.
struct RolloutEvidence
{
    QString policyDomain;
    QDateTime begin; // UTC, earliest report period start; invalid when no report
    QDateTime end;   // UTC, latest report period end
    int reports = 0;
    qint64 messages = 0;                // all messages in the rows
    qint64 passingAligned = 0;          // DMARC pass: SPF or DKIM passed aligned
    QList<SourceImpact> failingSources; // failingMessages > 0, most failing first

    // passingAligned / messages in [0, 1]; 0 when there is no message.
    double passShare() const
    {
        return messages > 0 ? double(passingAligned) / double(messages) : 0.0;
    }
};

} // namespace Dmarc
} // namespace Sceau
