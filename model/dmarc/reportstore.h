#pragma once

#include "model/core/result.h"
#include "model/dmarc/aggregatereport.h"
#include "model/dmarc/rolloutevidence.h"
#include "model/dmarc/sourcesummary.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QStringList>

namespace Sceau {
namespace Storage {
class Workspace;
} // namespace Storage
} // namespace Sceau

namespace Sceau {
namespace Dmarc {

// A stored aggregate report, without its rows.
struct StoredReport
{
    qint64 id = 0;
    ReportFormat format = ReportFormat::Rfc7489;
    QString orgName;
    QString reportId;
    QString policyDomain;
    QDateTime begin; // UTC
    QDateTime end;   // UTC
    int records = 0;
    qint64 messages = 0;
};

// The workspace's aggregate reports (tables dmarc_reports, dmarc_rows, dmarc_auth of
// Storage::Workspace's schema). Synchronous and quick, like the workspace; used on the thread
// that opened it.
class ReportStore final
{
public:
    explicit ReportStore(Storage::Workspace *workspace); // not owned; must outlive this

    // Stores report with its rows in one transaction. Returns true when added, false when a
    // report with the same reporter (org_name) and report id is already stored (RFC 9990 §3.5.1:
    // the pair identifies a report; a re-import never duplicates it).
    Result<bool> add(const AggregateReport &report);

    // The stored reports, newest period first; of policyDomain only when it is not empty.
    Result<QList<StoredReport>> list(const QString &policyDomain = {}) const;
    // The policy domains that have reports, by name.
    Result<QStringList> policyDomains() const;

    // Every source (source IP and header From) seen for policyDomain in reports whose period
    // overlaps [begin, end] (an invalid bound is open), most messages first.
    Result<QList<SourceSummary>> sources(const QString &policyDomain,
                                         const QDateTime &begin = {},
                                         const QDateTime &end = {}) const;
    // Pass and fail counts per day for one source IP of policyDomain, oldest first.
    Result<QList<DailyCount>> timeline(const QString &policyDomain, const QString &sourceIp) const;

    // The DKIM selectors (s=) seen in rows, per signing domain (d=), each list sorted: what the
    // selector inventory learns from reports.
    Result<QMap<QString, QStringList>> dkimSelectors() const;

    // What the reports of policyDomain overlapping [begin, end] say about a stricter policy:
    // message and aligned-pass counts, and the sources that would be hit, most failing first.
    Result<RolloutEvidence> evidence(const QString &policyDomain,
                                     const QDateTime &begin = {},
                                     const QDateTime &end = {}) const;

private:
    Storage::Workspace *m_workspace;
};

} // namespace Dmarc
} // namespace Sceau
