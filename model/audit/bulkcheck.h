#pragma once

#include "model/audit/auditreport.h"
#include "model/core/result.h"
#include "model/dns/resolverfactory.h"

#include <QFuture>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

namespace Sceau {
namespace Audit {

class Auditor;
class AuditThread;

// Audits many domains with one Auditor (issue 12 §4, "bulk check"): at most MaxAtOnce audits
// run at once, so a list of thousands never holds thousands of runs in memory; the others
// wait their turn. Each report is delivered as it finishes (reportReady, with its index in
// the list); progress counts the finished ones. cancel() stops every running audit (no
// further lookups are sent) and starts no other: finished() then says canceled. A domain
// whose audit could not run (the auditor is gone) is never reported as checked.
//
// With setThreads(), the audits are shared among this thread (on the auditor given to start())
// and other threads, each with an auditor and resolver stack of its own (AuditThread): when an
// audit ends on a thread, that thread starts the next domain, so a busier thread takes fewer.
//
// Results come on this object's thread; start() again only after finished().
class BulkCheck : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxAtOnce = 32;

    explicit BulkCheck(QObject *parent = nullptr);

    // How many audits may run at once: MaxAtOnce unless set (at least 1), from the next
    // start() on. The CLI keeps more in flight than the GUI (sceau-cli check --domains-file).
    void setMaxAtOnce(int count) { m_maxAtOnce = count < 1 ? 1 : count; }
    int maxAtOnce() const { return m_maxAtOnce; }
    // Audits on count threads from the next start() on: this one, and count - 1 AuditThreads
    // whose resolvers are made from settings (the session's resolver settings). count < 2: this
    // thread only. Fails as Dns::createResolver does, and then keeps this thread only. Stops a
    // check that is running (as cancel()).
    Result<void> setThreads(int count, const Dns::ResolverSettings &settings);
    int threads() const { return int(m_threads.size()) + 1; }

    // Audits each domain (normalized names) through auditor (the session's current one) with
    // template's selectors and transport settings (its domain is replaced). An empty list
    // finishes at once (queued).
    void
    start(Auditor *auditor, const QStringList &domains, const AuditRequest &requestTemplate = {});
    void cancel();
    bool isRunning() const { return m_running; }
    int total() const { return int(m_domains.size()); }
    int done() const { return m_done; }
    int inFlight() const { return int(m_inFlight.size()); } // audits running now

signals:
    void reportReady(int index, const Sceau::Audit::AuditReport &report);
    void progress(int done, int total);
    void finished(bool canceled);

private:
    struct Running
    {
        int index = 0;               // in m_domains
        int lane = 0;                // 0: this thread; n: m_threads[n - 1]
        QFuture<AuditReport> future; // lane 0's (the others cancel with their thread)
    };
    void startNext(int lane);
    void delivered(qint64 id, const AuditReport &report);
    void finish(bool canceled);

    QPointer<Auditor> m_auditor;
    QList<AuditThread *> m_threads; // children
    QStringList m_domains;
    AuditRequest m_template;
    // By an id unique to this object: a report of a canceled run finds none and is dropped.
    QHash<qint64, Running> m_inFlight;
    qint64 m_nextId = 0;
    int m_maxAtOnce = MaxAtOnce;
    int m_next = 0;
    int m_done = 0;
    int m_ticket = 0;
    bool m_running = false;
};

} // namespace Audit
} // namespace Sceau
