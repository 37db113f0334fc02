#include "model/audit/auditthread.h"

#include "model/audit/auditor.h"
#include "model/core/async.h"

#include <QHash>
#include <QThread>

#include <openssl/crypto.h>

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

// Runs the worker's event loop; when it is told to quit, deletes the worker (every audit still
// running, its lookups' sockets and timers) and frees OpenSSL's state for this thread (its error
// queue: DKIM keys are decoded here). Both happen before the owner's wait() returns: after
// run(), nothing waits for what the thread frees as it exits, and a process ending meanwhile
// would leave that state allocated.
class AuditThread::Thread final : public QThread
{
public:
    explicit Thread(Worker *worker)
        : m_worker(worker)
    {
        setObjectName(QStringLiteral("audit"));
    }

protected:
    void run() override
    {
        exec();
        delete m_worker;
        OPENSSL_thread_stop();
    }

private:
    Worker *m_worker;
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
    , m_thread(std::make_unique<Thread>(worker))
{
    m_worker->moveToThread(m_thread.get()); // with its resolver and auditor (children)
    m_thread->start();
}

AuditThread::~AuditThread()
{
    m_thread->quit();
    m_thread->wait();
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
