#include "model/audit/bulkcheck.h"

#include "model/audit/auditor.h"
#include "model/audit/auditthread.h"
#include "model/core/async.h"

namespace Sceau::Audit {

BulkCheck::BulkCheck(QObject *parent)
    : QObject(parent)
{
}

Result<void> BulkCheck::setThreads(int count, const Dns::ResolverSettings &settings)
{
    cancel();
    qDeleteAll(m_threads);
    m_threads.clear();
    for (int lane = 1; lane < count; ++lane) {
        const auto made = AuditThread::create(settings, this);
        if (!made) {
            qDeleteAll(m_threads);
            m_threads.clear();
            return made.error();
        }
        connect(*made, &AuditThread::reportReady, this, &BulkCheck::delivered);
        m_threads << *made;
    }
    return {};
}

void BulkCheck::start(Auditor *auditor,
                      const QStringList &domains,
                      const AuditRequest &requestTemplate)
{
    cancel();
    ++m_ticket;
    m_auditor = auditor;
    m_domains = domains;
    m_template = requestTemplate;
    m_next = 0;
    m_done = 0;
    m_running = true;
    m_inFlight.clear();
    if (m_domains.isEmpty()) {
        QMetaObject::invokeMethod(
            this,
            [this, ticket = m_ticket] {
                if (ticket == m_ticket && m_running)
                    finish(false);
            },
            Qt::QueuedConnection);
        return;
    }
    // The first ones dealt in turn to each thread; then each thread pulls its next.
    for (int lane = 0; m_running && m_next < m_domains.size() && m_inFlight.size() < m_maxAtOnce;
         lane = (lane + 1) % threads())
        startNext(lane);
}

void BulkCheck::startNext(int lane)
{
    const int index = m_next++;
    AuditRequest request = m_template;
    request.domain = m_domains.at(index);
    const qint64 id = m_nextId++;
    if (lane > 0) {
        m_inFlight.insert(id, {index, lane, {}});
        m_threads.at(lane - 1)->audit(id, request);
        return;
    }
    if (!m_auditor) { // nothing can be checked: say it ended, never that it was checked
        finish(true);
        return;
    }
    const QFuture<AuditReport> future = m_auditor->audit(request);
    m_inFlight.insert(id, {index, lane, future});
    onResult(future, this, [this, id](const AuditReport &report) { delivered(id, report); });
}

void BulkCheck::delivered(qint64 id, const AuditReport &report)
{
    const auto found = m_inFlight.constFind(id);
    if (!m_running || found == m_inFlight.cend())
        return; // canceled meanwhile
    const Running running = found.value();
    m_inFlight.erase(found);
    ++m_done;
    emit reportReady(running.index, report);
    emit progress(m_done, int(m_domains.size()));
    if (!m_running) // canceled by a receiver
        return;
    if (m_next < m_domains.size())
        startNext(running.lane);
    else if (m_inFlight.isEmpty())
        finish(false);
}

void BulkCheck::cancel()
{
    if (!m_running)
        return;
    ++m_ticket; // an empty list's queued end is dropped
    for (Running &running : m_inFlight)
        running.future.cancel();
    for (AuditThread *thread : std::as_const(m_threads))
        thread->cancelAll();
    m_inFlight.clear();
    finish(true);
}

void BulkCheck::finish(bool canceled)
{
    m_running = false;
    emit finished(canceled);
}

} // namespace Sceau::Audit
