#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QList>
#include <QObject>

#include <algorithm>

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
    QObject::connect(watcher,
                     &QFutureWatcherBase::finished,
                     guard,
                     [watcher, callback = std::forward<F>(callback)]() mutable {
                         watcher->deleteLater();
                         if (!watcher->isCanceled() && watcher->future().resultCount() > 0)
                             callback(watcher->result());
                     });
    watcher->setFuture(future);
}

// One future with every result of futures, in their order, once all have finished (built on
// QtFuture::whenAll). A canceled future, or one that finished without a result, gives T{} in
// its slot (for Dns::LookupResult: a Timeout, i.e. a failure, never an answer). An empty list
// gives a ready empty list. Receive the combined future with onResult().
template<typename T> QFuture<QList<T>> allResults(QList<QFuture<T>> futures)
{
    const auto ready = [](const QFuture<T> &future) {
        return future.isFinished() && !future.isCanceled() && future.resultCount() > 0;
    };
    if (std::all_of(futures.cbegin(), futures.cend(), ready)) {
        // Every result already there (zone file, cache), or none asked: no continuation.
        QList<T> results;
        results.reserve(futures.size());
        for (const QFuture<T> &future : std::as_const(futures))
            results << future.result();
        return QtFuture::makeReadyFuture(std::move(results));
    }
    return QtFuture::whenAll(futures.begin(), futures.end())
        .then([](const QList<QFuture<T>> &finished) {
            QList<T> results;
            results.reserve(finished.size());
            for (const QFuture<T> &future : finished)
                results << (!future.isCanceled() && future.resultCount() > 0 ? future.result()
                                                                             : T{});
            return results;
        });
}

} // namespace Sceau
