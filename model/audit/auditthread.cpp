#include "model/audit/auditthread.h"

#include "model/audit/auditor.h"
#include "model/core/async.h"

#include <QHash>

#include <memory>

namespace Sceau::Audit {

// The objects that live on the other thread: the resolver stack, the auditor on it, and the
// audits running there. Touched only on that thread, except to be moved there at the start.
class AuditThread::Worker final : public QObject
{
public:
    void audit(AuditThread *owner, qint64 id, const AuditRequest &request)
    {
        const QFuture<AuditReport> future = auditor->audit(request);
        m_running.insert(id, future);
        onResult(future, this, [this, owner, id](const AuditReport &report) {
            m_running.remove(id);
            // The owner outlives this thread (its destructor waits for it): posting is safe.
            QMetaObject::invokeMethod(
                owner,
                [owner, id, report] { emit owner->reportReady(id, report); },
                Qt::QueuedConnection);
        });
    }

    void cancelAll()
    {
        for (QFuture<AuditReport> &future : m_running)
            future.cancel();
        m_running.clear();
    }

    Auditor *auditor = nullptr;

private:
    QHash<qint64, QFuture<AuditReport>> m_running;
};

Result<AuditThread *> AuditThread::create(const Dns::ResolverSettings &settings, QObject *parent)
{
    auto worker = std::make_unique<Worker>();
    // The auditor first: its runs go before the resolver they ask (children die in order).
    worker->auditor = new Auditor(nullptr, worker.get());
    const auto resolver = Dns::createResolver(settings, worker.get());
    if (!resolver)
        return resolver.error();
    worker->auditor->setResolver(*resolver, settings);
    return new AuditThread(worker.release(), parent);
}

AuditThread::AuditThread(Worker *worker, QObject *parent)
    : QObject(parent)
    , m_worker(worker)
{
    m_thread.setObjectName(QStringLiteral("audit"));
    m_worker->moveToThread(&m_thread); // with its resolver and auditor (children)
    // Deleted on its own thread once the loop has stopped: every audit still running there is
    // dropped with it, its lookups' sockets and timers too.
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

AuditThread::~AuditThread()
{
    m_thread.quit();
    m_thread.wait();
}

void AuditThread::audit(qint64 id, const AuditRequest &request)
{
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, owner = this, id, request] { worker->audit(owner, id, request); },
        Qt::QueuedConnection);
}

void AuditThread::cancelAll()
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->cancelAll(); }, Qt::QueuedConnection);
}

} // namespace Sceau::Audit
