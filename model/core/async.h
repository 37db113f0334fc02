#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

namespace Sceau {

// Calls callback(result) once the future has a result, on guard's thread, and never after
// guard was destroyed or when the future was canceled (DESIGN.md §4, "guarded callback").
//
// Prefer this to QFuture::then(context, …): in Qt 6.4 such a continuation asserts when its
// context dies before the future finishes, and a QFuture keeps only one continuation. Any
// number of watchers may watch the same future.
template<typename T, typename F>
void onResult(const QFuture<T> &future, QObject *guard, F &&callback)
{
    if (future.isFinished()) {
        // Already there (zone file, cache): one queued call, no watcher. It is still queued,
        // never run from inside the caller, and dropped if guard dies first.
        QMetaObject::invokeMethod(
            guard,
            [future, callback = std::forward<F>(callback)]() mutable {
                if (!future.isCanceled() && future.resultCount() > 0)
                    callback(future.result());
            },
            Qt::QueuedConnection);
        return;
    }
    auto *watcher = new QFutureWatcher<T>(guard);
    QObject::connect(watcher, &QFutureWatcherBase::finished, guard,
                     [watcher, callback = std::forward<F>(callback)]() mutable {
                         watcher->deleteLater();
                         if (!watcher->isCanceled() && watcher->future().resultCount() > 0)
                             callback(watcher->result());
                     });
    watcher->setFuture(future);
}

} // namespace Sceau
