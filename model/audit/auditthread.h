#pragma once

#include "model/audit/auditreport.h"
#include "model/core/result.h"
#include "model/dns/resolverfactory.h"

#include <QObject>

#include <memory>

namespace Sceau {
namespace Audit {

// An Auditor on a thread of its own, so that a bulk check uses every core (issue 13 §2). It has
// its own resolver stack, made from the same settings as the session's (Dns::createResolver,
// Auditor::setResolver): a domain audited here gets the report it would get on the session's
// auditor.
//
// Used from the thread that made it: audit() starts an audit on the other thread, and
// reportReady comes back on this one with the id given. cancelAll() stops every audit still
// running there (no further lookups; their reports never come). The destructor stops them too
// and waits for the thread to end.
class AuditThread final : public QObject
{
    Q_OBJECT
public:
    // Fails as Dns::createResolver does (InvalidInput, ZoneFileInvalid, FileUnreadable).
    static Result<AuditThread *> create(const Dns::ResolverSettings &settings,
                                        QObject *parent = nullptr);
    ~AuditThread() override;

    void audit(qint64 id, const AuditRequest &request);
    void cancelAll();

signals:
    void reportReady(qint64 id, const Sceau::Audit::AuditReport &report);

private:
    class Worker;
    class Thread;
    AuditThread(Worker *worker, QObject *parent);

    Worker *m_worker; // lives on m_thread, deleted there as it ends
    std::unique_ptr<Thread> m_thread;
};

} // namespace Audit
} // namespace Sceau
