#include "model/audit/bulkcheck.h"

#include "model/audit/auditor.h"
#include "model/core/async.h"

namespace Sceau::Audit {

BulkCheck::BulkCheck(QObject *parent)
    : QObject(parent)
{
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
    while (m_running && m_next < m_domains.size() && m_inFlight.size() < m_maxAtOnce)
        startNext();
}

void BulkCheck::startNext()
{
    const int index = m_next++;
    if (!m_auditor) { // nothing can be checked: say it ended, never that it was checked
        finish(true);
        return;
    }
    AuditRequest request = m_template;
    request.domain = m_domains.at(index);
    const QFuture<AuditReport> future = m_auditor->audit(request);
    m_inFlight.insert(index, future);
    onResult(future, this, [this, index, ticket = m_ticket](const AuditReport &report) {
        if (ticket != m_ticket || !m_running)
            return;
        m_inFlight.remove(index);
        ++m_done;
        emit reportReady(index, report);
        emit progress(m_done, int(m_domains.size()));
        if (m_next < m_domains.size())
            startNext();
        else if (m_inFlight.isEmpty())
            finish(false);
    });
}

void BulkCheck::cancel()
{
    if (!m_running)
        return;
    ++m_ticket; // late results are dropped
    for (QFuture<AuditReport> &future : m_inFlight)
        future.cancel();
    m_inFlight.clear();
    finish(true);
}

void BulkCheck::finish(bool canceled)
{
    m_running = false;
    emit finished(canceled);
}

} // namespace Sceau::Audit
