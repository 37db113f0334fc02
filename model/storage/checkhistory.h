#pragma once

#include "model/core/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace Sceau {
namespace Storage {

class Workspace;

// One saved check of a domain (issue 12 §3): when, through which resolver, and what it found.
struct CheckEntry
{
    qint64 id = 0;
    QString domain;
    QDateTime at;             // UTC
    QString resolver;         // how the DNS was asked ("system", "127.0.0.1:53"…)
    bool complete = false;    // every lookup answered (AuditReport::complete())
    std::optional<int> score; // none when the check gave no score
    QString state;            // Audit::OverallStates token ("good", "failing"…)
};

// A saved check with its report, as the JSON of `check` (Audit::toJson, docs/cli.md).
struct StoredCheck
{
    CheckEntry entry;
    QJsonObject report;
};

// The checks saved in the workspace, per listed domain (Storage::DomainList). Local and
// synchronous, like the workspace (valid while it lives).
class CheckHistory final
{
public:
    // Checks kept per domain: saving one more deletes the oldest.
    static constexpr int MaxChecksPerDomain = 200;
    // A stored report is read back only up to this size (the workspace file is untrusted).
    static constexpr qsizetype MaxReportBytes = 4 * 1024 * 1024;

    explicit CheckHistory(Workspace *workspace);

    // Saves a check: entry (its domain is added to the domains list when it is not there;
    // its id is ignored) with its report. Returns the saved entry, with its id. InvalidInput
    // when the report JSON is over MaxReportBytes.
    Result<CheckEntry> save(const CheckEntry &entry, const QJsonObject &report);
    // Runs work, whose saves are then kept together in one transaction (one write to disk for
    // them all: `check --save` of a list): when work returns an error, none of them is kept,
    // nor any domain they added to the list. Not nested.
    Result<void> saveTogether(const std::function<Result<void>()> &work);
    // The domain's checks, newest first. NotFound when the domain is not listed.
    Result<QList<CheckEntry>> list(const QString &domain) const;
    // The newest check of every listed domain that has one, by domain name.
    Result<QList<CheckEntry>> latest() const;
    // One check with its report. NotFound when absent; FileUnreadable when the stored report
    // is over MaxReportBytes or is not a JSON object.
    Result<StoredCheck> load(qint64 id) const;

private:
    Workspace *m_workspace;
    bool m_together = false; // in saveTogether(): the saves join its transaction
};

} // namespace Storage
} // namespace Sceau
